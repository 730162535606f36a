/**
 * The one seam for sites. Each site DiploLens reads is an adapter (a folder under utils/sites/) that knows its
 * hosts, where its posts are, and what each post's context is; nothing outside the adapters asks which site a page
 * is. The content app works with the adapter `adapterFor(location)` returns (registry.ts).
 */
import type { Bilingual } from '../concepts/types';
import type { Platform, PostContext } from '../notes/types';

/** What the popup calls the page: a list of posts, one post, or an article. */
export type PageKind = 'timeline' | 'post' | 'article';

export interface SiteAdapter {
  /** Stable id (the folder name): 'weibo', 'm-weibo', 'x', 'wechat', 'mfa', 'article' … */
  readonly id: string;
  /** Where its posts are published, as stored in a note's context. */
  readonly platform: Platform;
  /** Shown in the popup ("Weibo", "微博"). */
  readonly name: Bilingual;
  /**
   * Match patterns of the hosts DiploLens runs on by itself for this site (manifest host_permissions and the
   * content script's matches are built from these). Empty for the generic article adapter.
   */
  readonly matches: readonly string[];
  /** Whether this adapter reads the page at `url` (the registry asks each in order; the article adapter is last). */
  handles(url: URL): boolean;
  /**
   * Every post's text block under `root`, outermost only, in document order — a quoted or reposted post's text is
   * its own block. Empty on a site without posts.
   */
  postRoots(root: ParentNode): Element[];
  /**
   * The context of the post a text block (from `postRoots`) belongs to: author, account, mission, time, permalink,
   * and the quoted post (or, for a quoted block, the post quoting it). Null when the page does not show enough to
   * identify the post (its author).
   */
  postContext(postRoot: Element, href: string, now?: Date): PostContext | null;
  /**
   * Where notes outside posts anchor (the article's text), or null where notes live only inside posts.
   * Also the context of that article, when the page says who published it and when.
   */
  articleRoot(doc: Document): Element | null;
  articleContext?(doc: Document, href: string): PostContext | null;
  /** What the popup calls this page, given the posts on it. */
  pageKind(url: URL, postRoots: readonly Element[]): PageKind;
  /** The element showing a post's author name (a mission badge is drawn after it, inside the post). */
  authorElement(postRoot: Element): Element | null;
  /** The post's card: the box a badge must stay inside. */
  postCard(postRoot: Element): Element | null;
  /**
   * The row the author's name sits in, when it is not the name's parent (optional): a badge goes after what that row
   * draws on the name's line (WeChat's meta line: account name, then time and place).
   */
  authorRow?(postRoot: Element): Element | null;
  /**
   * The concept a mission badge's card explains (optional; 'public-socializing-of-governments' — foreign
   * governments' accounts in China — when absent).
   */
  readonly badgeConcept?: string;
}
