import { beforeEach, describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describe as describeText } from './describe';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets } from './text-index';

function mount(html: string): Element {
  const root = document.createElement('div');
  // Test fixture only (static markup), parsed inertly; production code never parses HTML.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  root.append(...Array.from(parsed.body.childNodes));
  document.body.append(root);
  return root;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('buildTextIndex', () => {
  it('concatenates text nodes in order, skipping script/style/noscript/textarea and our UI', () => {
    const root = mount(
      '<p>数字<b>外交</b>是</p><script>var x = 1</script><style>p{}</style><noscript>no</noscript>' +
        '<textarea>typed</textarea><span data-diplolens-ui="1">UI <i>inner</i></span><p>一种 practice 😀</p>',
    );
    const index = buildTextIndex(root);
    expect(index.text).toBe('数字外交是一种 practice 😀');
    expect(index.spans.map((s) => s.node.data)).toEqual(['数字', '外交', '是', '一种 practice 😀']);
  });

  it('handles a root without text', () => {
    const index = buildTextIndex(mount('<img alt="x">'));
    expect(index.text).toBe('');
    expect(rangeFromOffsets(index, 0, 1)).toBeNull();
  });
});

describe('rangeFromOffsets / offsetsFromRange', () => {
  it('builds a range across inline elements and reads it back', () => {
    const root = mount('<p>中国特色<em>数字</em><a href="#">外交</a>的实践</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('数字外交');
    const range = rangeFromOffsets(index, start, start + 4);
    expect(range?.toString()).toBe('数字外交');
    expect(range && offsetsFromRange(index, range)).toEqual({ start, end: start + 4 });
  });

  it('puts a boundary at a span edge into the next span (start) and the previous one (end)', () => {
    const root = mount('<span>ab</span><span>cd</span>');
    const index = buildTextIndex(root);
    const range = rangeFromOffsets(index, 2, 4);
    expect(range?.startContainer).toBe(index.spans[1]?.node);
    expect(range?.startOffset).toBe(0);
    const r2 = rangeFromOffsets(index, 0, 2);
    expect(r2?.endContainer).toBe(index.spans[0]?.node);
    expect(r2?.endOffset).toBe(2);
  });

  it('refuses out-of-bounds or empty offsets', () => {
    const index = buildTextIndex(mount('<p>abc</p>'));
    expect(rangeFromOffsets(index, 2, 2)).toBeNull();
    expect(rangeFromOffsets(index, -1, 2)).toBeNull();
    expect(rangeFromOffsets(index, 0, 4)).toBeNull();
  });

  it('reads ranges whose boundaries are elements, or outside the root', () => {
    const root = mount('<p id="a">one</p><p id="b">two</p><p id="c">three</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root, 1); // before <p id="b">
    range.setEnd(root, 2); // after it
    expect(offsetsFromRange(index, range)).toEqual({ start: 3, end: 6 });
    const whole = document.createRange();
    whole.setStart(document.body, 0);
    whole.setEnd(document.body, document.body.childNodes.length);
    expect(offsetsFromRange(index, whole)).toEqual({ start: 0, end: index.text.length });
  });

  it('skips text inside our UI when reading a selection', () => {
    const root = mount('<p>before</p><div data-diplolens-ui="1">UI</div><p>after</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    const ui = root.querySelector('[data-diplolens-ui]')?.firstChild;
    if (!ui) throw new Error('fixture');
    range.setStart(ui, 1);
    range.setEnd(root.lastChild?.firstChild ?? root, 3);
    expect(offsetsFromRange(index, range)).toEqual({ start: 6, end: 9 });
    expect(index.text.slice(6, 9)).toBe('aft');
  });

  it('round-trips a saved highlight after the page inserts content before it', () => {
    const root = mount('<p>美国驻华大使馆：<b>数字外交</b>是公共外交的延伸。</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('数字外交');
    const saved = describeText(index.text, start, start + 4);

    const root2 = mount('<div>置顶 · 3小时前</div><p>美国驻华大使馆：<b>数字外交</b>是公共外交的延伸。</p>');
    const index2 = buildTextIndex(root2);
    const m = anchor(index2.text, saved);
    expect(m?.status).toBe('anchored');
    const range = m && rangeFromOffsets(index2, m.start, m.end);
    expect(range?.toString()).toBe('数字外交');
  });
});
