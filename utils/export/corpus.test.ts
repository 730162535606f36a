import { describe, expect, it } from 'vitest';
import { makePostDraft, tweetDraft } from '../posts/fixtures';
import type { PostDraft, PostRecord } from '../posts/types';
import { CORPUS_COLUMNS, postsToCsv } from './corpus-csv';
import { postsToJsonl } from './corpus-jsonl';

const record = (d: PostDraft, lang: string): PostRecord => ({
  ...d,
  key: d.context.permalink,
  site: new URL(d.context.permalink).hostname,
  conceptIds: d.concepts.map((c) => c.id),
  country: d.context.author.mission?.countryCode ?? '',
  lang,
  published: Date.parse(d.context.publishedAt ?? ''),
  collectedAt: Date.parse('2024-06-01T04:00:00Z'),
  updatedAt: Date.parse('2024-06-01T04:00:00Z'),
});
const posts = [
  record(makePostDraft({ text: '=HYPERLINK("x") 数字外交, "引号"\n第二行' }), 'zh-Hans'),
  record(tweetDraft(), 'en'),
];

/** A minimal RFC 4180 reader, as R's read.csv or pandas would read the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('corpus CSV', () => {
  it('has a BOM, a header of documented columns plus one column per concept, one row per post', () => {
    const csv = postsToCsv(posts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CORPUS_COLUMNS, 'concept:digital-diplomacy', 'concept:national-image']);
    expect(rows).toHaveLength(2);
    const at = (r: string[] | undefined, col: string) => r?.[header?.indexOf(col) ?? -1];
    expect(at(rows[0], 'author')).toBe('美国驻华大使馆');
    expect(at(rows[0], 'country_en')).toBe('United States');
    expect(at(rows[0], 'published')).toBe('2024-05-20T02:32:00.000Z');
    // Text survives commas, quotes and line breaks; a leading "=" is neutralised.
    expect(at(rows[0], 'text')).toBe('\'=HYPERLINK("x") 数字外交, "引号"\n第二行');
    expect(at(rows[0], 'concept:digital-diplomacy')).toBe('2');
    expect(at(rows[1], 'concept:national-image')).toBe('0');
    expect(at(rows[1], 'platform')).toBe('x');
    expect(at(rows[0], 'concept_mentions')).toBe('3');
  });
});

describe('corpus JSON Lines', () => {
  it('one parseable record per line, with ISO dates', () => {
    const lines = postsToJsonl(posts).split('\n');
    expect(lines.at(-1)).toBe('');
    const parsed = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(parsed).toHaveLength(2);
    expect(parsed[0].text).toContain('第二行');
    expect(parsed[1].publishedIso).toBe('2024-05-20T14:05:00.000Z');
    expect(parsed[1].concepts).toEqual([{ id: 'digital-diplomacy', count: 1 }]);
  });
});
