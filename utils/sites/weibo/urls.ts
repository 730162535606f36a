/** Which Weibo a page is, and the one URL we keep for a post. */

export type WeiboHost = 'weibo.com' | 'm.weibo.cn';

export function isWeiboHost(hostname: string): WeiboHost | null {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (h === 'm.weibo.cn') return 'm.weibo.cn';
  if (h === 'weibo.com' || h.endsWith('.weibo.com')) return 'weibo.com';
  return null;
}

const UID = /^\d{1,20}$/;
const POST_ID = /^[A-Za-z0-9]{5,20}$/;

/** https://weibo.com/<uid>/<id> — weibo.com accepts both the base-62 mblogid and the numeric mid here. */
export function permalinkOf(uid: string, id: string): string {
  return `https://weibo.com/${uid}/${id}`;
}

/**
 * Canonical URL of a post, without query, hash or tracking: https://weibo.com/<uid>/<mblogid>.
 * Accepts weibo.com/<uid>/<mblogid> (with or without scheme), weibo.com/detail/<id> and m.weibo.cn/detail|status/<id>;
 * those last two need `uid` to become a weibo.com permalink, else they stay on m.weibo.cn.
 * Anything that is not a post URL → null.
 */
export function canonicalPostUrl(url: string, uid?: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim(), 'https://weibo.com/');
  } catch {
    return null;
  }
  const host = isWeiboHost(u.hostname);
  if (!host) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined) return null;
  if (host === 'weibo.com' && UID.test(a) && POST_ID.test(b)) return permalinkOf(a, b);
  if ((a === 'detail' || a === 'status') && POST_ID.test(b)) {
    if (uid && UID.test(uid)) return permalinkOf(uid, b);
    return host === 'm.weibo.cn' ? `https://m.weibo.cn/${a}/${b}` : `https://weibo.com/detail/${b}`;
  }
  return null;
}

/** The post id in an m.weibo.cn (or weibo.com) detail page URL: /detail/<mid>, /status/<id>. */
export function postIdFromPageUrl(href: string): string | null {
  try {
    const m = /^\/(?:detail|status)\/([A-Za-z0-9]{5,20})\/?$/.exec(new URL(href).pathname);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Hosts the weibo.com adapter runs on by itself (its own module: the manifest's list needs no adapter code). */
export const WEIBO_COM_MATCHES: readonly string[] = ['*://weibo.com/*', '*://*.weibo.com/*'];
/** Hosts the m.weibo.cn adapter runs on by itself. */
export const M_WEIBO_MATCHES: readonly string[] = ['*://m.weibo.cn/*'];
