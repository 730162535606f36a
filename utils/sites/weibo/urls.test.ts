import { describe, expect, it } from 'vitest';
import { canonicalPostUrl, postIdFromPageUrl } from './urls';

describe('canonicalPostUrl', () => {
  it.each([
    ['https://weibo.com/1743951792/OeAbCdEfG', undefined, 'https://weibo.com/1743951792/OeAbCdEfG'],
    [
      '//weibo.com/1743951792/OeAbCdEfG?refer_flag=1001030103_&type=comment#_rnd1',
      undefined,
      'https://weibo.com/1743951792/OeAbCdEfG',
    ],
    ['http://www.weibo.com/1743951792/OeAbCdEfG/', undefined, 'https://weibo.com/1743951792/OeAbCdEfG'],
    ['https://m.weibo.cn/detail/4987654321012345', '1743951792', 'https://weibo.com/1743951792/4987654321012345'],
    ['https://m.weibo.cn/status/OeAbCdEfG?luicode=10000011', undefined, 'https://m.weibo.cn/status/OeAbCdEfG'],
    ['https://weibo.com/detail/4987654321012345', undefined, 'https://weibo.com/detail/4987654321012345'],
  ])('%s (uid %s) → %s', (url, uid, expected) => {
    expect(canonicalPostUrl(url, uid)).toBe(expected);
  });

  it.each([
    'https://weibo.com/u/1743951792',
    'https://weibo.com/',
    'https://example.com/1743951792/OeAbCdEfG',
    'https://weibo.com/1743951792/OeAbCdEfG/comments',
    'not a url at all ::',
  ])('%s → null', (url) => {
    expect(canonicalPostUrl(url)).toBeNull();
  });
});

describe('postIdFromPageUrl', () => {
  it('reads detail and status pages only', () => {
    expect(postIdFromPageUrl('https://m.weibo.cn/detail/4987654321012345')).toBe('4987654321012345');
    expect(postIdFromPageUrl('https://m.weibo.cn/status/OeAbCdEfG?x=1')).toBe('OeAbCdEfG');
    expect(postIdFromPageUrl('https://m.weibo.cn/u/1743951792')).toBeNull();
    expect(postIdFromPageUrl('nonsense')).toBeNull();
  });
});
