/**
 * Threat: a page that scrapes for the reader's saved passages. Before and after the reader saves two highlights
 * (one inside a scroll container), and on a fresh load where DiploLens paints them from the database, the page
 * reads CSS.highlights, its whole DOM and every attribute, the computed style of every element, elementsFromPoint /
 * elementFromPoint over a grid covering its text, window.length, its style sheets, the size of its document, and
 * our host (its style, box and children). All of it must be identical: saved passages are painted inside our
 * closed shadow root, through boxes that let every pointer event through. Meanwhile the reader sees them in place,
 * through nested scrolling, resizing, zoom and reflow.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../support/browser';
import { clickInUi, readPaintedNotes, waitForPainted } from '../../support/ui';
import { useExtension } from '../fixtures';
import { dragSelect, waitForNotes, waitForUi } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

interface Scrape {
  highlights: string[];
  highlightNames: string[];
  html: string;
  attributes: string[];
  styles: string[];
  hits: string[];
  frames: number;
  hostCount: number;
  hostStyle: string;
  hostRect: string;
  hostChildren: number;
  hostShadow: boolean | null;
  sheets: string[];
  scrollSize: string;
}

async function scrape(page: Page): Promise<Scrape> {
  // Pointer away from the text (no :hover), selection cleared, as the page would find things at rest.
  await page.mouse.move(1, 1);
  // The same scroll positions each time (the reader's selecting scrolled the page and its scroll box).
  await page.evaluate(() => {
    getSelection()?.removeAllRanges();
    window.scrollTo(0, 0);
    (document.getElementById('scroller') as HTMLElement).scrollTop = 0;
  });
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __scrape(): Scrape }).__scrape());
}

function expectSame(after: Scrape, before: Scrape): void {
  for (const key of Object.keys(before) as (keyof Scrape)[]) expect(after[key], key).toEqual(before[key]);
}

async function saveWithSwatch(page: Page, selector: string, start: number, end: number, color: string) {
  const quote = await dragSelect(page, selector, start, end);
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, `[data-role="toolbar"] [data-color="${color}"]`);
  return quote;
}

describe('scraping page', () => {
  let page: Page;
  let before: Scrape;
  let quotes: string[] = [];

  it('learns nothing of two saved passages from any API it has', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'scrape');
    await page.goto(HOSTILE.scrape.url, { waitUntil: 'load' });
    await waitForHighlights(page, 3);
    before = await scrape(page);
    expect(before.hostCount).toBe(1);
    expect(before.hostShadow).toBe(false);
    expect(before.highlightNames).toEqual(['diplolens-term', 'diplolens-term-focus']);

    const q1 = await saveWithSwatch(page, '#p2', 0, 10, 'yellow');
    const q2 = await saveWithSwatch(page, '#p3', 0, 9, 'green');
    quotes = [q1, q2];
    await waitForNotes(e2e.session, (ns) => ns.length === 2);
    // The reader sees both, where the text is.
    expect(await waitForPainted(page, [q1], 'yellow')).toEqual([q1]);
    expect(await waitForPainted(page, [q2], 'green')).toEqual([q2]);

    const after = await scrape(page);
    expectSame(after, before);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('nor on a fresh load, where DiploLens paints them from the database', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page, 3);
    expect(await waitForPainted(page, [quotes[0] ?? ''], 'yellow')).toEqual([quotes[0]]);
    expect(await waitForPainted(page, [quotes[1] ?? ''], 'green')).toEqual([quotes[1]]);
    expectSame(await scrape(page), before);
  });

  it('while the reader sees them follow the text: nested scrolling, page scroll, resize, zoom, reflow', async () => {
    const [q1, q2] = quotes as [string, string];
    // The scroll container moves its text; the painted passage follows (and what scrolls out is not painted).
    await page.evaluate(() => {
      const s = document.getElementById('scroller') as HTMLElement;
      s.scrollTop = 20;
    });
    expect(await waitForPainted(page, [q2], 'green')).toEqual([q2]);
    await page.evaluate(() => {
      (document.getElementById('scroller') as HTMLElement).scrollTop = 200;
    });
    expect(await waitForPainted(page, [], 'green')).toEqual([]);
    await page.evaluate(() => {
      (document.getElementById('scroller') as HTMLElement).scrollTop = 0;
    });
    expect(await waitForPainted(page, [q2], 'green')).toEqual([q2]);
    // The window scrolls, the viewport narrows (text rewraps), the page zooms and gains text above.
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      window.scrollTo(0, 60);
    });
    expect(await waitForPainted(page, [q1], 'yellow')).toEqual([q1]);
    await page.setViewportSize({ width: 420, height: 800 });
    expect(await waitForPainted(page, [q1], 'yellow')).toEqual([q1]);
    await page.evaluate(() => {
      document.body.style.zoom = '1.5';
    });
    expect(await waitForPainted(page, [q1], 'yellow')).toEqual([q1]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '页面在上方插入了一段新的文字，下面的段落整体下移。'.repeat(3);
      document.getElementById('article')?.prepend(p);
    });
    expect(await waitForPainted(page, [q1], 'yellow')).toEqual([q1]);
    expect((await readPaintedNotes(page)).sort()).toEqual([q1, q2].sort());
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
