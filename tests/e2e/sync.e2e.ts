/**
 * Live sync (issue 5): a highlight saved in one tab shows in another tab of the same page at once; a note deleted
 * or recoloured in the popup leaves or changes on every open page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo, openPopup, readHighlights, waitForHighlights } from '../support/browser';
import { readDbNotes, selectAcross, selectText, waitForDb, waitForUi } from '../support/notes';
import { useExtension } from './fixtures';

const e2e = useExtension();

async function waitForPainted(page: Page, name: string, want: string[], timeout = 8_000): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await readHighlights(page, name);
    if (JSON.stringify(got) === JSON.stringify(want) || Date.now() > until) return got;
    await page.waitForTimeout(150);
  }
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
    expect(await waitForPainted(a, 'diplolens-note-yellow', [quote])).toEqual([quote]);
    expect(await waitForPainted(b, 'diplolens-note-yellow', [quote])).toEqual([quote]);

    const [note] = await waitForDb(e2e.session, (n) => n.length === 1);
    if (!note) throw new Error('note not stored');
    const popup = e2e.track(await openPopup(e2e.session, a), 'sync-popup');
    await popup.locator('[data-view="notes"]').click();
    const row = popup.locator(`[data-note-id="${note.id}"]`);
    await row.locator('[data-role="edit"]').click();
    await popup.locator('[data-role="edit-form"] input[type="radio"][value="green"]').check();
    await popup.locator('[data-role="edit-form"] [data-role="save"]').click();
    expect(await waitForPainted(b, 'diplolens-note-green', [quote])).toEqual([quote]);
    expect(await waitForPainted(a, 'diplolens-note-yellow', [])).toEqual([]);

    await row.locator('[data-role="delete"]').click();
    await waitForDb(e2e.session, (n) => n.length === 0);
    expect(await waitForPainted(a, 'diplolens-note-green', [])).toEqual([]);
    expect(await waitForPainted(b, 'diplolens-note-green', [])).toEqual([]);
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
    await waitForUi(opened, '[data-role="note-editor"]', 10_000);
    const inView = await opened.evaluate(() => {
      const h = CSS.highlights.get('diplolens-note-yellow');
      const r0 = h ? [...h][0] : undefined;
      if (!r0) return null;
      const r = document.createRange();
      r.setStart(r0.startContainer, r0.startOffset);
      r.setEnd(r0.endContainer, r0.endOffset);
      const b = r.getBoundingClientRect();
      return { text: r.toString(), visible: b.top >= 0 && b.bottom <= innerHeight };
    });
    expect(inView).toEqual({ text: target, visible: true });
    await opened.close();
    await popup.close().catch(() => undefined);
  });
});
