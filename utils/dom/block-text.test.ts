import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pointToOffset, rangeFor, readBlockText } from './block-text';
import { fakeMatcher, html } from './test-helpers';

afterEach(() => {
  document.body.replaceChildren();
});

function first(host: Element, selector: string): Element {
  const el = host.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

describe('readBlockText', () => {
  it('joins inline elements so a term split across <a>/<span> is one run', () => {
    const p = first(html('<p>我们研究<a href="#">数字</a><span>外<b>交</b></span>的实践</p>'), 'p');
    const bt = readBlockText(p);
    expect(bt.text).toBe('我们研究数字外交的实践');
    const [m] = fakeMatcher(['数字外交']).findAll(bt.text);
    expect(m).toBeDefined();
    const range = m ? rangeFor(bt, m.start, m.end) : null;
    expect(range?.toString()).toBe('数字外交');
    expect(range?.startContainer.parentElement?.localName).toBe('a');
    expect(range?.endContainer.parentElement?.localName).toBe('b');
    expect(range?.endOffset).toBe(1);
  });

  it('reads a #topic# link as part of the post text', () => {
    const div = first(html('<div>转发 <a href="/t"><span>#数字外交#</span></a> 很好</div>'), 'div div');
    expect(readBlockText(div).text).toBe('转发 #数字外交# 很好');
  });

  it.each([
    ['an emoji image', '数字<img alt="[笑]" src="x.png">外交'],
    ['a <br>', '数字<br>外交'],
    ['a nested block', '数字<p>外交</p>'],
    ['an svg icon', '数字<svg><text>x</text></svg>外交'],
  ])('ends a run at %s so no term matches across it', (_name, inner) => {
    const div = first(html(`<div>${inner}</div>`), 'div div');
    const bt = readBlockText(div);
    expect(bt.text.startsWith('数字')).toBe(true);
    expect(bt.text).not.toContain('数字外交');
    expect(fakeMatcher(['数字外交']).findAll(bt.text)).toEqual([]);
  });

  it('excludes a nested block’s text (it is a block of its own)', () => {
    const div = first(html('<div>前<p>中间</p>后</div>'), 'div div');
    expect(readBlockText(div).text).toBe('前\n后');
  });

  it.each([
    ['script', '<script>数字外交</script>'],
    ['style', '<style>.数字外交{}</style>'],
    ['noscript', '<noscript>数字外交</noscript>'],
    ['template', '<template>数字外交</template>'],
    ['textarea', '<textarea>数字外交</textarea>'],
    ['select', '<select><option>数字外交</option></select>'],
    ['contenteditable', '<span contenteditable="true">数字外交</span>'],
    ['contenteditable (empty value)', '<span contenteditable>数字外交</span>'],
    ['contenteditable plaintext-only', '<span contenteditable="plaintext-only">数字外交</span>'],
    ['aria-hidden in capitals', '<span aria-hidden="TRUE">数字外交</span>'],
    ['DISPLAY:NONE in capitals', '<span style="DISPLAY:NONE">数字外交</span>'],
    ['code', '<code>数字外交</code>'],
    ['pre', '<pre>数字外交</pre>'],
    ['svg', '<svg><text>数字外交</text></svg>'],
    ['hidden', '<span hidden>数字外交</span>'],
    ['aria-hidden', '<span aria-hidden="true">数字外交</span>'],
    ['inline display:none', '<span style="color: red; display: none">数字外交</span>'],
    ['our own UI', '<span data-diplolens-ui="">数字外交</span>'],
  ])('skips %s', (_name, inner) => {
    const p = first(html(`<div>开头${inner}结尾</div>`), 'div div');
    const bt = readBlockText(p);
    expect(bt.text).not.toContain('数字外交');
    expect(bt.text.replace('\n', '')).toBe('开头结尾');
  });

  it('lets a hidden inline element vanish without breaking the run', () => {
    const p = first(html('<p>数字<span hidden>xx</span>外交</p>'), 'p');
    expect(readBlockText(p).text).toBe('数字外交');
  });

  it('keeps contenteditable="false", aria-hidden="false" and text-decoration:none text', () => {
    const p = first(
      html(
        '<p><span contenteditable="false">数字</span><span aria-hidden="false">外</span><a style="text-decoration: none">交</a></p>',
      ),
      'p',
    );
    expect(readBlockText(p).text).toBe('数字外交');
  });

  it('reads an invisible block as empty (one checkVisibility call per block)', () => {
    const p = first(html('<p>数字<span>外交</span></p>'), 'p');
    const spy = vi.fn(() => false);
    Object.defineProperty(p, 'checkVisibility', { value: spy, configurable: true });
    expect(readBlockText(p).text).toBe('');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(readBlockText(p, { checkVisibility: false }).text).toBe('数字外交');
  });
});

describe('rangeFor', () => {
  it('covers exactly the requested characters, trimming virtual separators', () => {
    const p = first(html('<p>ab<a>cd</a><img>ef<br><span>g</span></p>'), 'p');
    const bt = readBlockText(p);
    expect(bt.text).toBe('abcd\nef\ng');
    expect(rangeFor(bt, 1, 3)?.toString()).toBe('bc');
    expect(rangeFor(bt, 3, 7)?.toString()).toBe('def');
    expect(rangeFor(bt, 3, 6)?.toString()).toBe('de');
    expect(rangeFor(bt, 4, 5)).toBeNull(); // only the virtual "\n"
    expect(rangeFor(bt, 2, 2)).toBeNull();
    const r = rangeFor(bt, 4, 6);
    expect(r?.toString()).toBe('e');
    expect(r?.startOffset).toBe(0);
    expect(rangeFor(bt, 0, bt.text.length)?.toString()).toBe('abcdefg');
  });

  it('matches text.slice for every span of random inline markup (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('<img>', '<br>', '<b></b>'),
      fc.stringMatching(/^[a-z数字外交]{1,4}$/),
      fc.stringMatching(/^[a-z数字外交]{1,3}$/).map((s) => `<span>${s}</span>`),
      fc.stringMatching(/^[a-z]{1,3}$/).map((s) => `<a><i>${s}</i>x</a>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        document.body.replaceChildren();
        const p = first(html(`<p>${pieces.join('')}</p>`), 'p');
        const bt = readBlockText(p);
        for (let s = 0; s < bt.text.length; s++) {
          for (let e = s + 1; e <= bt.text.length; e++) {
            const want = bt.text.slice(s, e).replaceAll('\n', '');
            const got = rangeFor(bt, s, e);
            if (want === '') expect(got).toBeNull();
            else expect(got?.toString()).toBe(want);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('pointToOffset', () => {
  it('maps text and element points into the block text', () => {
    const p = first(html('<p>ab<a>cd</a><img>ef</p>'), 'p');
    const bt = readBlockText(p);
    const a = first(p, 'a');
    expect(pointToOffset(bt, a.firstChild as Node, 1)).toBe(3);
    expect(pointToOffset(bt, p, 1)).toBe(2); // before <a>
    expect(pointToOffset(bt, p, 3)).toBe(5); // after <img>: "ef"
    expect(pointToOffset(bt, document.body, 0)).toBe(-1);
    expect(pointToOffset(bt, document.createTextNode('x'), 0)).toBe(-1);
  });
});
