import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readBlockText } from './block-text';
import { blockWalkIntact, restartBlockWalk, startBlockWalk, stepBlockWalk, type WalkedBlock } from './block-walk';
import { classifierFor, collectBlocks } from './blocks';
import { html } from './test-helpers';

afterEach(() => {
  document.body.replaceChildren();
});

interface Read {
  block: Element;
  text: string;
  nodes: Text[];
  starts: number[];
}

const copy = (w: WalkedBlock): Read => ({ block: w.block, text: w.text, nodes: [...w.nodes], starts: [...w.starts] });

/** The fused walk's blocks, sorted into document order (it finishes inner blocks first). */
function walked(root: Element, sliceEvery = Number.POSITIVE_INFINITY, fast = false): Read[] {
  const out: Read[] = [];
  const walk = startBlockWalk(root, fast ? { classify: classifierFor(root) } : {});
  let steps = 0;
  while (
    !stepBlockWalk(
      walk,
      (w) => out.push(copy(w)),
      () => ++steps % sliceEvery === 0,
    )
  ) {
    // resumed as a scanner does after yielding
  }
  return out.sort((a, b) => (a.block.compareDocumentPosition(b.block) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** What collecting the blocks and then reading each gives. */
function separately(root: Element): Read[] {
  return collectBlocks(root).map((block) => {
    const bt = readBlockText(block, { checkVisibility: false });
    return { block, text: bt.text, nodes: bt.nodes, starts: bt.starts };
  });
}

describe('the fused block walk', () => {
  it('reads blocks, nested blocks, breaks and skipped subtrees as collectBlocks + readBlockText do', () => {
    const host = html(`
      <div id="wrap">outer <b>bold</b><p>inner <a>link</a><br>after break</p> tail of outer
        <section>   <div id="inner"><span>只有行内</span><img alt="x">图后</div></section>
        <p>隐<span hidden>藏</span>文<script>x</script>字<svg><text>no</text></svg>续</p>
        <div data-diplolens-ui>ours</div><ul><li>一</li><li>二<!-- c -->三</li></ul>
        <div style="display: none">gone</div><p aria-hidden="true">aria</p><p contenteditable>edit</p>
      </div>`);
    const fused = walked(host);
    expect(fused.map((r) => r.text)).toEqual(separately(host).map((r) => r.text));
    expect(fused).toEqual(separately(host));
    expect(walked(host, 3, true)).toEqual(separately(host));
  });

  it('treats the root as a block whatever its tag, and walks under a skipped root', () => {
    const span = html('<span>根<b>文字</b><p>段</p>尾</span>').firstElementChild as Element;
    expect(walked(span)).toEqual(separately(span));
    const hidden = html('<div hidden>不算<p>算</p></div>').firstElementChild as Element;
    expect(walked(hidden).map((r) => r.text)).toEqual(['算']);
    expect(walked(hidden)).toEqual(separately(hidden));
  });

  it('agrees with collectBlocks + readBlockText on random markup, in any slicing (property)', () => {
    const leaf = fc.constantFrom('数字外交', '  ', 'text ', '\n', '外交', 'a', '');
    const tag = fc.constantFrom('div', 'p', 'span', 'a', 'b', 'li', 'section', 'br', 'img', 'script', 'svg', 'code');
    const attr = fc.constantFrom('', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' class="x"');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tag, attr, fc.array(tie('node'), { maxLength: 4 }))
          .map(([t, a, kids]) => (t === 'br' || t === 'img' ? `<${t}${a}>` : `<${t}${a}>${kids.join('')}</${t}>`)),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 1, max: 9 }), (parts, every) => {
        document.body.replaceChildren();
        const host = html(`<div id="root">${parts.join('')}</div>`).firstElementChild as Element;
        const expected = separately(host);
        expect(walked(host)).toEqual(expected);
        expect(walked(host, every, true)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('restarts past the finished blocks when the page removes the node it paused on', () => {
    const host = html(
      `<div id="r">${Array.from({ length: 30 }, (_, i) => `<p id="p${i}">段${i}<b>粗</b></p>`).join('')}</div>`,
    ).firstElementChild as Element;
    const out: string[] = [];
    let walk = startBlockWalk(host);
    let removed = false;
    let restarts = 0;
    // Pauses every 64 nodes.
    while (
      !stepBlockWalk(
        walk,
        (w) => out.push(w.block.id),
        () => true,
      )
    ) {
      if (!removed) {
        // The page replaces the paragraph the walk is paused in.
        const at = walk.node;
        const el = at instanceof Element ? at : at?.parentElement;
        el?.closest('p')?.replaceWith(Object.assign(document.createElement('p'), { id: 'new', textContent: '新' }));
        removed = true;
      }
      if (!blockWalkIntact(walk)) {
        walk = restartBlockWalk(walk);
        restarts++;
      }
    }
    expect(restarts).toBe(1);
    // Every paragraph once (the replaced one is gone, its replacement read), none twice.
    expect(new Set(out).size).toBe(out.length);
    expect(out).toContain('new');
    expect(out.length).toBe(31 - 1 + (out.includes('r') ? 1 : 0));
  });
});
