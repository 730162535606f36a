import { describe, expect, it } from 'vitest';
import { makePostDraft, tweetDraft } from '../posts/fixtures';
import type { PostDraft, PostRecord } from '../posts/types';
import { PostSearchIndex } from './post-index';

const record = (d: PostDraft): PostRecord => ({
  ...d,
  key: d.context.permalink,
  site: 'weibo.com',
  conceptIds: d.concepts.map((c) => c.id),
  country: 'US',
  lang: 'zh-Hans',
  published: 0,
  collectedAt: 0,
  updatedAt: 0,
});

describe('searching collected posts', () => {
  it('finds posts like notes: Chinese substrings in either script, English word prefixes, authors', () => {
    const index = new PostSearchIndex();
    index.set([record(makePostDraft()), record(tweetDraft())]);
    expect(index.search('').length).toBe(2);
    expect(index.search('數字外交').map((p) => p.context.platform)).toEqual(['weibo']);
    expect(index.search('世界更近').map((p) => p.context.platform)).toEqual(['weibo']);
    expect(index.search('NETIZ').map((p) => p.context.platform)).toEqual(['x']);
    expect(index.search('美国驻华大使馆').map((p) => p.context.platform)).toEqual(['weibo']);
    expect(index.search('iplomacy')).toEqual([]);
    expect(index.search('', (p) => p.context.platform === 'x').length).toBe(1);
  });
});
