import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { xAdapter } from '../../utils/sites/x/index';
import { timeline } from '../../utils/sites/x/test-fixtures';
import { computeBadges } from './mission-badges';

/** A layout for happy-dom (which has none): boxes for elements, line boxes for text nodes. */
const boxes = new Map<Node, DOMRect[]>();
function box(left: number, top: number, right: number, bottom: number): DOMRect {
  return new DOMRect(left, top, right - left, bottom - top);
}
function lay(node: Node | null | undefined, ...rects: DOMRect[]): void {
  if (node) boxes.set(node, rects);
}
const textIn = (el: Element | null | undefined, needle: string): Text | undefined => {
  if (!el) return undefined;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  return undefined;
};

beforeEach(() => {
  boxes.clear();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxes.get(this)?.[0] ?? box(0, 0, 0, 0);
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rects = boxes.get(this.startContainer) ?? [];
    return Object.assign([...rects], { item: (i: number) => rects[i] ?? null }) as unknown as DOMRectList;
  });
});
afterEach(() => {
  document.body.replaceChildren();
});

const US = { name: 'U.S. Embassy China', handle: 'USA_China_Talk', id: '1' };

/** One tweet laid out 600px wide: name row at y 10–30 with a "more" button at its right end, text below. */
function layTweet(article: Element, top: number, text: string): void {
  const userName = article.querySelector('[data-testid="User-Name"]');
  lay(article, box(0, top, 600, top + 200));
  lay(textIn(userName, US.name) ?? textIn(userName, 'Lin'), box(50, top + 10, 150, top + 30));
  lay(textIn(userName, '@'), box(155, top + 10, 250, top + 30));
  lay(textIn(userName, 'May'), box(255, top + 10, 280, top + 30));
  const more = document.createElement('button');
  more.textContent = '···';
  article.append(more);
  lay(more.firstChild, box(560, top + 10, 580, top + 30));
  lay(textIn(article.querySelector('[data-testid="tweetText"]'), text), box(50, top + 40, 400, top + 60));
}

describe('computeBadges', () => {
  it('offers a mission tweet places inside its card: after the author row (before its buttons), after the text, under the name', () => {
    timeline([{ ...US, text: 'Digital diplomacy.' }]);
    layTweet(document.querySelector('article') as Element, 0, 'Digital diplomacy.');
    const badges = computeBadges(xAdapter.postRoots(document), xAdapter, 'https://x.com/home', 900);
    expect(badges).toEqual([
      {
        key: 'x:1',
        mission: expect.objectContaining({ countryCode: 'US' }),
        slots: [
          { left: 286, top: 9, maxRight: 554 },
          { left: 408, top: 39, maxRight: 592 },
          { left: 50, top: 32, maxRight: 592 },
        ],
      },
    ]);
  });

  it('gives no badge to an account that is not a mission, nor to a tweet off screen', () => {
    timeline([
      { name: 'Lin', handle: 'lin_reads', id: '2', text: 'Hello there.' },
      { ...US, text: 'Far below.' },
    ]);
    const [a, b] = [...document.querySelectorAll('article')];
    layTweet(a as Element, 0, 'Hello there.');
    layTweet(b as Element, 2000, 'Far below.');
    expect(computeBadges(xAdapter.postRoots(document), xAdapter, 'https://x.com/home', 900)).toEqual([]);
  });

  it("marks a quoted tweet's badge as quoted and keys it by both tweets", () => {
    timeline([
      {
        name: 'Lin',
        handle: 'lin_reads',
        id: '2',
        text: 'Look',
        quote: { name: 'UK in China', handle: 'UKinChina', text: 'Ours', photoLinkId: '9' },
      },
    ]);
    const quote = document.querySelector('div[role="link"][tabindex="0"]') as Element;
    lay(quote, box(50, 80, 580, 180));
    lay(textIn(quote, 'UK in China'), box(60, 90, 140, 110));
    lay(textIn(quote, 'Ours'), box(60, 120, 100, 140));
    const badges = computeBadges(xAdapter.postRoots(document), xAdapter, 'https://x.com/home', 900);
    expect(badges.map((b) => [b.key, b.quoted, b.mission.countryCode])).toEqual([['x:9<2', true, 'GB']]);
    expect(badges[0]?.slots[0]?.maxRight).toBe(572);
  });

  it('measures a post once: while it scrolls, its places move with its card', () => {
    timeline([{ ...US, text: 'Digital diplomacy.' }]);
    const article = document.querySelector('article') as Element;
    layTweet(article, 0, 'Digital diplomacy.');
    const roots = xAdapter.postRoots(document);
    computeBadges(roots, xAdapter, 'https://x.com/home', 900);
    // Scrolled by 100px: only the card is asked where it is now (the text boxes here are stale on purpose).
    lay(article, box(0, 100, 600, 300));
    const [moved] = computeBadges(roots, xAdapter, 'https://x.com/home', 900);
    expect(moved?.slots[0]).toEqual({ left: 286, top: 109, maxRight: 554 });
    // A card of another size (its text reflowed) is measured again.
    lay(article, box(0, 100, 500, 300));
    const [again] = computeBadges(roots, xAdapter, 'https://x.com/home', 900);
    expect(again?.slots[0]?.top).toBe(9);
  });
});
