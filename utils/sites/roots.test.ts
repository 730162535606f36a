import { afterEach, describe, expect, it } from 'vitest';
import type { PostContext } from '../notes/types';
import { articleRootInfo, currentRoots, postRootInfo, rootForRange, rootKey } from './roots';
import type { SiteAdapter } from './types';

/** A tiny site: posts are <section data-post="id"> with a <p> of text; the article is <main>. */
function ctxOf(el: Element): PostContext | null {
  const id = el.closest('section')?.getAttribute('data-post');
  if (!id) return null;
  return {
    platform: 'x',
    postId: id,
    permalink: `https://x.com/a/status/${id}`,
    author: { name: 'A', id: 'a' },
  };
}

const adapter: SiteAdapter = {
  id: 'test',
  platform: 'x',
  name: { zh: '测试', en: 'Test' },
  matches: [],
  handles: () => true,
  postRoots: (root) => Array.from(root.querySelectorAll('section p')),
  postContext: (el) => ctxOf(el),
  articleRoot: (doc) => doc.querySelector('main'),
  articleContext: () => ({
    platform: 'web',
    postId: 'https://site.example/page',
    permalink: 'https://site.example/page',
    author: { name: 'Site', id: 'site.example' },
  }),
  pageKind: () => 'timeline',
  authorElement: () => null,
  postCard: () => null,
};

const HREF = 'https://site.example/page?utm_source=x#top';

function page(): void {
  document.body.innerHTML = '';
  const main = document.createElement('main');
  main.innerHTML =
    '<p id="intro">Intro text of the page.</p>' +
    '<section data-post="1"><p>First post text.</p></section>' +
    '<section data-post="2"><p>Second post text.</p></section>' +
    '<section><p>A post without an id.</p></section>';
  document.body.append(main);
}

function rangeOver(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

const textOf = (sel: string) => document.querySelector(sel)?.firstChild as Text;

afterEach(() => {
  document.body.replaceChildren();
});

describe('anchor roots', () => {
  it('keys roots by platform and post, or as the page', () => {
    expect(rootKey({ kind: 'post', platform: 'x', postId: '1' })).toBe('post:x:1');
    expect(rootKey({ kind: 'page' })).toBe('page');
  });

  it('finds every post with a context, then the article, stored under permalink and page URL', () => {
    page();
    const roots = currentRoots(adapter, document, HREF);
    expect(roots.map((r) => [r.root, r.url])).toEqual([
      [{ kind: 'post', platform: 'x', postId: '1' }, 'https://x.com/a/status/1'],
      [{ kind: 'post', platform: 'x', postId: '2' }, 'https://x.com/a/status/2'],
      [{ kind: 'page' }, 'https://site.example/page'],
    ]);
    expect(roots[2]?.context?.author.name).toBe('Site');
  });

  it('uses the memoised post roots it is given', () => {
    page();
    const only = [document.querySelector('section[data-post="2"] p') as Element];
    expect(currentRoots(adapter, document, HREF, () => only).map((r) => rootKey(r.root))).toEqual(['post:x:2', 'page']);
  });

  it('gives a selection inside one post to that post', () => {
    page();
    const t = textOf('section[data-post="2"] p');
    const info = rootForRange(adapter, rangeOver(t, 0, t, 6), document, HREF);
    expect(info?.root).toEqual({ kind: 'post', platform: 'x', postId: '2' });
    expect(info?.context?.postId).toBe('2');
  });

  it('gives a selection outside posts to the article, and none across two posts or a post and the article', () => {
    page();
    const intro = textOf('#intro');
    const first = textOf('section[data-post="1"] p');
    const second = textOf('section[data-post="2"] p');
    expect(rootForRange(adapter, rangeOver(intro, 0, intro, 5), document, HREF)?.root).toEqual({ kind: 'page' });
    expect(rootForRange(adapter, rangeOver(first, 0, second, 3), document, HREF)).toBeNull();
    expect(rootForRange(adapter, rangeOver(intro, 0, first, 3), document, HREF)).toBeNull();
  });

  it('has no root for a post whose author the page does not show, nor an article where the site has none', () => {
    page();
    const anon = document.querySelectorAll('section p')[2] as Element;
    expect(postRootInfo(adapter, anon, HREF)).toBeNull();
    expect(articleRootInfo({ ...adapter, articleRoot: () => null }, document, HREF)).toBeNull();
  });
});
