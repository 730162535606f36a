/**
 * The Ministry of Foreign Affairs of the PRC: press-conference transcripts, statements and speeches on
 * www.mfa.gov.cn (Chinese) and www.fmprc.gov.cn (English and older pages). Notes anchor in the page's text; their
 * context names the ministry as the author (in the page's language), with the title and publish time the page
 * declares (ArticleTitle / PubDate, Beijing time, as on every Chinese government site).
 */
import type { PostContext } from '../../notes/types';
import { normalizeUrl } from '../../notes/url';
import { memoByPage, pageKey, readArticleMeta } from '../article/metadata';
import type { SiteAdapter } from '../types';
import { MFA_MATCHES } from './urls';

const HOST = /(?:^|\.)(?:mfa|fmprc)\.gov\.cn$/i;

export const MINISTRY = {
  zh: '中华人民共和国外交部',
  en: "Ministry of Foreign Affairs of the People's Republic of China",
} as const;

/** English pages live under /eng/ (or /mfa_eng/) and declare lang="en"; everything else is Chinese. */
function isEnglishPage(doc: Document, url: URL): boolean {
  return /^\/(?:eng|mfa_eng)\//i.test(url.pathname) || /^en\b/i.test(doc.documentElement.lang || '');
}

/** "2024年5月20日外交部发言人主持例行记者会_中华人民共和国外交部" → the title without the site's name. */
function stripSiteName(title: string): string {
  return title.replace(/\s*[_|—–-]\s*(?:中华人民共和国外交部|Ministry of Foreign Affairs[^_|]*)$/i, '').trim();
}

export function mfaContext(doc: Document, href: string): PostContext | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const m = readArticleMeta(doc, href, { chinaTime: true });
  const permalink = m.canonical ? normalizeUrl(m.canonical) : normalizeUrl(href);
  const english = isEnglishPage(doc, url);
  const ctx: PostContext = {
    platform: 'web',
    postId: pageKey(permalink),
    permalink,
    author: {
      name: english ? MINISTRY.en : MINISTRY.zh,
      id: url.hostname.replace(/^www\./, ''),
      url: `${url.origin}/`,
    },
  };
  const title = m.title ? stripSiteName(m.title) : '';
  if (title) ctx.title = title;
  if (m.publishedAt) ctx.publishedAt = m.publishedAt;
  return ctx;
}

export const mfaAdapter: SiteAdapter = {
  id: 'mfa',
  platform: 'web',
  name: { zh: '外交部网站', en: 'Ministry of Foreign Affairs' },
  matches: MFA_MATCHES,
  handles: (url) => HOST.test(url.hostname.replace(/\.$/, '')),
  postRoots: () => [],
  postContext: () => null,
  // Page layouts differ too much across the ministry's sections for a narrower root to be stable across visits;
  // the quote with its context re-anchors whatever the navigation around it does.
  articleRoot: (doc) => doc.body,
  articleContext: memoByPage(mfaContext),
  pageKind: () => 'article',
  authorElement: () => null,
  postCard: () => null,
};
