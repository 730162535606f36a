import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rangeFor, readBlockText } from './block-text';
import { createHighlightRegistry, createTermPainter, cssFor, WRAPPER_TAG } from './painter';
import { type FakeHighlightRegistry, html, installFakeHighlights } from './test-helpers';

function rangesFor(block: Element, spans: Array<[number, number]>): Range[] {
  const bt = readBlockText(block, { checkVisibility: false });
  return spans.map(([s, e]) => {
    const r = rangeFor(bt, s, e);
    if (!r) throw new Error(`no range ${s}-${e}`);
    return r;
  });
}

function sheetText(): string {
  const adopted = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
  const styles = [...document.querySelectorAll('style[data-diplolens-ui]')].map((s) => s.textContent).join('\n');
  return adopted + styles;
}

afterEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

describe('createTermPainter with the Highlight API', () => {
  let registry: FakeHighlightRegistry;
  let uninstall: () => void;
  beforeEach(() => {
    ({ registry, uninstall } = installFakeHighlights());
  });
  afterEach(() => uninstall());

  it('keeps one registered highlight with every block’s ranges, replaced per block', () => {
    const host = html('<p>数字外交与网络外交</p><p>数字主权</p>');
    const p1 = host.querySelector('p:first-child') as Element;
    const p2 = host.querySelector('p:last-child') as Element;
    const painter = createTermPainter();
    expect(painter.mode).toBe('highlight');
    const h = registry.get('diplolens-term');
    expect(h).toBeDefined();
    const a = rangesFor(p1, [
      [0, 4],
      [5, 9],
    ]);
    const b = rangesFor(p2, [[0, 4]]);
    painter.setBlock(p1, a);
    painter.setBlock(p2, b);
    expect(h?.size).toBe(3);
    const a2 = rangesFor(p1, [[5, 9]]);
    painter.setBlock(p1, a2);
    expect(h?.size).toBe(2);
    expect([...(h ?? [])].map((r) => (r as Range).toString()).sort()).toEqual(['数字主权', '网络外交']);
    expect(painter.rangesOf(p1)).toEqual(a2);
    painter.clearBlock(p2);
    expect(h?.size).toBe(1);
    expect(painter.rangesOf(p2)).toEqual([]);
    painter.clearAll();
    expect(h?.size).toBe(0);
    // The page's DOM is untouched.
    expect(host.querySelector(WRAPPER_TAG)).toBeNull();
    painter.dispose();
    expect(registry.has('diplolens-term')).toBe(false);
  });

  it('injects one ::highlight stylesheet without adding nodes to the page, removed on dispose', () => {
    const before = document.head.childNodes.length;
    const style = { kind: 'background', color: 'yellow' } as const;
    const painter = createTermPainter('diplolens-term', { style });
    expect(document.adoptedStyleSheets.length).toBe(0); // nothing until asked (see ensureStyle)
    painter.ensureStyle();
    painter.ensureStyle();
    // happy-dom's CSS parser drops ::highlight rules, so check the text we hand it and that one sheet was adopted.
    expect(cssFor('diplolens-term', style)).toMatch(/::highlight\(diplolens-term\) \{ background-color: yellow; \}/);
    expect(document.adoptedStyleSheets.length).toBe(1);
    expect(sheetText()).toContain('yellow');
    expect(document.head.childNodes.length).toBe(before);
    painter.dispose();
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('createHighlightRegistry creates named highlights on demand with a priority', () => {
    const handle = createHighlightRegistry();
    expect(handle.supported).toBe(true);
    const y = handle.get('diplolens-note-yellow', 2);
    expect(registry.get('diplolens-note-yellow')).toBe(y);
    expect(y?.priority).toBe(2);
    expect(handle.get('diplolens-note-yellow')).toBe(y);
    handle.delete('diplolens-note-yellow');
    expect(registry.has('diplolens-note-yellow')).toBe(false);
    handle.get('diplolens-note-green');
    handle.dispose();
    expect(registry.size).toBe(0);
  });
});

describe('createTermPainter fallback (no CSS.highlights)', () => {
  it('reports unsupported and wraps occurrences in <diplolens-term>, also across nodes', () => {
    expect(createHighlightRegistry().supported).toBe(false);
    const host = html('<p>我们<a>数字</a>外交和网络外交吧</p>');
    const p = host.querySelector('p') as Element;
    const painter = createTermPainter();
    expect(painter.mode).toBe('wrap');
    painter.setBlock(
      p,
      rangesFor(p, [
        [2, 6],
        [7, 11],
      ]),
    );
    const wrapped = [...p.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent);
    expect(wrapped).toEqual(['数字', '外交', '网络外交']);
    expect(p.textContent).toBe('我们数字外交和网络外交吧');
    expect(painter.isOwnNode(p.querySelector(WRAPPER_TAG) as Element)).toBe(true);
    painter.dispose();
  });

  it('unwraps cleanly: same text nodes count and the original node keeps its identity', () => {
    const host = html('<p>前文数字外交中间网络外交后文</p>');
    const p = host.querySelector('p') as Element;
    const original = p.firstChild;
    const painter = createTermPainter();
    painter.setBlock(
      p,
      rangesFor(p, [
        [2, 6],
        [8, 12],
      ]),
    );
    expect(p.childNodes.length).toBeGreaterThan(1);
    painter.clearBlock(p);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(original);
    expect(p.textContent).toBe('前文数字外交中间网络外交后文');
    painter.ensureStyle();
    expect(sheetText()).toContain(WRAPPER_TAG);
    painter.dispose();
    expect(sheetText()).not.toContain(WRAPPER_TAG);
  });
});
