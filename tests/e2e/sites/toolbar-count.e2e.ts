/**
 * The toolbar icon counts the notes saved on the page in the current tab — without a permission of its own: on a
 * site whose address the browser shows us (here the ministry's, a built-in host), the count follows saves and
 * appears when the page is opened again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo, tabIdOf, waitForHighlights } from '../../support/browser';
import { waitForDb, waitForUi } from '../../support/notes';
import { clickInUi } from '../../support/ui';
import { useExtension } from '../fixtures';

const e2e = useExtension();

async function badgeOf(page: Page): Promise<string> {
  const tabId = await tabIdOf(e2e.session, page);
  return e2e.session.worker.evaluate(async (id: number) => {
    const api = (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }
    ).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

async function waitForBadge(page: Page, text: string, timeout = 6_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await badgeOf(page);
    if (got === text || Date.now() > until) return got;
    await page.waitForTimeout(150);
  }
}

describe('the toolbar count', () => {
  it("shows how many notes the tab's page has, follows a save, and is there on the next visit", async () => {
    const page = e2e.track(await openDemo(e2e.session, 'article-english'), 'toolbar-count');
    await waitForHighlights(page, 3);
    expect(await waitForBadge(page, '')).toBe('');
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 80);
      const t = p?.firstChild;
      if (!(t instanceof Text)) throw new Error('no plain paragraph');
      const r = document.createRange();
      r.setStart(t, 0);
      r.setEnd(t, Math.min(30, t.data.length));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
    });
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-color="yellow"]');
    await waitForDb(e2e.session, (n) => n.length === 1);
    expect(await waitForBadge(page, '1')).toBe('1');

    const again = e2e.track(await openDemo(e2e.session, 'article-english'), 'toolbar-count-again');
    await again.bringToFront();
    expect(await waitForBadge(again, '1')).toBe('1');
    await again.close();
    await page.close();
  });
});
