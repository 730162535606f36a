/**
 * Storage full. The background's IndexedDB refuses the write with a QuotaExceededError (simulated inside the
 * service worker: IDBObjectStore.add throws as Chrome does when the origin's quota is used up). The page must say
 * so clearly, keep what the reader typed, store nothing; once space is back, the same save stores one note.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo, waitForHighlights } from '../../support/browser';
import { readDbNotes, selectText, waitForDb } from '../../support/notes';
import { clickInEditor, editorError, readPaintedNotes, waitForEditor } from '../../support/ui';
import { useExtension } from '../fixtures';
import { currentWorker, FAIL_ADD, RESTORE_ADD } from './helpers';

const e2e = useExtension();

async function waitForNote(page: Page, color: string, text: string, timeout = 8_000): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await readPaintedNotes(page, color);
    if (got.includes(text) || Date.now() > until) return got;
    await page.waitForTimeout(100);
  }
}

describe('storage quota exceeded', () => {
  it('the page says storage is full, stores nothing, and the same save works once space is back', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'faults-quota');
    await waitForHighlights(page, 5);
    const before = await readDbNotes(e2e.session);
    const worker = await currentWorker(e2e.session);
    await worker.evaluate(FAIL_ADD, { after: 0, name: 'QuotaExceededError' });

    const target = '把经贸科技问题政治化、泛安全化，搞技术民族主义';
    await selectText(page, 'body', target);
    await page.keyboard.press('Alt+Shift+H');
    const error = await editorError(page, 10_000);
    expect(error).toMatch(/Storage is full; the note was not saved/);
    expect(await readPaintedNotes(page, 'yellow')).toEqual([]);
    expect(await readDbNotes(e2e.session)).toEqual(before);

    await worker.evaluate(RESTORE_ADD);
    await clickInEditor(await waitForEditor(page), '[data-role="save-note"]');
    expect(await waitForNote(page, 'yellow', target)).toEqual([target]);
    const after = await waitForDb(e2e.session, (n) => n.length === before.length + 1);
    expect(after.filter((n) => n.quote.exact === target)).toHaveLength(1);
    expect(after).toHaveLength(before.length + 1);
    await page.close();
  });
});
