/**
 * Reads a tweet's context from X's DOM: author (display name and handle), the mission behind it, its id, time and
 * permalink — for a tweet and for a tweet quoted inside it, whose words belong to the quoted author. A few scoped
 * queries per tweet; recognition is cached per account (the same few dozen authors recur down a timeline).
 */
import { type AccountRecognition, recognizeXAccount } from '../../missions/recognize';
import type { MissionInfo, PostRef } from '../../notes/types';
import { textKey } from '../text-key';
import { QUOTE_BLOCK, STATUS_LINK, TIME, TWEET, TWEET_TEXT, USER_NAME } from './selectors';
import { HANDLE, handleFromProfileHref, parseStatusHref, permalinkOf, profileUrlOf } from './urls';

const ELEMENT_NODE = 1;

function elementOf(node: Node): Element | null {
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** A role="link" block holding an author row: a quoted tweet (link preview cards hold none). */
function isQuoteBlock(el: Element): boolean {
  return el.matches(QUOTE_BLOCK) && el.querySelector(USER_NAME) !== null;
}

/** The quote block around `el` inside `article`, if any. */
function quoteAround(el: Element, article: Element): Element | null {
  for (let q = el.closest(QUOTE_BLOCK); q && article.contains(q); q = q.parentElement?.closest(QUOTE_BLOCK) ?? null) {
    if (q !== article && isQuoteBlock(q)) return q;
  }
  return null;
}

/**
 * The post a node belongs to: the quote block for a node inside a quoted tweet (its words are the quoted author's),
 * else the tweet's article.
 */
export function tweetOf(node: Node): Element | null {
  const el = elementOf(node);
  const article = el?.closest(TWEET);
  if (!el || !article) return null;
  return quoteAround(el, article) ?? article;
}

/** Elements under `post` that are its own, not a quoted tweet's inside it. */
export function ownElements(post: Element, selector: string): Element[] {
  const all = Array.from(post.querySelectorAll(selector));
  if (!post.matches(TWEET)) return all;
  return all.filter((el) => quoteAround(el, post) === null);
}

/** The quoted tweet inside a tweet, if it quotes one. */
export function quoteBlockOf(article: Element): Element | null {
  for (const q of Array.from(article.querySelectorAll(QUOTE_BLOCK))) {
    if (isQuoteBlock(q) && quoteAround(q.parentElement ?? q, article) === null) return q;
  }
  return null;
}

/** Text with emoji images read as their alt text (X draws emoji as <img alt="🇺🇸">). */
function textWithAlts(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === ELEMENT_NODE) {
      const e = n as Element;
      if (e.tagName === 'IMG') out += e.getAttribute('alt') ?? '';
      else for (const c of Array.from(e.childNodes)) walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

export interface Tweet {
  displayName: string;
  handle: string;
  /** The tweet id, or "<handle>:<hash of text>" when the page shows none (a quoted tweet without a link). */
  id: string;
  /** https://x.com/<handle>/status/<id>, or the author's profile when the page shows no id. */
  permalink: string;
  publishedAt?: string;
  mission?: MissionInfo;
}

const cache = new Map<string, AccountRecognition>();
function recognizeCached(name: string, handle: string): AccountRecognition {
  const key = `${handle}\u0000${name}`;
  let r = cache.get(key);
  if (!r) {
    if (cache.size >= 500) cache.clear();
    r = recognizeXAccount(name, handle);
    cache.set(key, r);
  }
  return r;
}

function authorOf(userName: Element): { displayName: string; handle: string } | null {
  let handle = '';
  for (const a of Array.from(userName.querySelectorAll('a[href]'))) {
    const h = handleFromProfileHref(a.getAttribute('href') ?? '');
    if (h) {
      handle = h;
      break;
    }
  }
  const text = textWithAlts(userName);
  if (!handle) handle = /@([A-Za-z0-9_]{1,15})\b/.exec(text)?.[1] ?? '';
  if (!HANDLE.test(handle)) return null;
  // The display name is the row's first part; without it, whatever precedes "@handle".
  const first = userName.firstElementChild;
  let displayName = first ? textWithAlts(first) : '';
  if (!displayName || displayName.includes(`@${handle}`)) displayName = text.split(`@${handle}`)[0]?.trim() ?? '';
  return { displayName, handle };
}

/**
 * A tweet (article) or quoted tweet (quote block) as the page shows it; null when its author row is missing.
 * `pageUrl` gives the focal tweet's id on a status page, whose time may carry no link.
 */
export function readTweet(post: Element, pageUrl?: URL): Tweet | null {
  const userName = ownElements(post, USER_NAME)[0];
  const author = userName ? authorOf(userName) : null;
  if (!author) return null;
  const { displayName, handle } = author;
  const sameAuthor = (h: string) => h.toLowerCase() === handle.toLowerCase();

  let id = '';
  let linkHandle = handle;
  const links = ownElements(post, STATUS_LINK);
  // The time's own link first (the tweet's permalink), then any link to this author's tweet (photo, analytics).
  links.sort((a, b) => Number(b.querySelector('time') !== null) - Number(a.querySelector('time') !== null));
  for (const a of links) {
    const s = parseStatusHref(a.getAttribute('href') ?? '');
    if (s && sameAuthor(s.handle)) {
      id = s.id;
      linkHandle = s.handle;
      break;
    }
  }
  if (!id && post.matches(TWEET) && links.length === 0 && pageUrl) {
    const s = parseStatusHref(pageUrl.href);
    if (s && sameAuthor(s.handle)) id = s.id;
  }

  const tweet: Tweet = id
    ? { displayName, handle: linkHandle, id, permalink: permalinkOf(linkHandle, id) }
    : {
        displayName,
        handle,
        id: `${handle}:${textKey(ownElements(post, TWEET_TEXT)[0])}`,
        permalink: profileUrlOf(handle),
      };
  const datetime = ownElements(post, TIME)[0]?.getAttribute('datetime') ?? '';
  if (datetime && !Number.isNaN(Date.parse(datetime))) tweet.publishedAt = new Date(datetime).toISOString();
  const r = recognizeCached(displayName, handle);
  if (r.kind === 'foreign-mission') tweet.mission = r.mission;
  return tweet;
}

export function tweetRef(t: Tweet): PostRef {
  const author: PostRef['author'] = { name: t.displayName, id: t.handle, url: profileUrlOf(t.handle) };
  if (t.mission) author.mission = t.mission;
  const ref: PostRef = { platform: 'x', postId: t.id, permalink: t.permalink, author };
  if (t.publishedAt) ref.publishedAt = t.publishedAt;
  return ref;
}
