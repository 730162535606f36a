import '../../components/common/theme.css';
import './style.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createNotesStore } from '../../components/options/store';

const root = document.getElementById('app');
if (root) render(<OptionsApp store={createNotesStore()} browserLang={navigator.language} />, root);
