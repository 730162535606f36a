/**
 * X (Twitter): tweets on timelines, profiles, search and status pages of x.com and twitter.com. Each tweet's text
 * and each quoted tweet's text is a post of its own: a quoted tweet's words belong to its author, and the note
 * records the tweet quoting it. Notes keep the x.com permalink whichever host they were taken on. Selectors and
 * where they were seen: selectors.ts.
 */
import type { PostContext } from '../../notes/types';
import type { SiteAdapter } from '../types';
import { TWEET, TWEET_TEXT, USER_NAME } from './selectors';
import { ownElements, quoteBlockOf, readTweet, tweetOf, tweetRef } from './tweet';
import { isStatusPage, isXHost, X_MATCHES } from './urls';

function pageUrlOf(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function postRoots(root: ParentNode): Element[] {
  const found = Array.from(root.querySelectorAll(`${TWEET} ${TWEET_TEXT}`));
  if (root.nodeType === 1 && (root as Element).matches(`${TWEET} ${TWEET_TEXT}`)) found.unshift(root as Element);
  return found.filter((el) => !el.parentElement?.closest(TWEET_TEXT));
}

function postContext(postRoot: Element, href: string): PostContext | null {
  const post = tweetOf(postRoot);
  const pageUrl = pageUrlOf(href);
  const own = post ? readTweet(post, pageUrl) : null;
  if (!post || !own) return null;
  const ctx: PostContext = tweetRef(own);
  if (!post.matches(TWEET)) {
    const outer = post.parentElement?.closest(TWEET);
    const by = outer ? readTweet(outer, pageUrl) : null;
    if (by) ctx.quotedBy = tweetRef(by);
  } else {
    const quote = quoteBlockOf(post);
    const quoted = quote ? readTweet(quote, pageUrl) : null;
    if (quoted) ctx.quoted = tweetRef(quoted);
  }
  return ctx;
}

function authorElement(postRoot: Element): Element | null {
  const post = tweetOf(postRoot);
  return post ? (ownElements(post, USER_NAME)[0] ?? null) : null;
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  platform: 'x',
  name: { zh: 'X（推特）', en: 'X (Twitter)' },
  matches: X_MATCHES,
  handles: (url) => isXHost(url.hostname),
  postRoots,
  postContext,
  articleRoot: () => null,
  pageKind: (url) => (isStatusPage(url) ? 'post' : 'timeline'),
  authorElement,
  // The whole author row (name, handle, time) is the User-Name element: a badge goes after the time, not after the
  // "more" button beside it.
  authorRow: authorElement,
  postCard: (postRoot) => tweetOf(postRoot),
  badgeConcept: 'twitter-diplomacy',
};
