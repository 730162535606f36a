import { describe, expect, it } from 'vitest';
import { createBackup } from '../export/backup';
import { notesToW3C, noteToAnnotation } from '../export/w3c';
import type { NoteRecord } from '../notes/types';
import { makePostDraft } from '../posts/fixtures';
import { makeNote, quote } from '../search/test-notes';
import { type ImportResult, parseImportText, parseImportValue } from './index';

const full = makeNote({
  id: '3f2c1a9e-1111-4222-8333-944455556666',
  url: 'https://weibo.com/1234/AbCdE',
  pageTitle: '美国驻华大使馆的微博',
  site: 'weibo.com',
  root: { kind: 'post', platform: 'weibo', postId: 'AbCdE' },
  quote: { type: 'TextQuoteSelector', exact: '數字外交 digital diplomacy', prefix: '推进', suffix: '。' },
  position: { type: 'TextPositionSelector', start: 12, end: 34 },
  color: 'purple',
  note: '对比 §2\n第二行',
  tags: ['数字外交', 'US'],
  conceptIds: ['digital-diplomacy'],
  lang: 'zh-Hant',
  context: {
    platform: 'weibo',
    postId: 'AbCdE',
    permalink: 'https://weibo.com/1234/AbCdE',
    author: {
      name: '美国驻华大使馆',
      id: '1234',
      url: 'https://weibo.com/u/1234',
      mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
    },
    publishedAt: '2024-03-01T08:00:00.000Z',
    quoted: {
      platform: 'weibo',
      postId: 'XyZ12',
      permalink: 'https://weibo.com/3158440525/XyZ12',
      author: { name: '英国驻华使馆', id: '3158440525' },
    },
  },
  country: 'US',
  createdAt: 1_709_280_000_123,
  updatedAt: 1_709_290_000_456,
  anchorStatus: 'fuzzy',
  archived: 1,
  lastReviewedAt: 1_709_300_000_789,
  reviewCount: 3,
});
const plain = makeNote({ id: 'plain-1', quote: quote('cyber diplomacy') });

function errorsOf(r: ImportResult) {
  if (r.ok) throw new Error('expected the import to be refused');
  return r.errors;
}

/** `full` as DiploLens wrote it before notes became site-neutral (schema v1, backup version 1). */
const fullV1 = (() => {
  const { context: _c, root: _r, ...rest } = full;
  return {
    ...rest,
    root: { kind: 'weibo-post', mblogid: 'AbCdE' },
    weibo: {
      authorName: '美国驻华大使馆',
      uid: '1234',
      mblogid: 'AbCdE',
      permalink: 'https://weibo.com/1234/AbCdE',
      postedAt: '2024-03-01T08:00:00.000Z',
      mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
    },
  };
})();
/** What the v1 note becomes: everything it knew, in the neutral shape (v1 knew nothing of quoted posts). */
const { quoted: _q, ...fullV1Context } = full.context ?? { quoted: undefined };
const fullFromV1 = { ...full, context: fullV1Context };

describe('files written by older versions', () => {
  it('a version-1 backup restores its Weibo notes in the site-neutral shape', () => {
    const backup = {
      format: 'diplolens-backup',
      version: 1,
      exportedAt: '2024-05-01T00:00:00Z',
      notes: [fullV1, plain],
    };
    expect(parseImportValue(backup)).toEqual({ ok: true, notes: [fullFromV1, plain], posts: [] });
  });
  it('an older W3C export (extension object with `weibo`) imports the same way', () => {
    const { id: _id, url: _url, quote: _quote, position: _p, note: _n, tags: _t, ...ext } = fullV1;
    const annotation = { ...noteToAnnotation(full), diplolens: ext };
    expect(parseImportValue(annotation)).toEqual({ ok: true, notes: [fullFromV1] });
  });
  it('a backup of an unknown later version is refused with the versions this one reads', () => {
    const errors = errorsOf(parseImportValue({ format: 'diplolens-backup', version: 4, exportedAt: '', notes: [] }));
    expect(errors[0]?.messageEn).toMatch(/versions 1 to 3/);
  });
});

describe('round trips', () => {
  it('W3C collection export → import gives equal records', () => {
    const r = parseImportText(JSON.stringify(notesToW3C([full, plain])));
    expect(r).toEqual({ ok: true, notes: [full, plain] });
  });
  it('a single annotation and a bare array also import', () => {
    expect(parseImportValue(noteToAnnotation(full))).toEqual({ ok: true, notes: [full] });
    expect(parseImportValue([noteToAnnotation(plain)])).toEqual({ ok: true, notes: [plain] });
  });
  it('backup export → import gives equal records (BOM tolerated)', () => {
    const r = parseImportText(`\uFEFF${JSON.stringify(createBackup([full, plain]))}`);
    expect(r).toEqual({ ok: true, notes: [full, plain], posts: [] });
  });
  it('a version-3 backup carries collected posts, validated like notes; a version-2 backup imports with none', () => {
    const post = {
      ...makePostDraft(),
      key: 'https://weibo.com/1743951792/Ov1AbCdEf',
      site: 'weibo.com',
      conceptIds: ['digital-diplomacy', 'national-image'],
      country: 'US',
      lang: 'zh-Hans',
      published: 1,
      collectedAt: 2,
      updatedAt: 3,
    };
    expect(parseImportValue(createBackup([full], 0, [post]))).toEqual({ ok: true, notes: [full], posts: [post] });
    const bad = errorsOf(
      parseImportValue(
        createBackup([full], 0, [{ ...post, context: { ...post.context, permalink: 'javascript:alert(1)' } }]),
      ),
    );
    expect(bad[0]?.path).toBe('posts[0].context.permalink');
    const twice = errorsOf(parseImportValue(createBackup([], 0, [post, post])));
    expect(twice[0]?.messageEn).toMatch(/duplicate/);
    const v2 = { format: 'diplolens-backup', version: 2, exportedAt: '', notes: [full] };
    expect(parseImportValue(v2)).toEqual({ ok: true, notes: [full], posts: [] });
  });
  it('reads a foreign W3C annotation with sensible defaults', () => {
    const r = parseImportValue({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno1',
      type: 'Annotation',
      created: '2024-01-01T00:00:00Z',
      body: [
        { type: 'TextualBody', value: 'my comment' },
        { type: 'TextualBody', value: 'diplomacy', purpose: 'tagging' },
      ],
      target: { source: 'https://www.example.org/page', selector: { type: 'TextQuoteSelector', exact: 'soft power' } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const n = r.notes[0] as NoteRecord;
    expect(n).toMatchObject({
      id: 'http://example.org/anno1',
      url: 'https://www.example.org/page',
      site: 'example.org',
      note: 'my comment',
      tags: ['diplomacy'],
      color: 'yellow',
      createdAt: Date.UTC(2024, 0, 1),
      anchorStatus: 'orphan',
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
    });
  });
});

describe('bad files are refused with a clear message saying where', () => {
  const backupOf = (notes: unknown[]) => ({ format: 'diplolens-backup', version: 1, exportedAt: '2024', notes });
  const cases: { name: string; input: string; path: string | RegExp; en: RegExp; zh: RegExp }[] = [
    {
      name: 'truncated JSON',
      input: JSON.stringify(createBackup([full])).slice(0, 200),
      path: '(file)',
      en: /truncated/,
      zh: /不完整/,
    },
    {
      name: 'wrong colour',
      input: JSON.stringify(backupOf([plain, plain, plain, { ...full, color: 'orange' }])),
      path: 'notes[3].color',
      en: /expected one of yellow, green, blue, pink, purple/,
      zh: /应为以下之一/,
    },
    {
      name: 'unknown format',
      input: JSON.stringify({ format: 'hypothesis-export', version: 1, notes: [] }),
      path: 'format',
      en: /unknown format "hypothesis-export"/,
      zh: /未知格式/,
    },
    {
      name: 'future version',
      input: JSON.stringify({ ...backupOf([]), version: 9 }),
      path: 'version',
      en: /version 9 is not supported/,
      zh: /不支持第 9 版/,
    },
    {
      name: '__proto__ key',
      input: `{"format":"diplolens-backup","version":1,"exportedAt":"x","notes":[{"__proto__":{"polluted":true}}]}`,
      path: 'notes[0].__proto__',
      en: /forbidden key "__proto__"/,
      zh: /禁止/,
    },
    {
      name: 'constructor key in an annotation',
      input: JSON.stringify({ ...noteToAnnotation(plain), target: { constructor: { prototype: 1 } } }),
      path: 'target.constructor',
      en: /forbidden key "constructor"/,
      zh: /禁止/,
    },
    {
      name: 'overlong quote',
      input: JSON.stringify(backupOf([{ ...plain, quote: { ...plain.quote, exact: 'x'.repeat(10_001) } }])),
      path: 'notes[0].quote.exact',
      en: /too long: at most 10000 characters/,
      zh: /太长/,
    },
    {
      name: 'too many tags',
      input: JSON.stringify(backupOf([{ ...plain, tags: Array.from({ length: 40 }, (_, i) => `t${i}`) }])),
      path: 'notes[0].tags',
      en: /too many items: at most 32/,
      zh: /条目太多/,
    },
    {
      name: 'missing field and extra field',
      input: JSON.stringify(backupOf([{ ...plain, url: undefined, evil: 1 }])),
      path: /notes\[0\]\.url|notes\[0\]/,
      en: /required field is missing|unknown field\(s\): evil/,
      zh: /缺少必填字段|不认识的字段/,
    },
    {
      name: 'annotation without a TextQuoteSelector',
      input: JSON.stringify([
        noteToAnnotation(plain),
        { type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'CssSelector', value: 'p' } } },
      ]),
      path: '[1].target.selector',
      en: /TextQuoteSelector/,
      zh: /TextQuoteSelector/,
    },
    {
      name: 'not ours at all',
      input: JSON.stringify({ hello: 'world' }),
      path: '(file)',
      en: /not a DiploLens backup or a W3C/,
      zh: /不是外交透镜备份/,
    },
    {
      name: 'duplicate ids',
      input: JSON.stringify(backupOf([plain, plain])),
      path: 'notes[1].id',
      en: /duplicate id "plain-1"/,
      zh: /重复/,
    },
    {
      name: 'number where a string belongs',
      input: JSON.stringify({
        ...notesToW3C([plain]),
        first: { items: [{ ...noteToAnnotation(plain), bodyValue: 5 }] },
      }),
      path: 'first.items[0].bodyValue',
      en: /expected string, got number/,
      zh: /应为字符串/,
    },
    {
      name: 'empty file',
      input: '   ',
      path: '(file)',
      en: /empty/,
      zh: /空/,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const errors = errorsOf(parseImportText(c.input));
      const hit = errors.find((e) => (typeof c.path === 'string' ? e.path === c.path : c.path.test(e.path)));
      expect(hit, JSON.stringify(errors)).toBeDefined();
      expect(hit?.messageEn).toMatch(c.en);
      expect(hit?.messageZh).toMatch(c.zh);
    });
  }

  it('never pollutes Object.prototype', () => {
    parseImportText('{"__proto__":{"polluted":true},"format":"diplolens-backup","version":1,"notes":[]}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps the error list', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...plain, id: `n${i}`, color: 'red' }));
    const errors = errorsOf(parseImportText(JSON.stringify(backupOf(many))));
    expect(errors.length).toBe(21);
    expect(errors.at(-1)?.messageEn).toBe('30 more problems not listed');
  });
});

describe('only web pages (issue 11)', () => {
  const HOSTILE_TARGETS = [
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://settings/',
  ];

  it('refuses a backup whose note targets anything but an http(s) page, saying which item, in both languages', () => {
    for (const url of HOSTILE_TARGETS) {
      const file = {
        format: 'diplolens-backup',
        version: 2,
        exportedAt: '2024',
        notes: [full, { ...full, id: 'x2', url }],
      };
      const r = parseImportText(JSON.stringify(file));
      expect(r.ok, url).toBe(false);
      if (r.ok) continue;
      expect(r.errors[0]?.path).toBe('notes[1].url');
      expect(r.errors[0]?.messageEn).toMatch(/not a web page address/);
      expect(r.errors[0]?.messageZh).toMatch(/不是网页地址/);
    }
  });

  it('refuses a W3C annotation with such a target, saying which item', () => {
    for (const url of HOSTILE_TARGETS) {
      const coll = notesToW3C([full, full].map((n, i) => ({ ...n, id: `id-${i}` })));
      const items = coll.first.items as unknown as { target: { source: string } }[];
      (items[1] as { target: { source: string } }).target.source = url;
      const r = parseImportText(JSON.stringify(coll));
      expect(r.ok, url).toBe(false);
      if (r.ok) continue;
      expect(r.errors[0]?.path).toBe('first.items[1].target.source');
      expect(r.errors[0]?.messageZh).toMatch(/不是网页地址/);
    }
  });

  it('refuses an older version-1 backup with such a URL too', () => {
    const v1 = {
      format: 'diplolens-backup',
      version: 1,
      exportedAt: '2024',
      notes: [{ ...plain, url: 'file:///etc/passwd' }],
    };
    const r = parseImportText(JSON.stringify(v1));
    expect(r.ok).toBe(false);
  });

  it('an export of an older non-web record does not import back as openable', () => {
    const legacy = { ...full, id: 'legacy-1', url: 'javascript:alert(1)' } as NoteRecord;
    const r = parseImportText(JSON.stringify(notesToW3C([legacy])));
    expect(r.ok).toBe(false);
  });
});
