/** Pieces both drivers share. */
import type { BrowserSession, DriverPage, ExtensionApi } from './types';

/** Source of a call of `fn(api, arg)`, where `api` is the expression given (the extension API of that context). */
export function backgroundCall(fn: (api: ExtensionApi, arg: never) => unknown, arg: unknown, api: string): string {
  const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(${fn.toString()})(${api}, ${json})`;
}

/**
 * The browser's tab id of a page, asked of the extension's own background. Tabs on hosts we have no permission
 * for hide their URL from us, so then the page is brought to the front and the active tab is taken.
 */
export async function tabIdOf(session: BrowserSession, page: DriverPage): Promise<number> {
  const url = await page.url();
  const byUrl = await session.evalInBackground(
    async (api, u) => (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
    url,
  );
  if (byUrl >= 0) return byUrl;
  await page.bringToFront();
  const active = await session.evalInBackground(async (api) => {
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (active < 0) throw new Error(`No tab for ${url}`);
  return active;
}

/** Splits "Alt+Shift+J" into its keys ("+" alone is a key too). */
export function chordKeys(keys: string): string[] {
  if (keys === '+') return ['+'];
  return keys.split('+').map((k, i, all) => (k === '' && i === all.length - 1 ? '+' : k));
}

/** Is this the address of DiploLens's note editor page (frame or window)? */
export function isEditorUrl(url: string): boolean {
  try {
    return new URL(url).pathname === '/note-editor.html';
  } catch {
    return false;
  }
}

/** Source of a call of `fn` with `this` = the editor's document, its result returned as JSON-able data. */
export function editorExpression(fn: string, args: unknown[]): string {
  return `(async () => { const r = await (${fn}).apply(document, ${JSON.stringify(args)}); return r === undefined ? null : r; })()`;
}
