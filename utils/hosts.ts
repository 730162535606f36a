/**
 * Hosts where DiploLens runs by itself (manifest host_permissions and content-script matches).
 * Anywhere else it runs only when the reader asks, through activeTab + scripting.
 * The permissions audit test (tests/e2e/permissions) holds the built manifest to this list.
 */
export const HOST_MATCHES = [
  '*://weibo.com/*',
  '*://*.weibo.com/*',
  '*://m.weibo.cn/*',
  '*://*.mfa.gov.cn/*',
  '*://*.fmprc.gov.cn/*',
];
