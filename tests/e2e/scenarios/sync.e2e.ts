/**
 * Live sync (issue 5): a highlight saved in one tab shows in another tab of the same page at once; a note
 * recoloured or deleted in the popup changes or leaves every open page; a note opened from the popup brings its
 * page up in a new tab with the highlight in view.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../../support/driver/fixture';
import {
  openDemo,
  openPopup,
  selectAcross,
  selectText,
  waitForDb,
  waitForHighlights,
  waitForPainted,
  waitForUi,
} from '../../support/reader';

forEachBrowser('live sync across tabs and the popup', (e2e) => {
  it('a save in one tab paints in the other; a colour change and a delete in the popup reach both', async () => {
    const a = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'sync-a');
    const b = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'sync-b');
    await waitForHighlights(a, 3);
    await waitForHighlights(b, 3);
    await a.bringToFront();
    const quote = await selectAcross(a, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 2, 4);
    await a.press('Alt+Shift+H');
    expect(await waitForPainted(a, 'diplolens-note-yellow', [quote])).toEqual([quote]);
    expect(await waitForPainted(b, 'diplolens-note-yellow', [quote])).toEqual([quote]);

    const [note] = await waitForDb(e2e.session, (n) => n.length === 1);
    if (!note) throw new Error('note not stored');
    const popup = e2e.track(await openPopup(e2e.session, a), 'sync-popup');
    await popup.click('[data-view="notes"]');
    const row = `[data-note-id="${note.id}"]`;
    await popup.click(`${row} [data-role="edit"]`);
    await popup.click('[data-role="edit-form"] input[type="radio"][value="green"]');
    await popup.click('[data-role="edit-form"] [data-role="save"]');
    expect(await waitForPainted(b, 'diplolens-note-green', [quote])).toEqual([quote]);
    expect(await waitForPainted(a, 'diplolens-note-yellow', [])).toEqual([]);

    await popup.click(`${row} [data-role="delete"]`);
    await waitForDb(e2e.session, (n) => n.length === 0);
    expect(await waitForPainted(a, 'diplolens-note-green', [])).toEqual([]);
    expect(await waitForPainted(b, 'diplolens-note-green', [])).toEqual([]);
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
    await waitForUi(opened, '[data-role="note-editor"]', 10_000);
    const inView = await opened.evaluate(() => {
      const h = CSS.highlights.get('diplolens-note-yellow');
      const r0 = h ? [...h][0] : undefined;
      if (!r0) return null;
      const r = document.createRange();
      r.setStart(r0.startContainer, r0.startOffset);
      r.setEnd(r0.endContainer, r0.endOffset);
      const box = r.getBoundingClientRect();
      return { text: r.toString(), visible: box.top >= 0 && box.bottom <= innerHeight };
    });
    expect(inView).toEqual({ text: target, visible: true });
    await opened.close();
    await popup.close().catch(() => undefined);
  });
});
