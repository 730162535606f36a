/**
 * The Ministry of Foreign Affairs of the PRC: press-conference transcripts, statements and speeches on
 * www.mfa.gov.cn (Chinese) and www.fmprc.gov.cn (English and older pages). Notes anchor in the page's text.
 */
import type { SiteAdapter } from '../types';

const HOST = /(?:^|\.)(?:mfa|fmprc)\.gov\.cn$/i;

export const mfaAdapter: SiteAdapter = {
  id: 'mfa',
  platform: 'web',
  name: { zh: '外交部网站', en: 'Ministry of Foreign Affairs' },
  matches: ['*://*.mfa.gov.cn/*', '*://*.fmprc.gov.cn/*'],
  handles: (url) => HOST.test(url.hostname.replace(/\.$/, '')),
  postRoots: () => [],
  postContext: () => null,
  // Page layouts differ too much across the ministry's sections for a narrower root to be stable across visits;
  // the quote with its context re-anchors whatever the navigation around it does.
  articleRoot: (doc) => doc.body,
  pageKind: () => 'article',
  authorElement: () => null,
  postCard: () => null,
};
