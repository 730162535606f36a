import { browser } from 'wxt/browser';
import { relayedLink } from '../../app/editor/link';
import { startEditor } from '../../app/editor/main';

const root = document.getElementById('app');
// Firefox gives an extension frame inside a web page no tabs API: there the port goes through our background.
const tabs = browser.tabs as typeof browser.tabs | undefined;
if (root) {
  void startEditor({
    win: window,
    root,
    link: tabs?.connect
      ? {
          connect: (tabId, options) => tabs.connect(tabId, options),
          currentTabId: async () => (await tabs.getCurrent())?.id,
        }
      : relayedLink((name) => browser.runtime.connect({ name })),
  });
}
