import '../../components/common/theme.css';
import './style.css';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPageClient } from '../../components/popup/page-client';
import { createPopupStore } from '../../components/popup/store';

const root = document.getElementById('app');
if (root) {
  render(
    <PopupApp
      store={createPopupStore()}
      page={createPageClient()}
      browserLang={navigator.language}
      initialHash={location.hash}
    />,
    root,
  );
}
