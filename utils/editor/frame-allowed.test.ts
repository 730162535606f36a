import { describe, expect, it } from 'vitest';
import { editorFrameAllowed, matchesPattern } from './frame-allowed';

const u = (s: string) => new URL(s);

describe('matchesPattern', () => {
  it('matches scheme *, exact hosts and subdomain wildcards like the browser', () => {
    expect(matchesPattern(u('https://weibo.com/u/1'), '*://weibo.com/*')).toBe(true);
    expect(matchesPattern(u('http://weibo.com/'), '*://weibo.com/*')).toBe(true);
    expect(matchesPattern(u('https://s.weibo.com/x'), '*://*.weibo.com/*')).toBe(true);
    expect(matchesPattern(u('https://weibo.com/x'), '*://*.weibo.com/*')).toBe(true);
    expect(matchesPattern(u('https://notweibo.com/x'), '*://*.weibo.com/*')).toBe(false);
    expect(matchesPattern(u('https://weibo.com.evil.example/'), '*://weibo.com/*')).toBe(false);
    expect(matchesPattern(u('ftp://weibo.com/'), '*://weibo.com/*')).toBe(false);
    expect(matchesPattern(u('https://www.mfa.gov.cn/a/b.html'), 'https://*.mfa.gov.cn/a/*')).toBe(true);
    expect(matchesPattern(u('https://www.mfa.gov.cn/b.html'), 'https://*.mfa.gov.cn/a/*')).toBe(false);
  });
});

describe('editorFrameAllowed', () => {
  const patterns = ['*://weibo.com/*', '*://*.mfa.gov.cn/*'];
  it('allows the frame on the hosts we run on by ourselves, in Chrome', () => {
    expect(editorFrameAllowed('https://www.mfa.gov.cn', patterns, 'chrome')).toBe(true);
    expect(editorFrameAllowed('https://think.example', patterns, 'chrome')).toBe(false);
    expect(editorFrameAllowed('null', patterns, 'chrome')).toBe(false);
  });

  it('always in Firefox (plain web_accessible_resources list)', () => {
    expect(editorFrameAllowed('https://think.example', patterns, 'firefox')).toBe(true);
  });
});
