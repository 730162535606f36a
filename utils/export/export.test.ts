import { describe, expect, it } from 'vitest';
import { makeNote, quote } from '../search/test-notes';
import {
  buildExport,
  createBackup,
  neutraliseCell,
  notesToCsv,
  notesToMarkdown,
  notesToW3C,
  toObsidianTag,
  wikiLink,
} from './index';
import { mdSource } from './markdown';
import { UNSAFE_SOURCE_PREFIX, w3cSource } from './w3c';

const a = makeNote({
  id: 'a',
  url: 'https://www.mfa.gov.cn/web/1.html',
  pageTitle: '外交部发言人答记者问',
  quote: quote('中国积极推进数字外交\n第二行'),
  position: { type: 'TextPositionSelector', start: 50, end: 60 },
  note: '# 重要\n见第二节',
  tags: ['数字 外交', 'GDI'],
  conceptIds: ['digital-diplomacy'],
  createdAt: Date.UTC(2024, 0, 2),
});
const b = makeNote({
  id: 'b',
  url: 'https://www.mfa.gov.cn/web/1.html',
  pageTitle: '外交部发言人答记者问',
  quote: quote('网络外交'),
  position: { type: 'TextPositionSelector', start: 10, end: 14 },
  createdAt: Date.UTC(2024, 0, 3),
});
const c = makeNote({
  id: 'c',
  url: 'https://weibo.com/123/AbC',
  pageTitle: '美国驻华大使馆的微博',
  quote: quote('=HYPERLINK("http://evil")'),
  note: 'He said "hi", then left',
  context: {
    platform: 'weibo',
    postId: 'AbC',
    permalink: 'https://weibo.com/123/AbC',
    author: { name: '美国驻华大使馆', id: '123' },
  },
  createdAt: Date.UTC(2024, 0, 1),
});

describe('Markdown', () => {
  const md = notesToMarkdown([a, b, c], { conceptName: (id) => (id === 'digital-diplomacy' ? '数字外交' : id) });
  it('has one section per page with title and source, newest page first', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 外交部发言人答记者问', '## 美国驻华大使馆的微博']);
    expect(md).toContain('Source: <https://www.mfa.gov.cn/web/1.html>');
    expect(md).toContain('Weibo: @美国驻华大使馆');
  });
  it('quotes each highlight, in page order, with note, tags and concept links', () => {
    expect(md).toContain('> 中国积极推进数字外交\n> 第二行');
    expect(md.indexOf('> 网络外交')).toBeLessThan(md.indexOf('> 中国积极推进'));
    expect(md).toContain('\\# 重要\n见第二节');
    expect(md).toContain('#数字-外交 #GDI · [[数字外交]]');
  });
  it('makes link targets Obsidian accepts as note names', () => {
    expect(wikiLink('Cyber/Digital: [draft] #1?')).toBe('[[Cyber Digital draft 1]]');
    expect(wikiLink('数字外交')).toBe('[[数字外交]]');
  });
  it('makes valid Obsidian tags', () => {
    expect(toObsidianTag('cyber security!')).toBe('cyber-security');
    expect(toObsidianTag('2024')).toBe('_2024');
    expect(toObsidianTag('  ')).toBe('');
  });
});

describe('CSV', () => {
  const csv = notesToCsv([a, c]);
  it('starts with a BOM and uses CRLF rows', () => {
    expect(csv.startsWith('\uFEFFid,created,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4); // header, 2 rows, trailing empty
  });
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toContain('"He said ""hi"", then left"');
    expect(csv).toContain('"中国积极推进数字外交\n第二行"');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(bad)).toBe(`'${bad}`);
    expect(neutraliseCell('plain')).toBe('plain');
  });
});

describe('W3C Web Annotation', () => {
  const coll = notesToW3C([a, b]);
  it('is an AnnotationCollection of Annotations with selectors and bodies', () => {
    expect(coll['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(coll.total).toBe(2);
    const [first, second] = coll.first.items;
    expect(first?.type).toBe('Annotation');
    expect(first?.id).toBe('urn:uuid:a');
    expect(first?.target.source).toBe(a.url);
    expect(first?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(first?.body).toEqual([
      { type: 'TextualBody', value: a.note, purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: '数字 外交', purpose: 'tagging' },
      { type: 'TextualBody', value: 'GDI', purpose: 'tagging' },
    ]);
    expect(first?.created).toBe('2024-01-02T00:00:00.000Z');
    expect(first?.diplolens.pageTitle).toBe(a.pageTitle);
    expect(second?.body).toBeUndefined();
    expect(second?.motivation).toBe('highlighting');
  });
});

describe('backup and files', () => {
  it('wraps notes in the backup envelope', () => {
    const bk = createBackup([a], Date.UTC(2024, 5, 1));
    expect(bk).toEqual({
      format: 'diplolens-backup',
      version: 3,
      exportedAt: '2024-06-01T00:00:00.000Z',
      notes: [a],
      posts: [],
    });
  });
  it('exports only one page when asked', () => {
    const file = buildExport('backup', [a, b, c], { pageUrl: c.url, now: Date.UTC(2024, 5, 1) });
    expect(file.filename).toBe('diplolens-weibo.com-2024-06-01.backup.json');
    expect(JSON.parse(file.content).notes.map((n: { id: string }) => n.id)).toEqual(['c']);
    expect(buildExport('csv', [a, b, c], { pageUrl: a.url }).content.split('\r\n')).toHaveLength(4);
    expect(buildExport('markdown', [a, b, c]).filename).toMatch(/^diplolens-\d{4}-\d\d-\d\d\.md$/);
  });
});

describe('Markdown with citations', () => {
  it('puts the post’s reference under its heading when a citer is given', async () => {
    const { makeRecord } = await import('../notes/fixtures');
    const { notesToMarkdown } = await import('./markdown');
    const note = makeRecord({
      url: 'https://weibo.com/1743951792/Ov1AbCdEf',
      context: {
        platform: 'weibo',
        postId: 'Ov1AbCdEf',
        permalink: 'https://weibo.com/1743951792/Ov1AbCdEf',
        author: { name: '美国驻华大使馆', id: '1743951792' },
      },
    });
    const md = notesToMarkdown([note], {
      citation: () => '美国驻华大使馆. [微博帖子][EB/OL]. https://weibo.com/1743951792/Ov1AbCdEf.',
    });
    expect(md).toContain('Cite: 美国驻华大使馆. \\[微博帖子\\]\\[EB/OL\\]. https://weibo.com/1743951792/Ov1AbCdEf.');
    expect(notesToMarkdown([note])).not.toContain('Cite:');
  });
});

describe('URLs in exports (issue 11)', () => {
  const legacy = (url: string) =>
    makeNote({
      id: `l-${url.length}`,
      url,
      pageTitle: 'old',
      quote: quote('数字外交'),
      createdAt: Date.UTC(2023, 0, 1),
    });

  it('Markdown autolinks only web pages, percent-encoding what could end the link', () => {
    expect(mdSource('https://example.org/a b?q=<x>&r="y"`z')).toBe(
      '<https://example.org/a%20b?q=%3Cx%3E&r=%22y%22%60z>',
    );
    expect(mdSource('https://example.org/ok')).toBe('<https://example.org/ok>');
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
      const md = notesToMarkdown([legacy(url)]);
      expect(md).not.toContain(`<${url}>`);
      expect(md).not.toMatch(/\]\(javascript:/);
      expect(md).toContain('(not a web page; not linked)');
      expect(md).not.toContain('<script>');
    }
  });

  it('W3C JSON never carries a non-web source as openable; web sources stay as they are', () => {
    const [web] = notesToW3C([a]).first.items;
    expect(web?.target.source).toBe('https://www.mfa.gov.cn/web/1.html');
    const [bad] = notesToW3C([legacy('javascript:alert(1)')]).first.items;
    expect(bad?.target.source).toBe(`${UNSAFE_SOURCE_PREFIX}${encodeURIComponent('javascript:alert(1)')}`);
    expect(w3cSource('chrome://settings/')).toMatch(/^urn:x-diplolens:not-a-web-page:/);
  });

  it('CSV keeps URL cells formula-safe like every other cell', () => {
    const csv = notesToCsv([legacy('javascript:alert(1)'), { ...a, url: '=HYPERLINK("http://x")' }]);
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).toContain('javascript:alert(1)');
  });
});
