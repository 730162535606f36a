/**
 * Helpers shared by the hostile-page tests: reading the reader's notes from the extension's own origin, and
 * saving a highlight the way a reader does (select text, then the selection toolbar / note editor).
 */
import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from '../../support/browser';
import { clickInUi, evalInUi, waitForEditor } from '../../support/ui';

/** A note written to break out of every context it is shown or exported in. */
export const EVIL_NOTE =
  '<img src=x onerror=alert(1)> [x](javascript:alert(1)) \u202Egnp.exe </textarea><script>alert(1)</script> =HYPERLINK("http://x")';

export interface StoredNote {
  id: string;
  url: string;
  note: string;
  tags: string[];
  quote: { exact: string };
}

/** Every note in the extension's IndexedDB 'diplolens', read inside its service worker (the extension origin). */
export async function notesInExtension(session: ExtensionSession): Promise<StoredNote[]> {
  return session.worker.evaluate(
    () =>
      new Promise<StoredNote[]>((resolve, reject) => {
        const open = indexedDB.open('diplolens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('notes')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('notes', 'readonly').objectStore('notes').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as StoredNote[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Waits until `check` holds for the stored notes; returns them. */
export async function waitForNotes(
  session: ExtensionSession,
  check: (notes: StoredNote[]) => boolean,
  timeout = 10_000,
): Promise<StoredNote[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const notes = await notesInExtension(session);
    if (check(notes)) return notes;
    if (Date.now() > until)
      throw new Error(`notes never matched; have ${JSON.stringify(notes.map((n) => n.note.slice(0, 80)))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Selects characters [start, end) of the first text node of the element matching `selector` (page's main world). */
export async function selectText(page: Page, selector: string, start: number, end: number): Promise<string> {
  return page.evaluate(
    ([sel, s, e]) => {
      const el = document.querySelector(sel as string);
      const walker = document.createTreeWalker(el ?? document.body, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      if (!node) throw new Error(`no text in ${sel}`);
      const range = document.createRange();
      range.setStart(node, s as number);
      range.setEnd(node, Math.min(e as number, node.textContent?.length ?? 0));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range.toString();
    },
    [selector, start, end] as const,
  );
}

/** Polls our shadow root until `selector` exists there. */
export async function waitForUi(page: Page, selector: string, timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await evalInUi<boolean>(page, 'function (s) { return Boolean(this.querySelector(s)); }', selector);
    if (found) return;
    if (Date.now() > until) throw new Error(`UI element ${selector} never appeared`);
    await page.waitForTimeout(100);
  }
}

/** Opens the note editor (an extension frame) from the selection toolbar for the current selection. */
export async function openEditorForSelection(page: Page): Promise<Frame> {
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, '[data-role="toolbar-note"]');
  return waitForEditor(page);
}

/**
 * Puts `text` into the editor's note field in one go (for texts too long to type key by key), as a paste would:
 * an input event inside the editor's own document, in the extension's origin.
 */
export async function fillNote(editor: Frame, text: string): Promise<void> {
  await editor.locator('[data-role="note-input"]').fill(text);
}

/**
 * Selects characters [start, end) of the first text node of `selector` with the real mouse (press, drag, release),
 * as a reader does; returns the selected text.
 */
export async function dragSelect(page: Page, selector: string, start: number, end: number): Promise<string> {
  const pts = await page.evaluate(
    ([sel, s, e]) => {
      const el = document.querySelector(sel as string);
      const walker = document.createTreeWalker(el ?? document.body, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text | null;
      if (!node) throw new Error(`no text in ${sel}`);
      el?.scrollIntoView({ block: 'center' });
      const at = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const a = at(s as number);
      const b = at((e as number) - 1);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [selector, start, end] as const,
  );
  // Away from any term first, so no hover card is open over the text.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(450);
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move(pts.x2, pts.y2, { steps: 8 });
  await page.mouse.up();
  // And away again: a reader's pointer resting on a term would open its card over the toolbar.
  await page.mouse.move(1, 1);
  return page.evaluate(() => getSelection()?.toString() ?? '');
}
