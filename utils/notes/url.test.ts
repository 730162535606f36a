import { describe, expect, it } from 'vitest';
import { isWebUrl, normalizeUrl, siteOf } from './url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(normalizeUrl('https://WWW.MFA.gov.cn/web/a.shtml?z=1&utm_source=x&a=2&spm=a.b.c#top')).toBe(
      'https://www.mfa.gov.cn/web/a.shtml?a=2&z=1',
    );
  });

  it('removes a query made only of tracking parameters', () => {
    expect(normalizeUrl('https://example.org/p?fbclid=1&gclid=2&_t=3&from=timeline&wm=3333')).toBe(
      'https://example.org/p',
    );
  });

  it('keeps Weibo permalinks as they are', () => {
    expect(normalizeUrl('https://weibo.com/1234567890/NaBcDeFgH?refer_flag=1001&luicode=10000011&lfid=x')).toBe(
      'https://weibo.com/1234567890/NaBcDeFgH',
    );
    expect(normalizeUrl('https://m.weibo.cn/detail/4999999999?featurecode=abc')).toBe(
      'https://m.weibo.cn/detail/4999999999',
    );
    expect(normalizeUrl('https://m.weibo.cn/status/NaBcDeFgH')).toBe('https://m.weibo.cn/status/NaBcDeFgH');
  });

  it('is idempotent and keeps non-ASCII paths stable', () => {
    const once = normalizeUrl('https://example.org/数字外交?q=外交&utm_medium=x');
    expect(normalizeUrl(once)).toBe(once);
  });

  it('throws on something that is not a URL', () => {
    expect(() => normalizeUrl('not a url')).toThrow();
  });
});

describe('siteOf', () => {
  it('lower-cases and strips www. only', () => {
    expect(siteOf('https://WWW.FMPRC.gov.cn/x')).toBe('fmprc.gov.cn');
    expect(siteOf('https://m.weibo.cn/detail/1')).toBe('m.weibo.cn');
    expect(siteOf('nope')).toBe('');
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) pages only', () => {
    for (const ok of ['https://weibo.com/1/AbC', 'http://www.mfa.gov.cn/a?b=c#d', ' HTTPS://Example.org/ '])
      expect(isWebUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome://settings/',
      'chrome-extension://abc/popup.html',
      'about:blank',
      'blob:https://weibo.com/x',
      'https:/x',
      'http://',
      '//weibo.com/x',
      '',
    ])
      expect(isWebUrl(bad), bad).toBe(false);
  });
});
