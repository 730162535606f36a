import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_MATCHES } from '../utils/hosts';
import { DEMO_DIR, launchChromium, SEGMENTS_FN, servingContext } from './browser';
import { EXPECTED_TERMS } from './expected';
import { DEMO_PAGES, type DemoPage, STATIC_PAGE_IDS, TRADITIONAL_PAGE_IDS } from './pages';
import { findTerms, findTermsInSegments } from './reference-matcher';

interface TimelinePost {
  mblogid: string;
  uid: string;
  author: string;
  title: string;
  permalink: string;
  expected: string[];
  retweet: { uid: string; author: string; expected: string[] } | null;
}

interface SlotReport {
  postIndex: number;
  post: TimelinePost;
  author: string | null;
  timeTitle: string | null;
  timeHref: string | null;
  timeLabel: string | null;
  hasText: boolean;
  segments: string[];
  rectTop: number;
  rectBottom: number;
}

const pageById = (id: string): DemoPage => {
  const page = DEMO_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`no demo page ${id}`);
  return page;
};

const hostMatches = (url: string): boolean => {
  const { host } = new URL(url);
  return HOST_MATCHES.some((m) => {
    const pattern = m.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
};

const SLOT_REPORT = `(() => {
  const segmentsOf = ${SEGMENTS_FN};
  const posts = window.__demo.posts();
  return window.__demo.visibleSlots().map(({ slot, postIndex }) => {
    const post = posts[postIndex];
    const author = slot.querySelector('a[usercard][href="//weibo.com/u/' + post.uid + '"] span[title]');
    const time = slot.querySelector('a[title][href^="https://weibo.com/' + post.uid + '/"]');
    const rect = slot.getBoundingClientRect();
    return {
      postIndex,
      post,
      author: author && author.textContent,
      timeTitle: time && time.getAttribute('title'),
      timeHref: time && time.getAttribute('href'),
      timeLabel: time && time.textContent,
      hasText: !!slot.querySelector('.wbpro-feed-content > div[class*="_wbtext_"]'),
      segments: segmentsOf(slot.querySelector('article')),
      rectTop: rect.top,
      rectBottom: rect.bottom,
    };
  });
})()`;

const TIME_LABEL = /^(刚刚|\d+秒前|\d+分钟前|今天 \d\d:\d\d|\d\d-\d\d \d\d:\d\d|\d\d-\d\d-\d\d \d\d:\d\d)$/;

function expectSlotsMatchData(slots: SlotReport[]): void {
  expect(slots.length).toBeGreaterThan(0);
  for (const s of slots) {
    expect(s.author).toBe(s.post.author);
    expect(s.timeTitle).toBe(s.post.title);
    expect(s.timeHref).toBe(s.post.permalink);
    expect(s.timeLabel ?? '').toMatch(TIME_LABEL);
    expect(s.hasText).toBe(true);
    expect(findTermsInSegments(s.segments)).toEqual(s.post.expected);
  }
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

describe('demo page list', () => {
  it('lists every page once, with an existing file and autoRun true exactly on DiploLens hosts', () => {
    expect(new Set(DEMO_PAGES.map((p) => p.id)).size).toBe(DEMO_PAGES.length);
    for (const p of DEMO_PAGES) {
      expect(readFileSync(join(DEMO_DIR, p.file), 'utf8')).toContain('<!doctype html>');
      expect(p.autoRun, p.id).toBe(hostMatches(p.url));
      if (!p.autoRun)
        expect(new URL(p.url).host.endsWith('.example') || new URL(p.url).host.endsWith('.example.hk')).toBe(true);
    }
    expect(Object.keys(EXPECTED_TERMS).sort()).toEqual([...STATIC_PAGE_IDS].sort());
  });

  it('pages load nothing from the network in their source (no link, import, remote src or fetch)', () => {
    for (const p of DEMO_PAGES) {
      const html = readFileSync(join(DEMO_DIR, p.file), 'utf8');
      expect(html, p.id).not.toMatch(
        /<link\b|@import|url\(\s*['"]?https?:|\bsrc=["']?(https?:)?\/\/|fetch\(|XMLHttpRequest|sendBeacon/i,
      );
    }
  });
});

describe('demo pages in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let blocked: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, blocked } = await servingContext(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const id of STATIC_PAGE_IDS) {
    it(`${id}: highlightable text holds exactly the expected terms, decoys hold terms too`, async () => {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(pageById(id).url);
      const traditional = TRADITIONAL_PAGE_IDS.includes(id);
      const segments = (await page.evaluate(`(${SEGMENTS_FN})(document.body)`)) as string[];
      expect(findTermsInSegments(segments, traditional)).toEqual(EXPECTED_TERMS[id]);
      const decoys = (await page.evaluate(`({
        textarea: Array.from(document.querySelectorAll('textarea')).map((e) => e.value),
        input: Array.from(document.querySelectorAll('input')).map((e) => e.value),
        script: Array.from(document.querySelectorAll('script')).map((e) => e.textContent),
        hidden: Array.from(document.querySelectorAll('body *')).filter((e) => getComputedStyle(e).display === 'none' && e.tagName !== 'SCRIPT').map((e) => e.textContent),
      })`)) as Record<string, string[]>;
      for (const [kind, texts] of Object.entries(decoys)) {
        expect(
          texts.some((t) => findTerms(t, traditional).length > 0),
          `${id} ${kind}`,
        ).toBe(true);
      }
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    });
  }

  it('weibo timeline: slots show their post, recycle in place while scrolling and loading up to 120 posts', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pageById('weibo-timeline').url);
    await page.waitForFunction('window.__demo && window.__demo.visibleSlots().length > 0');
    expect(await page.evaluate('window.__demo.posts().length')).toBe(20);
    expectSlotsMatchData((await page.evaluate(SLOT_REPORT)) as SlotReport[]);

    await page.evaluate(`(() => {
      window.__pool = Array.from(document.querySelectorAll('.vue-recycle-scroller__item-view'));
      window.__articles = window.__pool.map((slot) => slot.querySelector('article'));
      window.__mutations = { characterData: 0, childList: 0 };
      new MutationObserver((records) => {
        for (const r of records) if (r.type in window.__mutations) window.__mutations[r.type]++;
      }).observe(document.querySelector('.vue-recycle-scroller__item-wrapper'), { subtree: true, childList: true, characterData: true });
    })()`);

    for (const target of [4, 12, 19, 33, 57, 90, 119]) {
      await page.evaluate(`window.__demo.scrollToPost(${target})`);
      const slots = (await page.evaluate(SLOT_REPORT)) as SlotReport[];
      expectSlotsMatchData(slots);
      const shown = slots.find((s) => s.postIndex === target);
      expect(shown, `post ${target} is in a slot`).toBeDefined();
      expect(shown?.rectTop ?? -1).toBeLessThan(900);
      expect(shown?.rectBottom ?? -1).toBeGreaterThan(0);
      const pool = await page.evaluate(
        `(() => { const now = Array.from(document.querySelectorAll('.vue-recycle-scroller__item-view'));
          return { count: now.length, same: now.every((e, i) => e === window.__pool[i] && e.querySelector('article') === window.__articles[i]) }; })()`,
      );
      expect(pool).toEqual({ count: 10, same: true });
    }
    expect(await page.evaluate('window.__demo.posts().length')).toBe(120);
    const mutations = (await page.evaluate('window.__mutations')) as { characterData: number; childList: number };
    expect(mutations.characterData).toBeGreaterThan(0);
    expect(mutations.childList).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('weibo timeline: real scrolling near the bottom appends 20 posts', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pageById('weibo-timeline').url);
    await page.waitForFunction('window.__demo && window.__demo.visibleSlots().length > 0');
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(50);
      if (((await page.evaluate('window.__demo.posts().length')) as number) >= 40) break;
    }
    expect(await page.evaluate('window.__demo.posts().length')).toBe(40);
    expectSlotsMatchData((await page.evaluate(SLOT_REPORT)) as SlotReport[]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('weibo timeline: relative time labels rewrite their text node every second', async () => {
    const page = await context.newPage();
    await page.goto(pageById('weibo-timeline').url);
    await page.waitForFunction('window.__demo && window.__demo.visibleSlots().length > 1');
    const read = `(() => { const s = window.__demo.visibleSlots().find((x) => x.postIndex === 1);
      const a = s.slot.querySelector('a[class*="head-info_time"]'); return { node: a.firstChild === window.__timeNode, text: a.textContent }; })()`;
    await page.evaluate(
      `window.__timeNode = window.__demo.visibleSlots().find((x) => x.postIndex === 1).slot.querySelector('a[class*="head-info_time"]').firstChild`,
    );
    const before = (await page.evaluate(read)) as { node: boolean; text: string };
    await page.waitForTimeout(2100);
    const after = (await page.evaluate(read)) as { node: boolean; text: string };
    expect(before.text).toMatch(/^\d+秒前$/);
    expect(after.text).toMatch(/^\d+秒前$/);
    expect(after.text).not.toBe(before.text);
    expect(after.node).toBe(true);
    await page.close();
  });

  it('weibo timeline: 全部 / 原创 tabs switch the feed with pushState, without reloading or rebuilding the list', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pageById('weibo-timeline').url);
    await page.waitForFunction('window.__demo && window.__demo.visibleSlots().length > 0');
    await page.evaluate(
      `window.__marker = 42; window.__pool = Array.from(document.querySelectorAll('.vue-recycle-scroller__item-view'))`,
    );
    await page.click('a[data-tab="ori"]');
    expect(new URL(page.url()).searchParams.get('is_ori')).toBe('1');
    expect(await page.evaluate('window.__marker')).toBe(42);
    expect(await page.evaluate('window.__demo.posts().every((p) => p.retweet === null)')).toBe(true);
    expectSlotsMatchData((await page.evaluate(SLOT_REPORT)) as SlotReport[]);
    expect(
      await page.evaluate(
        `Array.from(document.querySelectorAll('.vue-recycle-scroller__item-view')).every((e, i) => e === window.__pool[i])`,
      ),
    ).toBe(true);
    await page.goBack();
    await page.waitForFunction(`window.__demo.tab() === 'all'`);
    expect(new URL(page.url()).searchParams.get('is_ori')).toBeNull();
    expect(await page.evaluate('window.__marker')).toBe(42);
    expect(await page.evaluate('window.__demo.posts().some((p) => p.retweet !== null)')).toBe(true);
    expectSlotsMatchData((await page.evaluate(SLOT_REPORT)) as SlotReport[]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('weibo timeline: every one of the 120 posts is shown with exactly its expected terms', async () => {
    const page = await context.newPage();
    await page.goto(pageById('weibo-timeline').url);
    await page.waitForFunction('window.__demo && window.__demo.visibleSlots().length > 0');
    const seen = new Set<number>();
    for (let target = 0; target < 120; target += 5) {
      await page.evaluate(`window.__demo.scrollToPost(${target})`);
      const slots = (await page.evaluate(SLOT_REPORT)) as SlotReport[];
      expectSlotsMatchData(slots);
      for (const s of slots) seen.add(s.postIndex);
    }
    expect(seen.size).toBe(120);
    const withTerms = (await page.evaluate(
      'window.__demo.posts().filter((p) => p.expected.length > 0).length',
    )) as number;
    expect(withTerms).toBeGreaterThan(80);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('x timeline: a pool of cells recycled in place shows each of the 60 tweets with exactly its expected terms', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pageById('x-timeline').url);
    await page.waitForFunction('window.__demo && window.__demo.visibleCells().length > 0');
    await page.evaluate(`window.__pool = Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]'))`);
    const report = `(() => {
      const segmentsOf = ${SEGMENTS_FN};
      const posts = window.__demo.posts();
      return window.__demo.visibleCells().map(({ cell, postIndex }) => {
        const post = posts[postIndex];
        const time = cell.querySelector('article [data-testid="User-Name"] a[href*="/status/"] time');
        return {
          postIndex,
          expected: post.expected,
          handle: /@(\\w+)/.exec(cell.querySelector('[data-testid="User-Name"]').textContent)[1],
          postHandle: post.handle,
          href: time && time.parentElement.getAttribute('href'),
          permalink: post.permalink,
          quote: !!cell.querySelector('div[role="link"] [data-testid="tweetText"]'),
          hasQuote: post.quote !== null,
          segments: Array.from(cell.querySelectorAll('[data-testid="tweetText"]')).flatMap((t) => segmentsOf(t)),
        };
      });
    })()`;
    const seen = new Set<number>();
    for (const target of [...Array.from({ length: 15 }, (_, i) => i * 4), 59]) {
      await page.evaluate(`window.__demo.scrollToPost(${target})`);
      const cells = (await page.evaluate(report)) as {
        postIndex: number;
        expected: string[];
        handle: string;
        postHandle: string;
        href: string | null;
        permalink: string;
        quote: boolean;
        hasQuote: boolean;
        segments: string[];
      }[];
      for (const c of cells) {
        seen.add(c.postIndex);
        expect(c.handle).toBe(c.postHandle);
        expect(`https://x.com${c.href}`).toBe(c.permalink);
        expect(c.quote).toBe(c.hasQuote);
        expect(findTermsInSegments(c.segments)).toEqual(c.expected);
      }
      const same = await page.evaluate(
        `Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]')).every((e, i) => e === window.__pool[i])`,
      );
      expect(same).toBe(true);
    }
    expect(seen.size).toBe(60);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
});
