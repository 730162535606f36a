import { afterEach, describe, expect, it } from 'vitest';
import { articleAdapter } from '../../utils/sites/article/index';
import { xAdapter } from '../../utils/sites/x/index';
import { timeline } from '../../utils/sites/x/test-fixtures';
import { buildPageSummary } from './page-summary';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
  document.title = '';
});

const scanner = (counts: [string, number][]) => ({ countsByConcept: () => new Map(counts) });

describe('the page summary', () => {
  it("lists concepts by count, the page's kind, the posts' missions (quoted too) and the URLs notes live under", () => {
    document.title = 'Home / X';
    timeline([
      {
        name: 'Lin',
        handle: 'lin_reads',
        id: '3',
        text: 'x',
        quote: { name: 'Chinese Embassy in US', handle: 'ChineseEmbinUS', text: 'q' },
      },
      { name: 'UK in China', handle: 'UKinChina', id: '4', text: 'y' },
      { name: 'UK in China', handle: 'UKinChina', id: '5', text: 'z' },
    ]);
    const summary = buildPageSummary({
      scanner: scanner([
        ['cyber-diplomacy', 1],
        ['digital-diplomacy', 4],
        ['a-concept', 1],
      ]),
      adapter: xAdapter,
      postRoots: xAdapter.postRoots(document),
      noteUrls: ['https://x.com/lin_reads/status/3'],
      doc: document,
      href: 'https://x.com/home?utm_source=x',
    });
    expect(summary).toMatchObject({
      url: 'https://x.com/home',
      title: 'Home / X',
      site: 'x',
      platform: 'x',
      kind: 'timeline',
      concepts: [
        { id: 'digital-diplomacy', count: 4 },
        { id: 'a-concept', count: 1 },
        { id: 'cyber-diplomacy', count: 1 },
      ],
    });
    expect(summary.missions.map((m) => `${m.countryCode}${m.host ? `>${m.host.code}` : ''}`).sort()).toEqual([
      'CN>US',
      'GB',
    ]);
    expect(summary.noteUrls).toContain('https://x.com/UKinChina/status/4');
    expect(summary.noteUrls).toContain('https://x.com/lin_reads/status/3');
    expect(new Set(summary.noteUrls).size).toBe(summary.noteUrls.length);
  });

  it("names an article page's mission from its own context, and lists the page's URL", () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.setAttribute('content', 'Embassy of Japan in China');
    document.head.append(meta);
    document.body.innerHTML = '<p>Some text in English.</p>';
    const summary = buildPageSummary({
      scanner: scanner([]),
      adapter: articleAdapter,
      postRoots: [],
      noteUrls: [],
      doc: document,
      href: 'https://www.cn.emb-japan.go.jp/itpr_en/news.html',
    });
    expect(summary.kind).toBe('article');
    expect(summary.noteUrls).toEqual(['https://www.cn.emb-japan.go.jp/itpr_en/news.html']);
    expect(summary.missions).toMatchObject([{ countryCode: 'JP', missionType: 'embassy' }]);
    expect(summary.language).toBe('en');
  });
});
