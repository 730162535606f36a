/**
 * Anchor roots: what a saved highlight's offsets are relative to. On Weibo, each post's text block (found again by
 * its mblogid wherever the recycled timeline renders it); elsewhere the page's article.
 */

import type { AnchorRoot, WeiboContext } from '../../utils/notes/types';
import { normalizeUrl } from '../../utils/notes/url';
import { findPostTextRoots, postOf, readPostContext } from '../../utils/sites/weibo/post';

export interface RootInfo {
  element: Element;
  root: AnchorRoot;
  /** The URL notes made in this root are stored under. */
  url: string;
  weibo?: WeiboContext;
}

/**
 * An article's root is <body>: page layouts differ too much for a narrower guess to be stable across visits,
 * and the quote with its context re-anchors whatever the navigation around it does.
 */
export function articleRoot(doc: Document = document): Element {
  return doc.body;
}

export function weiboRootInfo(textRoot: Element, href: string): RootInfo | null {
  const post = postOf(textRoot);
  if (!post) return null;
  const ctx = readPostContext(post, { href });
  if (!ctx) return null;
  return {
    element: textRoot,
    root: { kind: 'weibo-post', mblogid: ctx.mblogid },
    url: ctx.permalink || normalizeUrl(href),
    weibo: ctx,
  };
}

/**
 * Every anchor root currently in the document. `postRoots` lists the Weibo post text roots; callers that query
 * them for other features pass a shared, memoised list so one page change costs one query.
 */
export function currentRoots(
  doc: Document,
  isWeibo: boolean,
  href: string,
  postRoots: () => readonly Element[] = () => findPostTextRoots(doc),
): RootInfo[] {
  if (isWeibo) {
    const out: RootInfo[] = [];
    for (const el of postRoots()) {
      const info = weiboRootInfo(el, href);
      if (info) out.push(info);
    }
    return out;
  }
  return [{ element: articleRoot(doc), root: { kind: 'page' }, url: normalizeUrl(href) }];
}

/** The root a selection belongs to; null when it straddles two posts (a highlight must stay inside one). */
export function rootForRange(range: Range, isWeibo: boolean, href: string, doc: Document = document): RootInfo | null {
  if (isWeibo) {
    for (const el of findPostTextRoots(doc)) {
      if (el.contains(range.startContainer) && el.contains(range.endContainer)) return weiboRootInfo(el, href);
    }
    return null;
  }
  const root = articleRoot(doc);
  return root.contains(range.commonAncestorContainer)
    ? { element: root, root: { kind: 'page' }, url: normalizeUrl(href) }
    : null;
}

export function rootKey(root: AnchorRoot): string {
  return root.kind === 'weibo-post' ? `weibo:${root.mblogid}` : 'page';
}
