/**
 * The note editor as a small extension window, for pages where the browser will not load our editor frame (Chrome
 * loads it only on the hosts DiploLens runs on by itself; see utils/editor/frame-allowed.ts). The window is an
 * extension page no web page can reach or cover; it connects to the content script that asked, by the nonce in its
 * URL (utils/editor/protocol.ts).
 */
import { browser } from 'wxt/browser';
import { EDITOR_PAGE, windowHash } from '../../utils/editor/protocol';

export const EDITOR_WINDOW = { width: 380, height: 460 } as const;

export async function openEditorWindow(target: { tabId: number; frameId: number; nonce: string }): Promise<void> {
  // From the extension's fixed origin: getURL would give the page's per-session web-accessible address, which Chrome
  // refuses to open outside the hosts it is listed for.
  const url = new URL(`${EDITOR_PAGE}${windowHash(target)}`, browser.runtime.getURL('/')).href;
  await browser.windows.create({ url, type: 'popup', focused: true, ...EDITOR_WINDOW });
}
