/**
 * Every site adapter, most specific first; the generic article adapter is last and takes any other web page.
 * Adding a site: write its adapter folder, then list it here (see README, "Adding a site").
 */
import { articleAdapter } from './article/index';
import { mfaAdapter } from './mfa/index';
import type { SiteAdapter } from './types';
import { wechatAdapter } from './wechat/index';
import { mWeiboAdapter, weiboComAdapter } from './weibo/index';
import { xAdapter } from './x/index';

export const ADAPTERS: readonly SiteAdapter[] = [
  weiboComAdapter,
  mWeiboAdapter,
  xAdapter,
  wechatAdapter,
  mfaAdapter,
  articleAdapter,
];

/** The adapter that reads the page at `href` (the article adapter when no site claims it, or `href` is odd). */
export function adapterFor(href: string | URL): SiteAdapter {
  let url: URL;
  try {
    url = typeof href === 'string' ? new URL(href) : href;
  } catch {
    return articleAdapter;
  }
  return ADAPTERS.find((a) => a.handles(url)) ?? articleAdapter;
}

/** A site's name for the popup, by adapter id. */
export function siteName(id: string): SiteAdapter['name'] | undefined {
  return ADAPTERS.find((a) => a.id === id)?.name;
}

/** Match patterns of every host DiploLens runs on by itself, de-duplicated, in adapter order. */
export function siteMatches(adapters: readonly SiteAdapter[] = ADAPTERS): string[] {
  return [...new Set(adapters.flatMap((a) => a.matches))];
}
