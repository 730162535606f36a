/**
 * Threat: a page acting for the reader. It selects text by script and synthesises the save shortcut (Alt+Shift+H)
 * at every target, forty times over (the attack that once stored 40 notes in 14 s); it synthesises clicks and pointer
 * events on the reader's saved passage and on our host. Nothing may be stored or opened — while the reader's own
 * selection, key and click still work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../support/browser';
import { editorOpen, paintedNotePoint, waitForEditor, waitForPainted } from '../../support/ui';
import { useExtension } from '../fixtures';
import { dragSelect, notesInExtension, waitForNotes } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

interface Forge {
  saveShortcut(times: number): number;
  clickAt(x: number, y: number): number;
}
const forge = <T>(page: Page, fn: (f: Forge, arg: number[]) => T, arg: number[] = []) =>
  page.evaluate(
    ([src, a]) => new Function('f', 'a', `return (${src})(f, a)`)((window as unknown as { __forge: Forge }).__forge, a),
    [fn.toString(), arg] as const,
  ) as Promise<T>;

describe('forging page', () => {
  let page: Page;

  it('a script selection plus synthetic Alt+Shift+H, forty times on every target, stores nothing', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'forge');
    await page.goto(HOSTILE.forge.url, { waitUntil: 'load' });
    await waitForHighlights(page, 3);
    const fired = await forge(page, (f) => f.saveShortcut(40));
    expect(fired).toBeGreaterThanOrEqual(40 * 8);
    await page.waitForTimeout(1500);
    expect(await notesInExtension(e2e.session)).toEqual([]);
    expect(await editorOpen(page)).toBe(false);
  });

  it('the reader’s own selection and Alt+Shift+H save at once', async () => {
    const quote = await dragSelect(page, '#p3', 0, 12);
    await page.keyboard.press('Alt+Shift+H');
    const notes = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    expect(notes[0]?.quote.exact).toBe(quote);
    expect(await waitForPainted(page, [quote], 'yellow')).toEqual([quote]);
  });

  it('synthetic clicks on the saved passage and on our host open nothing; the reader’s click opens it', async () => {
    const point = await paintedNotePoint(page, 'yellow');
    if (!point) throw new Error('the saved passage is not painted');
    for (let i = 0; i < 5; i++)
      await forge(page, (f, a) => f.clickAt(a[0] as number, a[1] as number), [point.x, point.y]);
    await page.waitForTimeout(800);
    expect(await editorOpen(page)).toBe(false);
    // A script's selection of the passage then a synthetic shortcut: still nothing.
    await forge(page, (f) => f.saveShortcut(3));
    await page.waitForTimeout(800);
    expect(await notesInExtension(e2e.session)).toHaveLength(1);

    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.mouse.click(point.x, point.y);
    const editor = await waitForEditor(page);
    expect(await editor.locator('[data-role="delete-note"]').count()).toBe(1);
    expect(e2e.pageErrors).toEqual([]);
  });
});
