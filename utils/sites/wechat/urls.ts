/** WeChat article URLs: which pages are articles, and the one URL we keep for an article. */

export const WECHAT_HOST = 'mp.weixin.qq.com';

export function isWechatHost(hostname: string): boolean {
  return hostname.trim().toLowerCase().replace(/\.$/, '') === WECHAT_HOST;
}

export interface ArticleIds {
  biz: string;
  mid: string;
  idx: string;
  sn?: string;
}

const BIZ = /^[A-Za-z0-9+/=_-]{4,64}$/;
const NUM = /^\d{1,20}$/;
const SN = /^[0-9a-f]{8,64}$/i;
const SHORT_KEY = /^[A-Za-z0-9_-]{6,64}$/;

/** The short key of https://mp.weixin.qq.com/s/<key>, or null. */
export function shortKeyOf(url: URL): string | null {
  if (!isWechatHost(url.hostname)) return null;
  const m = /^\/s\/([^/]+)\/?$/.exec(url.pathname);
  return m?.[1] && SHORT_KEY.test(m[1]) ? m[1] : null;
}

/** __biz, mid, idx (and sn) of a long article URL (/s?__biz=…, /mp/appmsg/show?…), or null. */
export function idsOfUrl(url: URL): ArticleIds | null {
  if (!isWechatHost(url.hostname)) return null;
  // forEach: spreading searchParams' iterator throws in Firefox content scripts.
  const q = new Map<string, string>();
  url.searchParams.forEach((v, k) => {
    q.set(k, v);
  });
  return validIds(q.get('__biz'), q.get('mid') ?? q.get('appmsgid'), q.get('idx') ?? q.get('itemidx'), q.get('sn'));
}

export function validIds(biz?: string, mid?: string, idx?: string, sn?: string): ArticleIds | null {
  if (!biz || !mid || !idx || !BIZ.test(biz) || !NUM.test(mid) || !NUM.test(idx)) return null;
  const ids: ArticleIds = { biz, mid, idx };
  if (sn && SN.test(sn)) ids.sn = sn;
  return ids;
}

/** Is this an article page (/s/<key> or /s?__biz=…)? */
export function isArticleUrl(url: URL): boolean {
  return shortKeyOf(url) !== null || (url.pathname.replace(/\/$/, '') === '/s' && idsOfUrl(url) !== null);
}

/** The canonical long URL, without tracking (scene, chksm, srcid …): https://mp.weixin.qq.com/s?__biz=…&idx=…&mid=…&sn=… */
export function canonicalOf(ids: ArticleIds): string {
  // Parameters in the order notes/url.ts normalises to (sorted by name), so the note's URL is this very string.
  const u = new URL(`https://${WECHAT_HOST}/s`);
  u.searchParams.set('__biz', ids.biz);
  u.searchParams.set('idx', ids.idx);
  u.searchParams.set('mid', ids.mid);
  if (ids.sn) u.searchParams.set('sn', ids.sn);
  return u.toString();
}

/** The article's stable key: "<biz>:<mid>:<idx>", or "s/<short key>" when only the short link is known. */
export function postIdOf(ids: ArticleIds | null, shortKey: string | null): string | null {
  if (ids) return `${ids.biz}:${ids.mid}:${ids.idx}`;
  return shortKey ? `s/${shortKey}` : null;
}

/** Hosts the WeChat adapter runs on by itself (its own module: the manifest's list needs no adapter code). */
export const WECHAT_MATCHES: readonly string[] = ['*://mp.weixin.qq.com/*'];
