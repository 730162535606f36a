/**
 * Live sync (issue 5): a highlight saved in one tab shows in another tab of the same page at once; a note deleted
 * or recoloured in the popup leaves or changes on every open page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo, openPopup, waitForHighlights } from '../support/browser';
import { readDbNotes, selectAcross, selectText, waitForDb } from '../support/notes';
import { paintedNotePoint, waitForEditor, waitForPainted } from '../support/ui';
import { useExtension } from './fixtures';

const e2e = useExtension();

/** The passages painted in a colour, once they equal `want` (or the timeout). */
function waitForPaintedColor(page: Page, color: string, want: string[]): Promise<string[]> {
  return waitForPainted(page, want, color);
}

describe('live sync across tabs and the popup', () => {
  it('a save in one tab paints in the other; a colour change and a delete in the popup reach both', async () => {
    const a = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'sync-a');
    const b = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'sync-b');
    await waitForHighlights(a, 3);
    await waitForHighlights(b, 3);
    await a.bringToFront();
    const quote = await selectAcross(a, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 2, 4);
    await a.keyboard.press('Alt+Shift+H');
    expect(await waitForPaintedColor(a, 'yellow', [quote])).toEqual([quote]);
    expect(await waitForPaintedColor(b, 'yellow', [quote])).toEqual([quote]);

    const [note] = await waitForDb(e2e.session, (n) => n.length === 1);
    if (!note) throw new Error('note not stored');
    const popup = e2e.track(await openPopup(e2e.session, a), 'sync-popup');
    await popup.locator('[data-view="notes"]').click();
    const row = popup.locator(`[data-note-id="${note.id}"]`);
    await row.locator('[data-role="edit"]').click();
    await popup.locator('[data-role="edit-form"] input[type="radio"][value="green"]').check();
    await popup.locator('[data-role="edit-form"] [data-role="save"]').click();
    expect(await waitForPaintedColor(b, 'green', [quote])).toEqual([quote]);
    expect(await waitForPaintedColor(a, 'yellow', [])).toEqual([]);

    await row.locator('[data-role="delete"]').click();
    await waitForDb(e2e.session, (n) => n.length === 0);
    expect(await waitForPaintedColor(a, 'green', [])).toEqual([]);
    expect(await waitForPaintedColor(b, 'green', [])).toEqual([]);
    await popup.close();
    await a.close();
    await b.close();
  });
});

describe('opening a note from the popup', () => {
  it('opens its page in a new tab and brings the highlight into view', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'open-note-source');
    await waitForHighlights(page, 5);
    const target = '中方主张各国在相互尊重的基础上共同推进网络空间治理';
    await selectText(page, 'body', target);
    await page.keyboard.press('Alt+Shift+H');
    const [note] = await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === target));
    expect(note).toBeDefined();
    const id = (await readDbNotes(e2e.session)).find((x) => x.quote.exact === target)?.id;
    await page.close();

    const popup = e2e.track(await openPopup(e2e.session), 'open-note-popup');
    await popup.locator('[data-view="notes"]').click();
    const [opened] = await Promise.all([
      e2e.session.context.waitForEvent('page'),
      popup.locator(`[data-note-id="${id}"] [data-role="open"]`).click(),
    ]);
    e2e.track(opened, 'open-note-target');
    await waitForEditor(opened, 10_000);
    expect(await waitForPainted(opened, [target], 'yellow')).toEqual([target]);
    const point = await paintedNotePoint(opened, 'yellow');
    expect(point !== null && point.y >= 0 && point.y <= (opened.viewportSize()?.height ?? 0)).toBe(true);
    await opened.close();
    await popup.close().catch(() => undefined);
  });
});
