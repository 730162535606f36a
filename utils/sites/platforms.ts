/**
 * What the extension's own pages and exports say about a post's platform and author, site-neutrally: the platform's
 * name, and how an account is written (Weibo and X name accounts with "@", WeChat official accounts and websites
 * do not). DOM-free, so the popup, options and exports use it without the adapters.
 */
import type { Bilingual } from '../concepts/types';
import type { AccountRef, Platform } from '../notes/types';

export const PLATFORM_NAMES: Readonly<Record<Platform, Bilingual>> = {
  weibo: { zh: '微博', en: 'Weibo' },
  x: { zh: 'X（推特）', en: 'X (Twitter)' },
  wechat: { zh: '微信公众号', en: 'WeChat' },
  web: { zh: '网页', en: 'Web' },
};

const AT_NAMES: ReadonlySet<Platform> = new Set(['weibo', 'x']);

/** "@美国驻华大使馆" on Weibo, "@USAmbChina" style handles on X, the plain name elsewhere. */
export function authorLabel(platform: Platform, author: Pick<AccountRef, 'name' | 'id'>): string {
  const name = author.name || author.id;
  if (!AT_NAMES.has(platform)) return name;
  return name.startsWith('@') ? name : `@${name}`;
}
