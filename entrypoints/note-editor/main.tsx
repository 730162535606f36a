import { browser } from 'wxt/browser';
import { startEditor } from '../../app/editor/main';

const root = document.getElementById('app');
if (root) {
  void startEditor({
    win: window,
    root,
    link: {
      connect: (tabId, options) => browser.tabs.connect(tabId, options),
      currentTabId: async () => (await browser.tabs.getCurrent())?.id,
    },
  });
}
