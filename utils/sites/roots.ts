/**
 * Anchor roots: what a saved highlight's offsets are relative to — each post's text on a site with posts (found
 * again by its id wherever a recycled list renders it), else the page's article. Site-neutral: the adapter says
 * where posts and articles are.
 */
import type { AnchorRoot, PostContext } from '../notes/types';
import { normalizeUrl } from '../notes/url';
import type { SiteAdapter } from './types';

export interface RootInfo {
  /** The element whose text the offsets count in. */
  element: Element;
  root: AnchorRoot;
  /** The URL notes made in this root are stored under: the post's permalink, or the page's normalised URL. */
  url: string;
  context?: PostContext;
}

export function postRootInfo(adapter: SiteAdapter, textRoot: Element, href: string): RootInfo | null {
  const context = adapter.postContext(textRoot, href);
  if (!context) return null;
  return {
    element: textRoot,
    root: { kind: 'post', platform: context.platform, postId: context.postId },
    url: context.permalink,
    context,
  };
}

export function articleRootInfo(adapter: SiteAdapter, doc: Document, href: string): RootInfo | null {
  const element = adapter.articleRoot(doc);
  if (!element) return null;
  const info: RootInfo = { element, root: { kind: 'page' }, url: normalizeUrl(href) };
  const context = adapter.articleContext?.(doc, href);
  if (context) info.context = context;
  return info;
}

/**
 * Every anchor root now in the document: the posts (`postRoots`, which callers that also query them for other
 * features pass memoised, so one page change costs one query), then the article, if the site has one.
 */
export function currentRoots(
  adapter: SiteAdapter,
  doc: Document,
  href: string,
  postRoots: () => readonly Element[] = () => adapter.postRoots(doc),
): RootInfo[] {
  const out: RootInfo[] = [];
  for (const el of postRoots()) {
    const info = postRootInfo(adapter, el, href);
    if (info) out.push(info);
  }
  const article = articleRootInfo(adapter, doc, href);
  if (article) out.push(article);
  return out;
}

/**
 * The root a selection belongs to: the post holding both its ends, else the article holding it; null when it
 * straddles two posts or lies outside any root (a highlight must stay inside one).
 */
export function rootForRange(adapter: SiteAdapter, range: Range, doc: Document, href: string): RootInfo | null {
  for (const el of adapter.postRoots(doc)) {
    if (el.contains(range.startContainer) && el.contains(range.endContainer)) return postRootInfo(adapter, el, href);
  }
  // A selection that starts or ends in a post (and not wholly inside it) is not the article's.
  const article = adapter.articleRoot(doc);
  if (!article?.contains(range.commonAncestorContainer)) return null;
  for (const el of adapter.postRoots(doc)) {
    if (el.contains(range.startContainer) || el.contains(range.endContainer)) return null;
  }
  return articleRootInfo(adapter, doc, href);
}

export function rootKey(root: AnchorRoot): string {
  return root.kind === 'post' ? `post:${root.platform}:${root.postId}` : 'page';
}
