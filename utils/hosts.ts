/**
 * Hosts where DiploLens runs by itself (manifest host_permissions and content-script matches): each site adapter
 * declares its own (utils/sites/*), in a module of its own so that this list — which the content script's bundle
 * carries — brings no adapter code with it. utils/sites/registry.test.ts holds it equal to the adapters' `matches`.
 * Anywhere else DiploLens runs only when the reader asks, through activeTab + scripting. The permissions audit test
 * (tests/e2e/manifest.e2e.ts) holds the built manifest to this list.
 */
import { MFA_MATCHES } from './sites/mfa/urls';
import { WECHAT_MATCHES } from './sites/wechat/urls';
import { M_WEIBO_MATCHES, WEIBO_COM_MATCHES } from './sites/weibo/urls';
import { X_MATCHES } from './sites/x/urls';

/** In the registry's adapter order (weibo.com, m.weibo.cn, X, WeChat, MFA; articles claim no host), de-duplicated. */
export const HOST_MATCHES: string[] = [
  ...new Set([...WEIBO_COM_MATCHES, ...M_WEIBO_MATCHES, ...X_MATCHES, ...WECHAT_MATCHES, ...MFA_MATCHES]),
];
