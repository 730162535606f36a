/** Test data for collected posts: a Weibo post by an embassy, a tweet, a post with no permalink of its own. */
import type { PostContext } from '../notes/types';
import type { PostDraft } from './types';

export const US_EMBASSY: NonNullable<PostContext['author']['mission']> = {
  countryCode: 'US',
  countryZh: '美国',
  countryEn: 'United States',
  missionType: 'embassy',
};

export function weiboContext(overrides: Partial<PostContext> = {}): PostContext {
  return {
    platform: 'weibo',
    postId: 'Ov1AbCdEf',
    permalink: 'https://weibo.com/1743951792/Ov1AbCdEf',
    author: { name: '美国驻华大使馆', id: '1743951792', url: 'https://weibo.com/u/1743951792', mission: US_EMBASSY },
    publishedAt: '2024-05-20T02:32:00.000Z',
    ...overrides,
  };
}

export function makePostDraft(overrides: Partial<PostDraft> = {}): PostDraft {
  return {
    context: weiboContext(),
    text: '#数字外交# 数字外交让世界更近。我们期待与中国网民交流国家形象的新形式。',
    concepts: [
      { id: 'digital-diplomacy', count: 2 },
      { id: 'national-image', count: 1 },
    ],
    pageUrl: 'https://weibo.com/u/1743951792',
    ...overrides,
  };
}

export function tweetDraft(overrides: Partial<PostDraft> = {}): PostDraft {
  return makePostDraft({
    context: {
      platform: 'x',
      postId: '1792512345678901234',
      permalink: 'https://x.com/USA_China_Talk/status/1792512345678901234',
      author: {
        name: 'U.S. Embassy China',
        id: 'USA_China_Talk',
        url: 'https://x.com/USA_China_Talk',
        mission: US_EMBASSY,
      },
      publishedAt: '2024-05-20T14:05:00.000Z',
    },
    text: 'Digital diplomacy connects people: our embassy answers questions from Chinese netizens every week.',
    concepts: [{ id: 'digital-diplomacy', count: 1 }],
    pageUrl: 'https://x.com/USA_China_Talk',
    ...overrides,
  });
}
