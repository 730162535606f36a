/**
 * A collected post's identity: its permalink, normalised like a note's URL (no tracking parameters, no fragment), so
 * collecting the same post again — from a timeline, its own page or a share link — updates one record.
 * Content-safe (no zod, no database).
 */
import type { PostContext } from '../notes/types';
import { normalizeUrl } from '../notes/url';

/**
 * The permalink, normalised; where a site shows no post URL and the adapter falls back to the author's page (a Weibo
 * card without a time link), the permalink names many posts, so the post id is added as a fragment.
 */
export function postKey(context: Pick<PostContext, 'permalink' | 'postId' | 'author'>): string {
  let url: string;
  try {
    url = normalizeUrl(context.permalink);
  } catch {
    url = context.permalink;
  }
  const authorPage = context.author.url ? safeNormalize(context.author.url) : null;
  return authorPage === url ? `${url}#${encodeURIComponent(context.postId)}` : url;
}

function safeNormalize(u: string): string | null {
  try {
    return normalizeUrl(u);
  } catch {
    return null;
  }
}

/** The host a post was published on, without "www." (the `site` field). */
export function postSite(permalink: string): string {
  try {
    return new URL(permalink).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
