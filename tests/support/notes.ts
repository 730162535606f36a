/** Helpers for the notes e2e tests: select text as a reader would, and read the extension's own database. */
import type { Page } from 'playwright-core';
import type { NoteRecord } from '../../utils/notes/types';
import type { ExtensionSession } from './browser';
import { selectAcrossIn, selectTextIn } from './in-page';
import { evalInUi, typeInEditor, waitForEditor } from './ui';

/**
 * Selects text inside the first element matching `rootSelector` (in document order) that contains `mustSpan`
 * (an inline element such as a topic link): from `before` characters ahead of it to `after` characters past it.
 */
export async function selectAcross(
  page: Page,
  rootSelector: string,
  mustSpan: string,
  before = 4,
  after = 4,
): Promise<string> {
  return page.evaluate(selectAcrossIn, [rootSelector, mustSpan, before, after] as const);
}

/** Selects `text` where it first occurs inside one text node under `rootSelector`. */
export async function selectText(page: Page, rootSelector: string, text: string): Promise<void> {
  await page.evaluate(selectTextIn, [rootSelector, text] as const);
}

export async function waitForUi(page: Page, selector: string, timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await evalInUi<boolean>(page, `function (s) { return !!this.querySelector(s); }`, selector))) {
    if (Date.now() > until) throw new Error(`UI element ${selector} did not appear`);
    await page.waitForTimeout(80);
  }
}

/** Types into a field of the note editor (an extension frame in the page), with real clicks and keys. */
export async function typeInUi(page: Page, selector: string, text: string): Promise<void> {
  await typeInEditor(await waitForEditor(page), selector, text);
}

/** Every note in the extension's database, read from one of the extension's own pages. */
export async function readDbNotes(session: ExtensionSession): Promise<NoteRecord[]> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  const notes = await page.evaluate(
    () =>
      new Promise<NoteRecord[]>((resolve, reject) => {
        const req = indexedDB.open('diplolens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('notes', 'readonly');
          const all = tx.objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve(all.result as NoteRecord[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await page.close();
  return notes;
}

export async function waitForDb(
  session: ExtensionSession,
  predicate: (notes: NoteRecord[]) => boolean,
  timeout = 6_000,
): Promise<NoteRecord[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const notes = await readDbNotes(session);
    if (predicate(notes)) return notes;
    if (Date.now() > until) return notes;
    await new Promise((r) => setTimeout(r, 200));
  }
}
