import { describe, expect, it } from 'vitest';
import { makeRecord } from '../notes/fixtures';
import { encodeChunk, type PostFact } from '../posts/facts';
import { aggregate } from './aggregate';
import { rowsFromChunks, rowsFromNotes } from './rows';

const US = 'US\u0001美国\u0001United States';
const GB = 'GB\u0001英国\u0001United Kingdom';
const fact = (i: number, country: string, concepts: [string, number][], published: string): PostFact => ({
  key: `k${i}`,
  country,
  account: country === US ? 'weibo\u00011\u0001美国驻华大使馆' : 'weibo\u00012\u0001英国驻华使馆',
  lang: 'zh-Hans',
  site: 'weibo.com',
  published: Date.parse(published),
  collectedAt: Date.parse('2024-06-01T00:00:00Z'),
  concepts,
});

const chunk = encodeChunk(0, [
  fact(
    1,
    US,
    [
      ['digital-diplomacy', 2],
      ['national-image', 1],
    ],
    '2024-04-10T00:00:00Z',
  ),
  fact(2, US, [['digital-diplomacy', 1]], '2024-05-10T00:00:00Z'),
  fact(
    3,
    GB,
    [
      ['cyber-diplomacy', 1],
      ['digital-diplomacy', 1],
    ],
    '2024-05-11T00:00:00Z',
  ),
  fact(4, '', [], '2024-05-12T00:00:00Z'),
]);
const notes = [
  makeRecord({
    conceptIds: ['digital-diplomacy'],
    tags: ['课堂'],
    color: 'green',
    country: '',
    createdAt: Date.parse('2024-05-20T00:00:00Z'),
  }),
];
const rows = [...rowsFromChunks([chunk]), ...rowsFromNotes(notes)];

describe('insights', () => {
  it('counts concept mentions per country, month, account and pairs', () => {
    const a = aggregate(rows, {});
    expect(a.posts).toBe(4);
    expect(a.notes).toBe(1);
    expect(a.mentions).toBe(7);
    expect(a.concepts[0]).toEqual({ id: 'digital-diplomacy', mentions: 5, items: 4 });
    expect(a.heatmap).toContainEqual({ row: 'digital-diplomacy', column: 'US', value: 3 });
    expect(a.heatmap).toContainEqual({ row: 'digital-diplomacy', column: 'GB', value: 1 });
    expect(a.heatmap).toContainEqual({ row: 'digital-diplomacy', column: '', value: 1 });
    expect(a.countries.map((c) => c.code)).toEqual(['US', 'GB', '']);
    expect(a.countries[0]).toMatchObject({ zh: '美国', en: 'United States', mentions: 4 });
    expect(a.months).toEqual(['2024-04', '2024-05']);
    expect(a.timeline).toContainEqual({ month: '2024-04', country: 'US', mentions: 3 });
    expect(a.timeline).toContainEqual({ month: '2024-05', country: 'US', mentions: 1 });
    expect(a.accounts[0]).toEqual({
      account: 'weibo\u00011\u0001美国驻华大使馆',
      mentions: 4,
      top: [
        { id: 'digital-diplomacy', mentions: 3 },
        { id: 'national-image', mentions: 1 },
      ],
    });
    expect(a.cooccurrence).toEqual([
      { a: 'cyber-diplomacy', b: 'digital-diplomacy', items: 1 },
      { a: 'digital-diplomacy', b: 'national-image', items: 1 },
    ]);
  });

  it('filters like the Notes view: concept, country, source; tags and colours keep notes only', () => {
    expect(aggregate(rows, { country: 'GB' }).mentions).toBe(2);
    expect(aggregate(rows, { conceptId: 'national-image' }).posts).toBe(1);
    expect(aggregate(rows, { source: 'note' })).toMatchObject({ posts: 0, notes: 1, mentions: 1 });
    expect(aggregate(rows, { tag: '課堂' })).toMatchObject({ posts: 0, notes: 1 });
    expect(aggregate(rows, { color: 'green' })).toMatchObject({ posts: 0, notes: 1 });
    expect(aggregate(rows, { from: Date.parse('2024-05-15T00:00:00Z') })).toMatchObject({ posts: 4, notes: 1 });
    expect(aggregate(rows, { from: Date.parse('2024-06-02T00:00:00Z') })).toMatchObject({ posts: 0, notes: 0 });
  });
});
