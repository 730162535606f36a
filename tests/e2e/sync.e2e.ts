/**
 * Live sync (issue 5): a highlight saved in one tab shows in another tab of the same page at once; a note deleted
 * or recoloured in the popup leaves or changes on every open page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo, openPopup, readHighlights, waitForHighlights } from '../support/browser';
import { selectAcross, waitForDb } from '../support/notes';
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
