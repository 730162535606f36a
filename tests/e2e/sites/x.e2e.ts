/**
 * X (Twitter) in Chromium with the built extension, on the demo pages that mimic its DOM: terms painted in every
 * tweet while the virtual list recycles its cells, a card, mission badges inside each tweet (none for the
 * ministry, a parody, a journalist, a visa agent or a student), and notes saved in a tweet and in a quoted tweet —
 * found again after a reload, with the quoted author's context and the quoting tweet recorded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo, waitForHighlights } from '../../support/browser';
import { selectText, waitForDb, waitForUi } from '../../support/notes';
import { type SlotReport, waitForSlotsRight } from '../../support/timeline';
import { clickInUi, openCardOnFirstTerm, readCard, readPaintedNotes } from '../../support/ui';
import { useExtension } from '../fixtures';
import { inside, waitForBadges, waitForNote } from './helpers';

const e2e = useExtension();
const YELLOW = 'yellow';
const MISSION_HANDLES = new Set([
  'USA_China_Talk',
  'UKinChina',
  'EUinChina',
  'ChineseEmbinUS',
  'Chinamission2un',
  'JapanCGShanghai',
  'GermanyinChina',
  'FranceenChine',
]);

/**
 * waitForSlotsRight, but a read that races a cell's rewrite (a painted range past the end of a text node just
 * replaced, before the repaint) is read again instead of failing the test.
 */
async function slotsRight(page: Page, timeout = 6_000): Promise<SlotReport[]> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await waitForSlotsRight(page, Math.max(500, until - Date.now()));
    } catch (err) {
      if (Date.now() > until || !/IndexSizeError/.test(String(err))) throw err;
      await page.waitForTimeout(100);
    }
  }
}

function scrollTo(page: Page, i: number): Promise<void> {
  return page.evaluate(
    (k) => (window as unknown as { __demo: { scrollToPost(i: number): void } }).__demo.scrollToPost(k),
    i,
  );
}

/** For each badge: the tweet (or quoted tweet) it sits in, by the handle in that post's author row. */
async function badgeOwners(page: Page, badges: { left: number; top: number; right: number; bottom: number }[]) {
  return page.evaluate((boxes) => {
    const cards = [
      ...document.querySelectorAll('article[data-testid="tweet"] div[role="link"][tabindex="0"]'),
      ...document.querySelectorAll('article[data-testid="tweet"]'),
    ];
    return boxes.map((b) => {
      const cx = (b.left + b.right) / 2;
      const cy = (b.top + b.bottom) / 2;
      const card = cards.find((c) => {
        const r = c.getBoundingClientRect();
        return cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom;
      });
      if (!card) return null;
      const r = card.getBoundingClientRect();
      const userName = [...card.querySelectorAll('[data-testid="User-Name"]')].find(
        (u) => card.matches('div[role="link"]') || !u.closest('div[role="link"][tabindex="0"]'),
      );
      const handle = /@(\w+)/.exec(userName?.textContent ?? '')?.[1] ?? '';
      return { handle, card: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
    });
  }, badges);
}

describe('X home timeline (recycled virtual list)', () => {
  it('paints exactly each visible tweet’s terms, also after cells are recycled', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'x-timeline'), 'x-terms');
    await waitForHighlights(page, 5);
    expect(await slotsRight(page)).toEqual([]);
    for (const target of [9, 21, 37, 55, 3]) {
      await scrollTo(page, target);
      expect(await slotsRight(page), `after scrolling to ${target}`).toEqual([]);
    }
    expect(e2e.pageErrors).toEqual([]);
    await page.close();
  });

  it('badges mission tweets and quoted tweets inside their own box, and nobody else', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'x-timeline'), 'x-badges');
    await waitForHighlights(page, 3);
    const seen = new Set<string>();
    for (const target of [0, 6, 12]) {
      await scrollTo(page, target);
      await page.waitForTimeout(400);
      const badges = await waitForBadges(page, 1);
      expect(badges.length).toBeGreaterThan(0);
      const owners = await badgeOwners(page, badges);
      badges.forEach((b, i) => {
        const owner = owners[i];
        expect(owner, `badge ${b.text} sits in a tweet`).not.toBeNull();
        if (!owner) return;
        expect(MISSION_HANDLES.has(owner.handle), `${owner.handle} is a mission`).toBe(true);
        expect(inside(b, owner.card), `badge ${b.text} inside @${owner.handle}'s box`).toBe(true);
        seen.add(`${owner.handle}${b.quoted ? ' (quoted)' : ''}`);
      });
    }
    // The quoted Chinese Embassy tweet inside a student's tweet has its own badge; the ministry, the parody account,
    // the journalist, the visa agent and the student have none.
    expect(seen).toContain('ChineseEmbinUS (quoted)');
    expect(seen).toContain('USA_China_Talk');
    expect([...seen].some((s) => /MFA_China|Parody|janedoe|usvisa|lin_reads/.test(s))).toBe(false);
    await page.close();
  });

  it('opens a concept card from a term in a tweet', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'x-timeline'), 'x-card');
    await waitForHighlights(page, 3);
    expect(await openCardOnFirstTerm(page)).toBe(true);
    expect((await readCard(page))?.conceptId).toBeTruthy();
    await page.close();
  });

  it('saves a note in a tweet: x.com permalink, the tweet as its root; back after reload and recycling', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'x-timeline'), 'x-note');
    await waitForHighlights(page, 3);
    const first = await page.evaluate(
      () => (window as unknown as { __demo: { posts(): { id: string; handle: string }[] } }).__demo.posts()[0],
    );
    await selectText(page, '[data-testid="cellInnerDiv"] [data-testid="tweetText"]', 'starts with listening');
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-color="yellow"]');
    expect(await waitForNote(page, YELLOW, 'starts with listening')).toContain('starts with listening');
    const notes = await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === 'starts with listening'));
    const note = notes.find((x) => x.quote.exact === 'starts with listening');
    expect(note?.url).toBe(`https://x.com/${first?.handle}/status/${first?.id}`);
    expect(note?.root).toEqual({ kind: 'post', platform: 'x', postId: first?.id });
    expect(note?.context).toMatchObject({
      platform: 'x',
      permalink: note?.url,
      author: { name: 'U.S. Embassy China', id: 'USA_China_Talk', mission: { countryCode: 'US' } },
    });
    expect(note?.country).toBe('US');

    await page.reload();
    expect(await waitForNote(page, YELLOW, 'starts with listening')).toEqual(['starts with listening']);
    await scrollTo(page, 40);
    await page.waitForTimeout(500);
    expect(await readPaintedNotes(page, YELLOW)).toEqual([]);
    await scrollTo(page, 0);
    expect(await waitForNote(page, YELLOW, 'starts with listening')).toEqual(['starts with listening']);
    await page.close();
  });
});

describe('X status page (on twitter.com)', () => {
  it('badges the tweet and the quoted tweet, each inside its box', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'x-status'), 'x-status-badges');
    await waitForHighlights(page, 3);
    const badges = await waitForBadges(page, 3);
    const owners = await badgeOwners(page, badges);
    const byOwner = new Map(owners.map((o, i) => [`${o?.handle}${badges[i]?.quoted ? '>' : ''}`, { o, b: badges[i] }]));
    expect([...byOwner.keys()].sort()).toEqual(['ChineseEmbinUS', 'UKinChina', 'USA_China_Talk>']);
    for (const { o, b } of byOwner.values()) if (o && b) expect(inside(b, o.card)).toBe(true);
    const quoted = byOwner.get('USA_China_Talk>')?.b;
    expect(quoted?.label).toContain('Quoted post by');
    await page.close();
  });

  it('records whose words a note in a quoted tweet quotes, and the tweet quoting them', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'x-status'), 'x-quote-note');
    await waitForHighlights(page, 3);
    await selectText(page, 'div[role="link"] [data-testid="tweetText"]', 'a two-way street');
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-color="yellow"]');
    expect(await waitForNote(page, YELLOW, 'a two-way street')).toContain('a two-way street');
    const notes = await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === 'a two-way street'));
    const note = notes.find((x) => x.quote.exact === 'a two-way street');
    expect(note?.url).toBe('https://x.com/USA_China_Talk/status/1790999000000000777');
    expect(note?.context).toMatchObject({
      platform: 'x',
      postId: '1790999000000000777',
      author: { id: 'USA_China_Talk', mission: { countryCode: 'US' } },
      quotedBy: {
        platform: 'x',
        postId: '1791000000000000001',
        permalink: 'https://x.com/ChineseEmbinUS/status/1791000000000000001',
        author: { id: 'ChineseEmbinUS', mission: { countryCode: 'CN', host: { code: 'US' } } },
      },
    });
    await page.reload();
    expect(await waitForNote(page, YELLOW, 'a two-way street')).toEqual(['a two-way street']);
    await page.close();
  });
});
