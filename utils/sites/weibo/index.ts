/**
 * Weibo, in its two layouts: weibo.com (the desktop Vue app with a recycled virtual list) and m.weibo.cn (the
 * mobile site). Both publish on the same platform, so a note keeps the weibo.com permalink whichever layout it was
 * taken on. Selectors and the URLs they were seen on: selectors.ts.
 */
import type { Platform, PostContext, PostRef } from '../../notes/types';
import type { PageKind, SiteAdapter } from '../types';
import { findPostTextRoots, postOf, readPostContext, type WeiboPost } from './post';
import {
  M_AUTHOR_NAME,
  M_POST,
  M_REPOST,
  M_REPOST_AUTHOR,
  M_REPOST_TEXT,
  M_TEXT,
  WB_AUTHOR_LINK,
  WB_AUTHOR_NAME,
  WB_CONTAINER,
  WB_POST,
  WB_TEXT,
} from './selectors';
import { isWeiboHost, M_WEIBO_MATCHES, WEIBO_COM_MATCHES } from './urls';

const PLATFORM: Platform = 'weibo';

function toRef(p: WeiboPost): PostRef {
  const author: PostRef['author'] = { name: p.authorName, id: p.uid };
  if (/^\d{1,20}$/.test(p.uid)) author.url = `https://weibo.com/u/${p.uid}`;
  if (p.mission) author.mission = p.mission;
  const ref: PostRef = { platform: PLATFORM, postId: p.mblogid, permalink: p.permalink, author };
  if (p.postedAt) ref.publishedAt = p.postedAt;
  return ref;
}

/**
 * A weibo.com post and the post it reposts: the retweet block inside a card is a post of its own (its text is
 * the retweeted author's words), linked both ways.
 */
function weiboComContext(postRoot: Element, href: string, now?: Date): PostContext | null {
  const post = postOf(postRoot);
  if (!post) return null;
  const own = readPostContext(post, { href }, now);
  if (!own) return null;
  const ctx: PostContext = toRef(own);
  const outer = post.parentElement?.closest(WB_CONTAINER);
  if (outer) {
    const by = readPostContext(outer, { href }, now);
    if (by) ctx.quotedBy = toRef(by);
  } else {
    const inner = Array.from(post.querySelectorAll(WB_CONTAINER)).find((el) => el !== post);
    const quoted = inner ? readPostContext(inner, { href }, now) : null;
    if (quoted) ctx.quoted = toRef(quoted);
  }
  return ctx;
}

function authorElement(postRoot: Element): Element | null {
  const post = postOf(postRoot);
  if (!post) return null;
  if (post.matches(M_REPOST)) return post.querySelector(M_REPOST_AUTHOR);
  return (
    post.querySelector(`${WB_AUTHOR_LINK} ${WB_AUTHOR_NAME}`) ??
    post.querySelector(M_AUTHOR_NAME) ??
    post.querySelector(`${WB_AUTHOR_LINK}:not(:has(img))`)
  );
}

function pageKind(url: URL, postRoots: readonly Element[]): PageKind {
  return postRoots.length === 1 || /^\/(?:detail|status)\/|^\/\d+\/[A-Za-z0-9]+\/?$/.test(url.pathname)
    ? 'post'
    : 'timeline';
}

export const weiboComAdapter: SiteAdapter = {
  id: 'weibo',
  platform: PLATFORM,
  name: { zh: '微博', en: 'Weibo' },
  matches: WEIBO_COM_MATCHES,
  handles: (url) => isWeiboHost(url.hostname) === 'weibo.com',
  postRoots: (root) => findPostTextRoots(root).filter((el) => el.matches(WB_TEXT)),
  postContext: weiboComContext,
  articleRoot: () => null,
  pageKind,
  authorElement,
  postCard: (postRoot) => postRoot.closest(WB_POST),
};

/**
 * An m.weibo.cn card and the post it reposts (.weibo-rp): the reposted text is the reposted author's words,
 * linked both ways as on weibo.com.
 */
function mobileContext(postRoot: Element, href: string, now?: Date): PostContext | null {
  const post = postOf(postRoot);
  const own = post ? readPostContext(post, { href }, now) : null;
  if (!post || !own) return null;
  const ctx: PostContext = toRef(own);
  if (post.matches(M_REPOST)) {
    const card = post.closest(M_POST);
    const by = card ? readPostContext(card, { href }, now) : null;
    if (by) ctx.quotedBy = toRef(by);
  } else {
    const rp = post.querySelector(M_REPOST);
    const quoted = rp ? readPostContext(rp, { href }, now) : null;
    if (quoted) ctx.quoted = toRef(quoted);
  }
  return ctx;
}

export const mWeiboAdapter: SiteAdapter = {
  id: 'm-weibo',
  platform: PLATFORM,
  name: { zh: '微博（手机版）', en: 'Weibo (mobile)' },
  matches: M_WEIBO_MATCHES,
  handles: (url) => isWeiboHost(url.hostname) === 'm.weibo.cn',
  postRoots: (root) => findPostTextRoots(root).filter((el) => el.matches(`${M_TEXT}, ${M_REPOST_TEXT}`)),
  postContext: mobileContext,
  articleRoot: () => null,
  pageKind,
  authorElement,
  // A repost's badge stays inside the repost's box; a post's inside its card.
  postCard: (postRoot) => postRoot.closest(`${M_REPOST}, ${M_POST}`),
};
