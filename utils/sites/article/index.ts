/**
 * Any other web page the reader asks DiploLens to read (an embassy's own website, a news agency, a think tank):
 * the last adapter, for every http(s) page no other adapter claims. Notes anchor in the page's text; their context
 * is what the page says about itself (title, site, author, publish date: metadata.ts), and the mission behind the
 * site when its name is a mission's ("Embassy of the People's Republic of China in the United States of America").
 */
import { recognizeAccount } from '../../missions/recognize';
import type { PostContext } from '../../notes/types';
import { normalizeUrl, siteOf } from '../../notes/url';
import type { SiteAdapter } from '../types';
import { memoByPage, pageKey, readArticleMeta } from './metadata';

export function webArticleContext(doc: Document, href: string): PostContext | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const m = readArticleMeta(doc, href, { chinaTime: /\.gov\.cn$/i.test(url.hostname) });
  const permalink = m.canonical ? normalizeUrl(m.canonical) : normalizeUrl(href);
  const host = siteOf(permalink);
  const author: PostContext['author'] = { name: m.author ?? m.siteName ?? host, id: host, url: `${url.origin}/` };
  for (const name of [m.siteName, m.author]) {
    if (!name) continue;
    const r = recognizeAccount(name);
    if (r.kind === 'foreign-mission') {
      author.mission = r.mission;
      break;
    }
  }
  const ctx: PostContext = { platform: 'web', postId: pageKey(permalink), permalink, author };
  if (m.title) ctx.title = m.title;
  if (m.publishedAt) ctx.publishedAt = m.publishedAt;
  return ctx;
}

export const articleAdapter: SiteAdapter = {
  id: 'article',
  platform: 'web',
  name: { zh: '网页文章', en: 'Web article' },
  matches: [],
  handles: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  postRoots: () => [],
  postContext: () => null,
  // <body>: layouts differ too much for a narrower guess to be stable across visits.
  articleRoot: (doc) => doc.body,
  articleContext: memoByPage(webArticleContext),
  pageKind: () => 'article',
  authorElement: () => null,
  postCard: () => null,
};
