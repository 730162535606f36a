/**
 * Live sync (issue 5): a highlight saved in one tab shows in another tab of the same page at once; a note
 * recoloured or deleted in the popup changes or leaves every open page; a note opened from the popup brings its
 * page up in a new tab with the highlight in view.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../../support/driver/fixture';
import type { DriverPage } from '../../support/driver/types';
import {
  openDemo,
  openPopup,
  paintedNotePoint,
  selectAcross,
  selectText,
  waitForDb,
  waitForEditor,
  waitForHighlights,
  waitForPaintedNotes,
} from '../../support/reader';

/** The passages painted in a colour, once they equal `want` (or the timeout). */
function waitForPaintedColor(page: DriverPage, color: string, want: string[]): Promise<string[]> {
  return waitForPaintedNotes(page, color, want);
}

forEachBrowser('live sync across tabs and the popup', (e2e) => {
  it('a save in one tab paints in the other; a colour change and a delete in the popup reach both', async () => {
    const a = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'sync-a');
    const b = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'sync-b');
    await waitForHighlights(a, 3);
    await waitForHighlights(b, 3);
    await a.bringToFront();
    const quote = await selectAcross(a, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 2, 4);
    await a.press('Alt+Shift+H');
    expect(await waitForPaintedColor(a, 'yellow', [quote])).toEqual([quote]);
    expect(await waitForPaintedColor(b, 'yellow', [quote])).toEqual([quote]);

    const [note] = await waitForDb(e2e.session, (n) => n.length === 1);
    if (!note) throw new Error('note not stored');
    const popup = e2e.track(await openPopup(e2e.session, a), 'sync-popup');
    await popup.click('[data-view="notes"]');
    const row = `[data-note-id="${note.id}"]`;
    await popup.click(`${row} [data-role="edit"]`);
    await popup.click('[data-role="edit-form"] input[type="radio"][value="green"]');
    await popup.click('[data-role="edit-form"] [data-role="save"]');
    expect(await waitForPaintedColor(b, 'green', [quote])).toEqual([quote]);
    expect(await waitForPaintedColor(a, 'yellow', [])).toEqual([]);

    await popup.click(`${row} [data-role="delete"]`);
    await waitForDb(e2e.session, (n) => n.length === 0);
    expect(await waitForPaintedColor(a, 'green', [])).toEqual([]);
    expect(await waitForPaintedColor(b, 'green', [])).toEqual([]);
    await popup.close();
    await a.close();
    await b.close();
  });

  it('opening a note from the popup opens its page in a new tab and brings the highlight into view', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'open-note-source');
    await waitForHighlights(page, 5);
    const target = '中方主张各国在相互尊重的基础上共同推进网络空间治理';
    await selectText(page, 'body', target);
    await page.press('Alt+Shift+H');
    const notes = await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === target));
    const id = notes.find((x) => x.quote.exact === target)?.id;
    expect(id).toBeDefined();
    await page.close();

    const popup = e2e.track(await openPopup(e2e.session), 'open-note-popup');
    await popup.click('[data-view="notes"]');
    const opened = e2e.track(
      await e2e.session.waitForNewPage(() => popup.click(`[data-note-id="${id}"] [data-role="open"]`), 'open-note'),
      'open-note-target',
    );
    await waitForEditor(opened, 10_000);
    expect(await waitForPaintedColor(opened, 'yellow', [target])).toEqual([target]);
    const point = await paintedNotePoint(opened, 'yellow');
    const height = await opened.evaluate(() => innerHeight);
    expect(point !== null && point.y >= 0 && point.y <= height).toBe(true);
    await opened.close();
    await popup.close().catch(() => undefined);
  });
});
