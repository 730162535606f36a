/**
 * WeChat official-account articles on mp.weixin.qq.com (/s/<key>, /s?__biz=…): the body is one post, whose
 * context is the account (and the mission behind it), title and publish time. Notes are kept under the article's
 * canonical URL, so the short link and the long one find the same notes. Selectors: selectors.ts.
 */
import type { SiteAdapter } from '../types';
import { readArticle } from './article';
import { ACCOUNT_NAME, ARTICLE_BOX, CONTENT, META_LINE } from './selectors';
import { isWechatHost, WECHAT_MATCHES } from './urls';

export const wechatAdapter: SiteAdapter = {
  id: 'wechat',
  platform: 'wechat',
  name: { zh: '微信公众号文章', en: 'WeChat article' },
  matches: WECHAT_MATCHES,
  handles: (url) => isWechatHost(url.hostname),
  postRoots(root) {
    const found = Array.from(root.querySelectorAll(CONTENT));
    if (root.nodeType === 1 && (root as Element).matches(CONTENT)) found.unshift(root as Element);
    return found.slice(0, 1);
  },
  postContext: (postRoot, href) => readArticle(postRoot.ownerDocument, href),
  articleRoot: () => null,
  pageKind: () => 'article',
  authorElement: (postRoot) => postRoot.ownerDocument.querySelector(ACCOUNT_NAME),
  // The meta line (author, account, time, place): a badge goes after its last item, not over the time.
  authorRow: (postRoot) => postRoot.ownerDocument.querySelector(META_LINE),
  postCard: (postRoot) => postRoot.closest(ARTICLE_BOX),
};
