/** Which hosts are X, and the one URL we keep for a tweet: https://x.com/<handle>/status/<id>, also from twitter.com. */

const X_HOSTS = new Set(['x.com', 'mobile.x.com', 'twitter.com', 'mobile.twitter.com']);

export function isXHost(hostname: string): boolean {
  return X_HOSTS.has(
    hostname
      .trim()
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, ''),
  );
}

/** X handles: 1–15 letters, digits or underscores. */
export const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** Tweet ids are decimal snowflakes (up to 19 digits today). */
const TWEET_ID = /^\d{1,25}$/;

/** Paths under x.com that are not handles. */
const NOT_HANDLES = new Set([
  'home',
  'explore',
  'search',
  'notifications',
  'messages',
  'i',
  'settings',
  'compose',
  'hashtag',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
]);

export function permalinkOf(handle: string, id: string): string {
  return `https://x.com/${handle}/status/${id}`;
}

export function profileUrlOf(handle: string): string {
  return `https://x.com/${handle}`;
}

/**
 * The handle and id of a tweet link: absolute or site-relative, on x.com or twitter.com, with or without a tail
 * (/photo/1, /analytics, ?s=20). Null for anything else.
 */
export function parseStatusHref(href: string): { handle: string; id: string } | null {
  let u: URL;
  try {
    u = new URL(href, 'https://x.com/');
  } catch {
    return null;
  }
  if (!isXHost(u.hostname)) return null;
  const [handle, status, id] = u.pathname.split('/').filter(Boolean);
  if (!handle || status !== 'status' || !id) return null;
  if (!HANDLE.test(handle) || NOT_HANDLES.has(handle.toLowerCase()) || !TWEET_ID.test(id)) return null;
  return { handle, id };
}

/** The handle a profile link points at ("/USA_China_Talk"), or null. */
export function handleFromProfileHref(href: string): string | null {
  let u: URL;
  try {
    u = new URL(href, 'https://x.com/');
  } catch {
    return null;
  }
  if (!isXHost(u.hostname)) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  const [handle] = parts;
  if (parts.length !== 1 || !handle || !HANDLE.test(handle) || NOT_HANDLES.has(handle.toLowerCase())) return null;
  return handle;
}

/** Is this page one tweet's (a status page)? */
export function isStatusPage(url: URL): boolean {
  return parseStatusHref(url.href) !== null;
}

/** Hosts the X adapter runs on by itself (its own module: the manifest's list needs no adapter code). */
export const X_MATCHES: readonly string[] = [
  '*://x.com/*',
  '*://mobile.x.com/*',
  '*://twitter.com/*',
  '*://mobile.twitter.com/*',
];
