import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks, createBlockResolver } from './blocks';
import { html } from './test-helpers';

afterEach(() => {
  document.body.replaceChildren();
});

const describeBlock = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}`;

describe('collectBlocks', () => {
  it('finds listed block tags and divs with their own text, in document order', () => {
    const host = html(`
      <div id="wrap">
        <h2>标题</h2>
        <div id="post"><a>@美国驻华大使馆</a> 今天谈<span>数字外交</span><img alt="[心]"></div>
        <ul><li>一</li><li>二</li></ul>
        <section id="empty">   <div id="inner"><span>只有行内</span></div></section>
        <table><tr><td>格</td><th>头</th></tr></table>
        <label>标签</label>
      </div>`);
    expect(collectBlocks(host).map(describeBlock)).toEqual([
      'h2',
      'div#post',
      'li',
      'li',
      'div#inner',
      'td',
      'th',
      'label',
    ]);
  });

  it('orders an ancestor block before its nested block even when its own text comes later', () => {
    const host = html('<div id="outer"><p>先</p>后来的文字</div>');
    expect(collectBlocks(host).map(describeBlock)).toEqual(['div#outer', 'p']);
  });

  it('skips hidden subtrees, scripts and our UI', () => {
    const host = html(`
      <div hidden><p>隐藏</p></div>
      <div aria-hidden="true"><p>读屏隐藏</p></div>
      <div data-diplolens-ui=""><p>我们的界面</p></div>
      <div style="display:none"><p>不显示</p></div>
      <script>var x = "脚本";</script>
      <pre>代码</pre>
      <p id="ok">正文</p>`);
    expect(collectBlocks(host).map(describeBlock)).toEqual(['p#ok']);
  });

  it('does not count whitespace-only text as a block’s own text', () => {
    const host = html('<div id="a">\n   <p>x</p>\n</div>');
    expect(collectBlocks(host).map(describeBlock)).toEqual(['p']);
  });
});

describe('createBlockResolver', () => {
  it('climbs inline ancestors to the nearest block, and returns null inside skipped subtrees', () => {
    const host = html('<p id="p"><a><b>x</b></a></p><div hidden><span>y</span></div>');
    const resolver = createBlockResolver(document.body);
    const b = host.querySelector('b');
    const span = host.querySelector('span');
    expect(b && resolver.blockOfElement(b)?.id).toBe('p');
    expect(b?.firstChild && resolver.blockOfText(b.firstChild as Text)?.id).toBe('p');
    expect(span && resolver.blockOfElement(span)).toBeNull();
  });
});
