import { describe, expect, it } from 'vitest';
import { decodeChunk, encodeChunk, type PostFact } from './facts';

const fact = (i: number, over: Partial<PostFact> = {}): PostFact => ({
  key: `https://weibo.com/1/P${i}`,
  country: i % 2 ? 'US\u0001美国\u0001United States' : '',
  account: `weibo\u0001${i % 3}\u0001账号${i % 3}`,
  lang: i % 2 ? 'zh-Hans' : 'en',
  site: 'weibo.com',
  published: i === 0 ? 0 : 1_716_172_320_000 + i * 60_000,
  collectedAt: 1_717_000_000_000 - (1_717_000_000_000 % 60_000),
  concepts:
    i % 4 === 0
      ? []
      : [
          ['digital-diplomacy', i],
          ['national-image', 1],
        ],
  ...over,
});

describe('facts chunks', () => {
  it('round-trip every field, with a shared dictionary per chunk', () => {
    const facts = Array.from({ length: 40 }, (_, i) => fact(i));
    const chunk = encodeChunk(7, facts);
    expect(chunk.id).toBe(7);
    expect(chunk.data).toBeInstanceOf(Int32Array);
    // Repeated strings are stored once.
    expect(chunk.dict.filter((s) => s === 'digital-diplomacy')).toHaveLength(1);
    expect(decodeChunk(chunk)).toEqual(facts);
  });

  it('an empty chunk decodes to nothing', () => {
    expect(decodeChunk(encodeChunk(0, []))).toEqual([]);
  });
});
