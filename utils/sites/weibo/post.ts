/**
 * Reads a Weibo post's context from the DOM: who wrote it, when, its permalink, and which mission that is.
 * Called for every post on a long timeline, so it only runs a few scoped queries per post and hashes the
 * text only when the page shows no post id.
 */
import { type AccountRecognition, recognizeAccount } from '../../missions/recognize';
import type { MissionInfo } from '../../notes/types';
import { textKey } from '../text-key';
import {
  ANY_CONTAINER,
  ANY_TEXT,
  M_AUTHOR_NAME,
  M_OWN_TEXT,
  M_POST,
  M_PROFILE_LINK,
  M_REPOST,
  M_REPOST_AUTHOR,
  M_TIME,
  WB_AUTHOR_LINK,
  WB_AUTHOR_NAME,
  WB_CONTAINER,
  WB_TEXT,
  WB_TIME_LINK,
} from './selectors';
import { isoFromTitle, parseWeiboTime } from './time';
import { isWeiboHost, permalinkOf, postIdFromPageUrl } from './urls';

/** A Weibo post as its card shows it; the adapters turn it into the site-neutral PostContext. */
export interface WeiboPost {
  authorName: string;
  uid: string;
  /** The post's id: base-62 mblogid, numeric mid, or "<uid>:<hash of text>" when the page shows none. */
  mblogid: string;
  /** https://weibo.com/<uid>/<mblogid>, or the author's page when the post shows no id. */
  permalink: string;
  /** ISO 8601 time of the post, when the page shows it. */
  postedAt?: string;
  mission?: MissionInfo;
}

export { parseWeiboTime } from './time';
export { canonicalPostUrl, isWeiboHost, type WeiboHost } from './urls';

const ELEMENT_NODE = 1;

function elementOf(node: Node): Element | null {
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Every post text block under `root` (own texts and retweeted texts), outermost only, in document order. */
export function findPostTextRoots(root: ParentNode): Element[] {
  const found = Array.from(root.querySelectorAll(ANY_TEXT));
  if (root.nodeType === ELEMENT_NODE && (root as Element).matches(ANY_TEXT)) found.unshift(root as Element);
  // A text block nested in another (should the site ever nest them) would be highlighted twice.
  return found.filter((el) => !el.parentElement?.closest(ANY_TEXT));
}

/**
 * The post around a node: the weibo.com card (article) or m.weibo.cn card (.card9) — or, for a node inside a
 * retweet, the retweeted post's block, because that text belongs to the retweeted author.
 */
export function postOf(node: Node): Element | null {
  return elementOf(node)?.closest(ANY_CONTAINER) ?? null;
}

/** Elements under `post` that belong to it and not to a retweet nested inside it. */
function own(post: Element, selector: string): Element[] {
  return Array.from(post.querySelectorAll(selector)).filter((el) => el.closest(WB_CONTAINER) === post);
}

// The same few dozen authors recur down a timeline; recognising each name once is enough.
const recognitionCache = new Map<string, AccountRecognition>();
function recognizeCached(name: string, uid: string): AccountRecognition {
  const key = `${uid}\u0000${name}`;
  let r = recognitionCache.get(key);
  if (!r) {
    if (recognitionCache.size >= 500) recognitionCache.clear();
    r = recognizeAccount(name, uid);
    recognitionCache.set(key, r);
  }
  return r;
}

function withMission(ctx: WeiboPost): WeiboPost {
  const r = recognizeCached(ctx.authorName, ctx.uid);
  if (r.kind === 'foreign-mission') ctx.mission = r.mission;
  return ctx;
}

// Absolute (https://weibo.com/…), protocol-relative (//weibo.com/…) or site-relative (/…) links.
const WB_USER_HREF = /^(?:(?:https?:)?\/\/(?:www\.)?weibo\.com)?\/u\/(\d+)/;
const WB_POST_HREF = /^(?:(?:https?:)?\/\/(?:www\.)?weibo\.com)?\/(\d+)\/([A-Za-z0-9]+)(?:[?#/]|$)/;
/** usercard="1743951792" on the current site, usercard="id=1743951792&…" on older pages. */
const USERCARD_UID = /^(?:id=)?(\d+)/;

function readWeiboCom(post: Element): WeiboPost | null {
  let uid = '';
  let authorName = '';
  for (const a of own(post, WB_AUTHOR_LINK)) {
    const linkUid =
      a.getAttribute('usercard')?.match(USERCARD_UID)?.[1] ?? a.getAttribute('href')?.match(WB_USER_HREF)?.[1];
    if (!linkUid) continue;
    if (!uid) uid = linkUid;
    if (linkUid !== uid) continue;
    // The avatar link comes first and has no text; the name link has the full name in a title.
    const name = a.querySelector(WB_AUTHOR_NAME)?.getAttribute('title') ?? a.textContent ?? '';
    authorName = name.trim().replace(/^@/, '');
    if (authorName) break;
  }

  let mblogid = '';
  let postedAt: string | undefined;
  for (const a of own(post, WB_TIME_LINK)) {
    const m = WB_POST_HREF.exec(a.getAttribute('href') ?? '');
    const iso = isoFromTitle(a.getAttribute('title') ?? '');
    if (!m || !iso || (uid && m[1] !== uid)) continue;
    uid ||= m[1] ?? '';
    mblogid = m[2] ?? '';
    postedAt = iso;
    break;
  }
  if (!uid) return null;

  const ctx: WeiboPost = mblogid
    ? { authorName, uid, mblogid, permalink: permalinkOf(uid, mblogid) }
    : // No permalink on the page (rare: some embeds): key the post by its text, link to the author.
      { authorName, uid, mblogid: `${uid}:${textKey(own(post, WB_TEXT)[0])}`, permalink: `https://weibo.com/u/${uid}` };
  if (postedAt) ctx.postedAt = postedAt;
  return withMission(ctx);
}

function readMobile(post: Element, href: string, now: Date): WeiboPost | null {
  const nameEl = post.querySelector(M_AUTHOR_NAME);
  const profile = nameEl?.closest(M_PROFILE_LINK) ?? post.querySelector(`header ${M_PROFILE_LINK}`);
  const uid = mobileUid(profile?.getAttribute('href') ?? '');
  if (!uid) return null;
  const authorName = (nameEl?.textContent ?? '').trim();
  // A detail page shows one post, whose id is in the page URL; a timeline card has none we can trust.
  const id = postIdFromPageUrl(href);
  const ctx: WeiboPost = id
    ? { authorName, uid, mblogid: id, permalink: permalinkOf(uid, id) }
    : {
        authorName,
        uid,
        mblogid: `${uid}:${textKey(post.querySelector(M_OWN_TEXT))}`,
        permalink: `https://weibo.com/u/${uid}`,
      };
  const label = post.querySelector(M_TIME)?.textContent;
  const time = label ? parseWeiboTime(label, now) : null;
  if (time) ctx.postedAt = time.toISOString();
  return withMission(ctx);
}

/** A uid from an m.weibo.cn profile link: /profile/<uid>, /u/<uid>, or ?uid=<uid>. */
function mobileUid(href: string): string | undefined {
  return /\/(?:profile|u)\/(\d{1,20})(?:[/?#]|$)/.exec(href)?.[1] ?? /[?&]uid=(\d{1,20})/.exec(href)?.[1];
}

/**
 * A repost inside an m.weibo.cn card (.weibo-rp): the reposted author is its "@name" link. Its id is not on the
 * page, so it is keyed by its author and text; a link by name only (/n/<name>) keys it by the name.
 */
function readMobileRepost(rp: Element): WeiboPost | null {
  const link = rp.querySelector(M_REPOST_AUTHOR);
  const authorName = (link?.textContent ?? '').trim().replace(/^@/, '');
  if (!link || !authorName) return null;
  const href = link.getAttribute('href') ?? '';
  const uid = mobileUid(href) ?? '';
  const key = textKey(rp.querySelector('.weibo-text'));
  const ctx: WeiboPost = uid
    ? { authorName, uid, mblogid: `${uid}:${key}`, permalink: `https://weibo.com/u/${uid}` }
    : {
        authorName,
        uid: '',
        mblogid: `n:${authorName.slice(0, 60)}:${key}`,
        permalink: `https://weibo.com/n/${encodeURIComponent(authorName)}`,
      };
  return withMission(ctx);
}

/**
 * Context of a post (from `postOf`): author, uid, mblogid, permalink, time and mission.
 * On m.weibo.cn the id comes from the page URL (/detail/<mid>, /status/<id>); where no id is shown,
 * mblogid is the stable fallback "<uid>:<hash of text>". Returns null when the author's uid is not on the page.
 * `now` resolves m.weibo.cn's relative labels ("3分钟前").
 */
export function readPostContext(post: Element, location: { href: string }, now: Date = new Date()): WeiboPost | null {
  let host: ReturnType<typeof isWeiboHost> = null;
  try {
    host = isWeiboHost(new URL(location.href).hostname);
  } catch {
    host = null;
  }
  if (post.matches(M_REPOST)) return readMobileRepost(post);
  if (host === 'm.weibo.cn' || (host === null && post.matches(M_POST))) return readMobile(post, location.href, now);
  return readWeiboCom(post);
}
