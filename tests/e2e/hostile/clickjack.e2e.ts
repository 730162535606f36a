/**
 * Threat: clickjacking. The page synthesises a click on a saved passage to open its editor (with its Delete
 * button), then covers the whole viewport with a top-layer popover that shows a decoy and lets clicks through
 * (`pointer-events: none`), so the reader's next click lands on our Delete. Nothing may be deleted: only trusted
 * clicks open a note, and a save, delete or undo counts only when our UI is really visible where it was clicked
 * (IntersectionObserver v2 in the editor frame and for our in-page panels) and has been on screen for a moment.
 * Undo stays reachable once the page stops covering it, and the reader can always finish in a DiploLens window.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../support/browser';
import {
  clickInEditor,
  clickInUi,
  editorOpen,
  evalInUi,
  paintedNotePoint,
  waitForEditor,
  waitForPainted,
} from '../../support/ui';
import { useExtension } from '../fixtures';
import { dragSelect, notesInExtension, waitForNotes, waitForUi } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

/** Where the saved passage is painted, once it is (notes reload after a change elsewhere). */
async function notePoint(page: Page): Promise<{ x: number; y: number }> {
  for (let i = 0; i < 50; i++) {
    const p = await paintedNotePoint(page, 'pink');
    if (p) return p;
    await page.waitForTimeout(100);
  }
  throw new Error('the saved passage is not painted');
}

const cover = (page: Page) =>
  page.evaluate(() => (window as unknown as { __jack: { cover(): boolean } }).__jack.cover());
const uncover = (page: Page) =>
  page.evaluate(() => (window as unknown as { __jack: { uncover(): void } }).__jack.uncover());

async function realClickOn(frame: Frame, selector: string): Promise<void> {
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`no ${selector}`);
  await frame.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('clickjacking page', () => {
  let page: Page;
  let quote = '';
  let id = '';

  it('a synthetic click on a saved passage opens nothing; a too-quick click on Delete does nothing', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'clickjack');
    await page.goto(HOSTILE.clickjack.url, { waitUntil: 'load' });
    await waitForHighlights(page, 2);
    quote = await dragSelect(page, '#p2', 0, 12);
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-role="toolbar"] [data-color="pink"]');
    const [note] = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    id = note?.id ?? '';
    expect(await waitForPainted(page, [quote], 'pink')).toEqual([quote]);
    const p = await notePoint(page);

    await page.evaluate(
      ([x, y]) => {
        const el = document.elementFromPoint(x as number, y as number);
        el?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y, button: 0, detail: 1 }));
        (el as HTMLElement | null)?.click();
      },
      [p.x, p.y],
    );
    await page.waitForTimeout(600);
    expect(await editorOpen(page)).toBe(false);

    // The reader's click opens it; a click on Delete straight away (as if the page had slid it under the pointer)
    // is ignored, as browsers ignore clicks on a permission prompt that has just appeared.
    await page.mouse.click(p.x, p.y);
    const editor = await waitForEditor(page);
    const t0 = Date.now();
    await realClickOn(editor, '[data-role="delete-note"]');
    if (Date.now() - t0 < 250) {
      await editor.locator('[data-role="editor-blocked"][data-reason="too-soon"]').waitFor({ timeout: 3000 });
      expect((await notesInExtension(e2e.session)).map((n) => n.id)).toEqual([id]);
    }
  });

  it('a real click through a pass-through top-layer popover deletes nothing, and says why', async () => {
    const p = await notePoint(page);
    if (!(await editorOpen(page))) await page.mouse.click(p.x, p.y);
    const editor = await waitForEditor(page);
    await page.waitForTimeout(600);
    expect(await cover(page)).toBe(true);
    // The popover is not in elementsFromPoint (pointer-events: none) — only IntersectionObserver v2 sees it.
    await page.waitForTimeout(300);
    await realClickOn(editor, '[data-role="delete-note"]');
    await editor.locator('[data-role="editor-blocked"][data-reason="covered"]').waitFor({ timeout: 5000 });
    await page.waitForTimeout(500);
    expect((await notesInExtension(e2e.session)).map((n) => n.id)).toEqual([id]);
    // And the reader is offered a way out the page cannot reach: a DiploLens window.
    expect(await editor.locator('[data-role="editor-detach"]').count()).toBe(1);
  });

  it('the reader can finish in a DiploLens window, which the page cannot cover', async () => {
    const editor = await waitForEditor(page);
    await editor.locator('[data-role="note-input"]').fill('written while the page covered us');
    const [win] = await Promise.all([
      e2e.session.context.waitForEvent('page', { timeout: 15_000 }),
      realClickOn(editor, '[data-role="editor-detach"]'),
    ]);
    e2e.track(win, 'clickjack-window');
    const inWindow = await waitForEditor(win);
    expect(await inWindow.locator('[data-role="note-input"]').inputValue()).toBe('written while the page covered us');
    await clickInEditor(inWindow, '[data-role="save-note"]');
    await waitForNotes(e2e.session, (ns) => ns[0]?.note === 'written while the page covered us');
    await expect.poll(() => win.isClosed(), { timeout: 5000 }).toBe(true);
    await uncover(page);
  });

  it('uncovered, Delete works; Undo is guarded under a cover and reachable once the cover goes', async () => {
    const p = await notePoint(page);
    await page.mouse.click(p.x, p.y);
    const editor = await waitForEditor(page);
    await clickInEditor(editor, '[data-role="delete-note"]');
    await waitForNotes(e2e.session, (ns) => ns.length === 0);
    await waitForUi(page, '[data-role="toast-action"]');
    const box = await evalInUi<{ x: number; y: number }>(
      page,
      `function () { const r = this.querySelector('[data-role="toast-action"]').getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`,
    );
    await page.waitForTimeout(500);
    expect(await cover(page)).toBe(true);
    await page.waitForTimeout(400);
    if (box) await page.mouse.click(box.x, box.y);
    await page.waitForTimeout(800);
    expect(await notesInExtension(e2e.session)).toEqual([]);
    await uncover(page);
    await clickInUi(page, '[data-role="toast-action"]');
    const back = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    expect(back[0]?.id).toBe(id);
    expect(await waitForPainted(page, [quote], 'pink')).toEqual([quote]);
  });

  it('a real click on the selection toolbar through the cover saves nothing', async () => {
    await dragSelect(page, '#p3', 0, 17);
    await waitForUi(page, '[data-role="toolbar"]');
    await page.waitForTimeout(500);
    const swatch = await evalInUi<{ x: number; y: number }>(
      page,
      `function () { const r = this.querySelector('[data-role="toolbar"] [data-color="green"]').getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`,
    );
    expect(await cover(page)).toBe(true);
    await page.waitForTimeout(400);
    if (swatch) await page.mouse.click(swatch.x, swatch.y);
    await page.waitForTimeout(800);
    expect((await notesInExtension(e2e.session)).length).toBe(1);
    await uncover(page);
    expect(e2e.pageErrors).toEqual([]);
  });
});
