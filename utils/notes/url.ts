/**
 * URL keys for notes. A note is looked up by the normalised URL of the page (or the Weibo post's permalink), so the
 * same page reached through a share link, a tracking redirect or with a #fragment finds the same notes.
 */

/** Query parameters that only say how the reader arrived, never which document it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'spm',
  'from',
  'wm',
  'featurecode',
  'luicode',
  'lfid',
  'refer_flag',
  '_t',
  'isappinstalled',
  'scene',
  'srcid',
  'share_token',
  'sharer_shareid',
  'sharer_sharetime',
  'vd_source',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

/**
 * Drops the fragment and tracking parameters, sorts what is left, lower-cases the host (URL does that) and drops a
 * default port. Weibo permalinks (weibo.com/<uid>/<mblogid>, m.weibo.cn/detail|status/<id>) keep their path as is.
 * Throws a TypeError for something that is not an absolute URL.
 */
export function normalizeUrl(href: string): string {
  const u = new URL(href.trim());
  u.hash = '';
  // forEach, not [...entries()]: a platform object's iterator cannot be spread in a Firefox content script.
  const kept: [string, string][] = [];
  u.searchParams.forEach((v, k) => {
    if (!isTracking(k)) kept.push([k, v]);
  });
  // Stable sort by name only: repeated parameters keep their relative order, which can matter to the server.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  let out = u.toString();
  // new URL leaves a bare "?" off, but keeps "https://host/" — both are fine as keys as long as they are stable.
  if (out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/**
 * Is this the address of a web page (http: or https:)? Only web pages are stored as sources and only they are ever
 * opened: never javascript:, data:, file:, blob:, chrome:, about: or an extension's page.
 */
export function isWebUrl(href: string): boolean {
  if (!/^https?:\/\//i.test(href.trim())) return false;
  try {
    const u = new URL(href.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Host without "www.", e.g. "weibo.com", "mfa.gov.cn". "" when href is not a URL. */
export function siteOf(href: string): string {
  try {
    return new URL(href.trim()).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
