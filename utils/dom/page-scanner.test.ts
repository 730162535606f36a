import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageScanner, type PageScanner } from './page-scanner';
import { createTermPainter, type TermPainter, WRAPPER_TAG } from './painter';
import {
  type CountingMatcher,
  type FakeHighlightRegistry,
  fakeMatcher,
  html,
  installFakeHighlights,
} from './test-helpers';

const WORDS = ['数字外交', '网络外交', '数字主权', 'digital diplomacy'];

let registry: FakeHighlightRegistry;
let uninstall: () => void;
let scanner: PageScanner | null = null;

beforeEach(() => {
  ({ registry, uninstall } = installFakeHighlights());
});
afterEach(() => {
  scanner?.stop();
  scanner = null;
  uninstall();
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

function setup(markup: string, opts: { painter?: TermPainter; matcher?: CountingMatcher } = {}) {
  const host = html(markup);
  const matcher = opts.matcher ?? fakeMatcher(WORDS);
  const painter = opts.painter ?? createTermPainter();
  const onUpdate = vi.fn();
  scanner = createPageScanner({
    root: host,
    matcher,
    painter,
    onUpdate,
    schedule: () => {}, // tests flush explicitly
    slicing: { yieldFn: async () => {} },
  });
  return { host, matcher, painter, onUpdate, scanner };
}

/** What the highlight paints, in document order. */
function painted(): string[] {
  const h = registry.get('diplolens-term');
  const ranges = [...(h ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString());
}

const POST = (id: string, body: string) =>
  `<article id="${id}"><header><a class="time">3分钟前</a> 来自 微博网页版</header><div class="text">${body}</div></article>`;

describe('createPageScanner', () => {
  it('paints every occurrence, with occurrences in document order and counts per concept', async () => {
    const { host, scanner } = setup(
      `${POST('a', '推进<a href="#">数字</a>外交和网络外交')}${POST('b', '<span>#数字外交#</span> 与数字主权')}`,
    );
    await scanner.start();
    expect(painted()).toEqual(['数字外交', '网络外交', '数字外交', '数字主权']);
    const occ = scanner.occurrences();
    expect(occ.map((o) => o.range.toString())).toEqual(['数字外交', '网络外交', '数字外交', '数字主权']);
    expect(occ[0]?.block).toBe(host.querySelector('#a .text'));
    expect(Object.fromEntries(scanner.countsByConcept())).toEqual({ 数字外交: 2, 网络外交: 1, 数字主权: 1 });
    const a = host.querySelector('#a .text a');
    const at = a?.firstChild ? scanner.occurrenceAt(a.firstChild, 1) : null;
    expect(at?.match.hits[0]?.conceptId).toBe('数字外交');
    expect(scanner.occurrenceAt(host.querySelector('#a .time')?.firstChild as Node, 0)).toBeNull();
    expect(scanner.blockTextOf(host.querySelector('#b .text') as Element)?.text).toBe('#数字外交# 与数字主权');
  });

  it('orders occurrences of nested blocks by position, and hands out a fresh Range per read', async () => {
    const { host, scanner } = setup('<div id="outer">网络外交<p>数字主权</p>数字外交</div>');
    await scanner.start();
    const occ = scanner.occurrences();
    expect(occ.map((o) => o.range.toString())).toEqual(['网络外交', '数字主权', '数字外交']);
    expect(occ.map((o) => o.block.localName)).toEqual(['div', 'p', 'div']);
    expect(occ[0]?.range).not.toBe(occ[0]?.range);
    expect(host.querySelector('#outer')).toBe(occ[0]?.block);
  });

  it('adds the stylesheet after a pass that painted something, never on a page without terms', async () => {
    const { scanner } = setup(POST('a', '没有术语'));
    await scanner.start();
    expect(document.adoptedStyleSheets.length).toBe(0);
    scanner.stop();
    const second = setup(POST('b', '数字外交'));
    await second.scanner.start();
    expect(document.adoptedStyleSheets.length).toBe(1);
  });

  it('measures each pass with performance.measure("diplolens:scan")', async () => {
    performance.clearMeasures('diplolens:scan');
    const { scanner } = setup(POST('a', '数字外交'));
    await scanner.start();
    const [m] = performance.getEntriesByName('diplolens:scan') as PerformanceMeasure[];
    expect(m?.detail).toEqual({
      blocks: 2,
      characters: 'x3分钟前 来自 微博网页版'.length - 1 + 4,
      matches: 1,
      busy: expect.any(Number),
    });
    expect(m?.detail.busy).toBeLessThanOrEqual(m?.duration ?? 0);
  });

  it('marks diplolens:first-paint once, when a term in the viewport is painted', async () => {
    performance.clearMarks('diplolens:first-paint');
    const entries = performance.getEntriesByType.bind(performance);
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) =>
      type === 'paint' ? [{ name: 'first-paint' } as PerformanceEntry] : entries(type),
    );
    const { host, scanner } = setup('<p id="below">数字外交</p><p id="in">网络外交</p><p id="in2">数字主权</p>');
    const rect = (top: number) => ({ top, bottom: top + 20, height: 20, left: 0, right: 100, width: 100 }) as DOMRect;
    vi.spyOn(host.querySelector('#below') as Element, 'getBoundingClientRect').mockReturnValue(rect(5000));
    vi.spyOn(host.querySelector('#in') as Element, 'getBoundingClientRect').mockReturnValue(rect(100));
    vi.spyOn(host.querySelector('#in2') as Element, 'getBoundingClientRect').mockReturnValue(rect(140));
    await scanner.start();
    expect(performance.getEntriesByName('diplolens:first-paint')).toHaveLength(1);
  });

  it('does not re-match or repaint blocks whose text did not change (relative time label)', async () => {
    const { host, matcher, scanner, onUpdate } = setup(POST('a', '数字外交的实践'));
    await scanner.start();
    const before = matcher.calls.length;
    const h = registry.get('diplolens-term');
    const paintedRange = [...(h ?? [])][0];
    const time = host.querySelector('.time')?.firstChild as Text;
    time.data = '4分钟前';
    await scanner.flush();
    time.data = '5分钟前';
    await scanner.flush();
    // Only the header block (whose text did change) went to the matcher; the post body did not.
    expect(matcher.calls.slice(before)).toEqual([
      '5分钟前 来自 微博网页版'.replace('5', '4'),
      '5分钟前 来自 微博网页版',
    ]);
    expect([...(h ?? [])][0]).toBe(paintedRange);
    expect(onUpdate).toHaveBeenCalledTimes(1); // initial pass only: no painted block changed
  });

  it('neither re-matches nor repaints a dirty block whose text and nodes stayed the same', async () => {
    const { host, matcher, scanner } = setup(POST('a', '数字外交的实践'));
    await scanner.start();
    const before = matcher.calls.length;
    const h = registry.get('diplolens-term');
    const paintedRange = [...(h ?? [])][0];
    host.querySelector('.text')?.append(document.createElement('i')); // e.g. a lazy-loaded empty icon slot
    await scanner.flush();
    expect(matcher.calls.length).toBe(before);
    expect([...(h ?? [])]).toEqual([paintedRange]);
  });

  it('repaints a recycled slot exactly when its text is replaced in place (characterData)', async () => {
    const { host, scanner } = setup(POST('a', '第一条：数字外交很重要'));
    await scanner.start();
    expect(painted()).toEqual(['数字外交']);
    const text = host.querySelector('.text')?.firstChild as Text;
    text.data = '第二条：网络外交与数字主权';
    await scanner.flush();
    expect(painted()).toEqual(['网络外交', '数字主权']);
    text.data = '第三条：没有术语';
    await scanner.flush();
    expect(painted()).toEqual([]);
    expect(scanner.occurrences()).toEqual([]);
  });

  it('repaints a recycled slot exactly when its children are swapped (childList)', async () => {
    const { host, scanner } = setup(POST('a', '数字外交<span>甲</span>'));
    await scanner.start();
    const div = host.querySelector('.text') as Element;
    const a = document.createElement('a');
    a.textContent = '网络';
    div.replaceChildren('新的', a, '外交，还有数字主权');
    await scanner.flush();
    expect(painted()).toEqual(['网络外交', '数字主权']);
    expect(scanner.occurrences().map((o) => o.range.startContainer.parentElement?.localName)).toEqual(['a', 'div']);
  });

  it('repaints without matching when the same text arrives in new nodes', async () => {
    const { host, matcher, scanner } = setup(POST('a', '关于数字外交'));
    await scanner.start();
    const before = matcher.calls.length;
    const div = host.querySelector('.text') as Element;
    div.replaceChildren('关于', '数字外交');
    await scanner.flush();
    expect(matcher.calls.length).toBe(before);
    expect(painted()).toEqual(['数字外交']);
    expect(scanner.occurrences()[0]?.range.startContainer).toBe(div.lastChild);
  });

  it('picks up new posts and drops the ranges of removed ones', async () => {
    const { host, scanner, onUpdate } = setup(`<main id="feed">${POST('a', '数字外交')}</main>`);
    await scanner.start();
    const feed = host.querySelector('#feed') as Element;
    const parsed = html(POST('b', '网络外交和digital diplomacy'));
    feed.append(...parsed.childNodes);
    await scanner.flush();
    expect(painted()).toEqual(['数字外交', '网络外交', 'digital diplomacy']);
    host.querySelector('#a')?.remove();
    await scanner.flush();
    expect(painted()).toEqual(['网络外交', 'digital diplomacy']);
    expect(scanner.countsByConcept().get('数字外交')).toBeUndefined();
    expect(onUpdate).toHaveBeenCalledTimes(3);
  });

  it('ignores its own UI nodes', async () => {
    const { host, matcher, scanner, onUpdate } = setup(POST('a', '数字外交'));
    await scanner.start();
    const before = matcher.calls.length;
    const ui = document.createElement('div');
    ui.setAttribute('data-diplolens-ui', '');
    ui.textContent = '数字外交 (DiploLens)';
    host.querySelector('.text')?.append(ui);
    await scanner.flush();
    expect(matcher.calls.length).toBe(before);
    expect(painted()).toEqual(['数字外交']);
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('rescan re-matches everything; stop clears the highlight', async () => {
    const { matcher, scanner } = setup(POST('a', '数字外交'));
    await scanner.start();
    const before = matcher.calls.length;
    await scanner.rescan();
    expect(matcher.calls.length).toBe(before * 2);
    expect(painted()).toEqual(['数字外交']);
    scanner.stop();
    expect(painted()).toEqual([]);
  });

  it('checks visibility only for blocks with terms, and paints nothing in invisible ones', async () => {
    const host = html('<p id="a">数字外交</p><p id="b">没有术语</p><p id="c">网络外交</p>');
    const checked: string[] = [];
    for (const p of host.querySelectorAll('p')) {
      Object.defineProperty(p, 'checkVisibility', {
        configurable: true,
        value: () => {
          checked.push(p.id);
          return p.id !== 'c' && !p.classList.contains('folded');
        },
      });
    }
    scanner = createPageScanner({
      root: host,
      matcher: fakeMatcher(WORDS),
      painter: createTermPainter(),
      schedule: () => {},
      slicing: { yieldFn: async () => {} },
    });
    await scanner.start();
    expect(painted()).toEqual(['数字外交']);
    expect(checked.sort()).toEqual(['a', 'c']);
    expect(scanner.countsByConcept().get('网络外交')).toBeUndefined();
    // A painted block folded away (class change) and then touched is dropped.
    const a = host.querySelector('#a') as Element;
    a.classList.add('folded');
    a.append(document.createElement('i'));
    await scanner.flush();
    expect(painted()).toEqual([]);
  });

  it('skips blocks refused by blockFilter and survives a throwing matcher', async () => {
    const host = html(`${POST('a', '数字外交')}<p id="boom">网络外交</p>`);
    const base = fakeMatcher(WORDS);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    scanner = createPageScanner({
      root: host,
      matcher: {
        findAll: (t) => {
          if (t.includes('网络')) throw new Error('matcher bug');
          return base.findAll(t);
        },
      },
      painter: createTermPainter(),
      blockFilter: (b) => b.localName !== 'header',
      schedule: () => {},
      slicing: { yieldFn: async () => {} },
    });
    await scanner.start();
    expect(painted()).toEqual(['数字外交']);
    expect(base.calls).toEqual(['数字外交']);
    expect(warn).toHaveBeenCalled();
  });
});

describe('createPageScanner: blocks in view first', () => {
  it('paints the blocks under the viewport before walking the page, and paints every block once', async () => {
    const markup =
      `${Array.from({ length: 60 }, (_, i) => `<p id="p${i}">第${i}段：<b>数字外交</b></p>`).join('')}` +
      '<div aria-hidden="true"><p id="hidden">网络外交</p></div>';
    const painter = createTermPainter();
    const order: string[] = [];
    const setBlock = painter.setBlock.bind(painter);
    painter.setBlock = (block, ranges) => {
      order.push(block.id);
      setBlock(block, ranges);
    };
    const host = html(markup);
    scanner = createPageScanner({
      root: host,
      matcher: fakeMatcher(WORDS),
      painter,
      schedule: () => {},
      slicing: { yieldFn: async () => {}, budgetMs: 0 },
    });
    // The page has painted, and the reader has scrolled down it.
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 1200 });
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) =>
      type === 'paint' ? [{ name: 'first-paint' } as PerformanceEntry] : [],
    );
    // Rows 8, 48, 88 … of the viewport land on paragraphs 40, 41 and the aria-hidden one (painted nowhere).
    const under = ['p40', 'p41', 'hidden'];
    vi.spyOn(document, 'elementFromPoint').mockImplementation((_x, y) => {
      const id = under[Math.floor(y / 40)];
      return id ? host.querySelector(`#${id}`) : null;
    });
    await scanner.start();
    delete (window as { scrollY?: number }).scrollY;
    // The blocks in view, then the walk over the rest in document order.
    expect(order.slice(0, 3)).toEqual(['p40', 'p41', 'p0']);
    expect([...order].sort()).toEqual(Array.from({ length: 60 }, (_, i) => `p${i}`).sort());
    expect(painted()).toHaveLength(60);
    expect(scanner.countsByConcept().get('网络外交')).toBeUndefined();
  });
});

describe('createPageScanner on Weibo-like markup', () => {
  // Shape of a post on weibo.com's feed (class names as seen in 2024-25; only the structure matters here).
  const WEIBO = `
    <article class="woo-panel-main Feed_wrap_3v9LH">
      <header class="woo-box-flex"><div class="head_nick_1yix2"><a><span>美国驻华大使馆</span></a></div>
        <div class="head-info_info_2AspQ"><a class="head-info_time_6sFQg">3分钟前</a> 来自 微博网页版</div></header>
      <div class="wbpro-feed-content"><div class="detail_text_1U10O"><div class="detail_wbtext_4CRf9">
        <a href="//s.weibo.com/weibo?q=%23数字外交%23"><span class="expand">#数字外交#</span></a>
        今天，大使与网友交流了网络<img alt="[心]" title="[心]" src="data:,">外交和数字<br>主权。<span class="expand">展开</span>
      </div></div></div>
      <footer><span class="woo-pop-wrap"><span>转发 12</span></span><svg><text>数字外交</text></svg></footer>
    </article>`;

  it('finds the topic term, not terms broken by an emoji or a line break, and follows a recycled slot', async () => {
    const { host, scanner, matcher } = setup(WEIBO);
    await scanner.start();
    expect(painted()).toEqual(['数字外交']);
    const text = host.querySelector('.detail_wbtext_4CRf9') as Element;
    const span = document.createElement('span');
    span.textContent = '数字主权';
    text.replaceChildren('另一条：网络外交', document.createElement('br'), span);
    const calls = matcher.calls.length;
    await scanner.flush();
    expect(painted()).toEqual(['网络外交', '数字主权']);
    expect(matcher.calls.length).toBe(calls + 1);
  });

  it('processes mutations by itself on the next frame (default scheduling)', async () => {
    const host = html(WEIBO);
    const matcher = fakeMatcher(WORDS);
    scanner = createPageScanner({ root: host, matcher, painter: createTermPainter() });
    await scanner.start();
    const text = host.querySelector('.detail_wbtext_4CRf9') as Element;
    text.replaceChildren('换成数字主权');
    await vi.waitFor(() => expect(painted()).toEqual(['数字主权']));
  });
});

describe('createPageScanner with the wrapping fallback', () => {
  it('wraps, follows a recycled slot, and leaves the page as it was on stop', async () => {
    const painter = createTermPainter('diplolens-term', { forceWrap: true });
    const { host, matcher, scanner } = setup(POST('a', '推进<a>数字</a>外交。'), { painter });
    await scanner.start();
    const div = host.querySelector('.text') as Element;
    expect([...div.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent)).toEqual(['数字', '外交']);
    const calls = matcher.calls.length;
    // Our own wrapping mutations do not trigger another pass.
    await scanner.flush();
    expect(matcher.calls.length).toBe(calls);
    div.replaceChildren('网络外交与数字主权');
    await scanner.flush();
    expect([...div.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent)).toEqual(['网络外交', '数字主权']);
    expect(scanner.occurrences().map((o) => o.range.toString())).toEqual(['网络外交', '数字主权']);
    scanner.stop();
    expect(div.querySelector(WRAPPER_TAG)).toBeNull();
    expect(div.childNodes.length).toBe(1);
    expect(div.textContent).toBe('网络外交与数字主权');
    painter.dispose();
  });
});
