import { describe, expect, it } from 'vitest';
import { makePostDraft, tweetDraft } from '../posts/fixtures';
import type { PostDraft, PostRecord } from '../posts/types';
import { citationFile, references } from './index';
import type { CiteSource } from './items';

const record = (d: PostDraft, lang: string): PostRecord => ({
  ...d,
  key: d.context.permalink,
  site: 'weibo.com',
  conceptIds: [],
  country: 'US',
  lang,
  published: Date.parse(d.context.publishedAt ?? ''),
  collectedAt: Date.parse('2024-06-01T04:00:00Z'),
  updatedAt: 0,
});
const sources: CiteSource[] = [
  { kind: 'post', post: record(makePostDraft(), 'zh-Hans') },
  { kind: 'post', post: record(tweetDraft(), 'en') },
  { kind: 'paper', id: 'han-wu-2024' },
  { kind: 'paper', id: 'gov-weibo-socializing' },
];
const opts = { timeZone: 'UTC', now: Date.parse('2024-06-02T00:00:00Z') };

describe('reference-manager files', () => {
  it('BibTeX: one entry per source, Chinese kept as written, keys ASCII', () => {
    const f = citationFile(sources, 'bibtex', opts);
    expect(f.filename).toBe('diplolens-citations-2024-06-02.bib');
    expect(f.content.match(/^@\w+\{/gm)).toHaveLength(4);
    expect(f.content).toContain('@misc{weibo2024Ov1AbCdEf,');
    expect(f.content).toContain('author = {{美国驻华大使馆}}');
    expect(f.content).toContain('title = {#数字外交# 数字外交让世界更近。我们期待与中国网民交流国家形象的新形式。}');
    expect(f.content).toContain('@article{HanWu2024,');
    expect(f.content).toContain('journal = {教学与研究}');
    expect(f.content).toContain('pages = {95--105}');
    expect(f.content).toMatch(/url = \{https:\/\/x\.com\/USA_China_Talk\/status\/1792512345678901234\}/);
  });

  it('RIS: every value on one line, one record per source', () => {
    const f = citationFile(sources, 'ris', opts);
    const lines = f.content.split('\n').filter((l) => l !== '');
    for (const l of lines) expect(l, l).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(4);
    expect(lines).toContain('AU  - U.S. Embassy China');
    expect(lines).toContain(
      'TI  - Digital diplomacy connects people: our embassy answers questions from Chinese netizens every week.',
    );
    expect(lines).toContain('UR  - https://weibo.com/1743951792/Ov1AbCdEf');
  });

  it('CSL-JSON: the items as Zotero reads them', () => {
    const items = JSON.parse(citationFile(sources, 'csl-json', opts).content) as Record<string, unknown>[];
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      type: 'post',
      author: [{ literal: '美国驻华大使馆' }],
      'container-title': 'Weibo',
      URL: 'https://weibo.com/1743951792/Ov1AbCdEf',
      issued: { 'date-parts': [[2024, 5, 20]] },
      accessed: { 'date-parts': [[2024, 6, 1]] },
      language: 'zh-CN',
    });
    // The unknown paper: nothing invented (no author, no date, no journal).
    expect(items[3]).not.toHaveProperty('author');
    expect(items[3]).not.toHaveProperty('issued');
    expect(items[3]).not.toHaveProperty('container-title');
  });

  it('HTML references keep APA’s italics and drop the numeric label', () => {
    const r = references([sources[2] as CiteSource], 'apa-7');
    expect(r.html[0]).toContain('<i>Jiaoxue yu Yanjiu</i>');
    const gb = references([sources[2] as CiteSource], 'gb-t-7714-2015-numeric');
    expect(gb.text[0]?.startsWith('韩笑')).toBe(true);
    expect(gb.html[0]).not.toContain('[1]');
  });
});
