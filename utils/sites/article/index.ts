/**
 * Any other web page the reader asks DiploLens to read (an embassy's own website, a news agency, a think tank):
 * the last adapter, for every http(s) page no other adapter claims. Notes anchor in the page's text.
 */
import type { SiteAdapter } from '../types';

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
  pageKind: () => 'article',
  authorElement: () => null,
  postCard: () => null,
};
