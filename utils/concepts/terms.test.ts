import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../matcher/automaton';
import { requireQuotes } from '../matcher/quoted';
import { foldText } from '../text/normalize';
import { PART1_CONCEPTS } from './data/part1';
import { CONCEPTS } from './index';
import { buildTermDictionary, lookupTerm, normalizeSurface } from './terms';
import type { Concept } from './types';

const TSV = resolve(__dirname, '../../tests/fixtures/concepts-required.tsv');

interface RequiredRow {
  section: string;
  zh: string;
  en: string;
}

function requiredRows(): RequiredRow[] {
  const [header, ...lines] = readFileSync(TSV, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  expect(header?.split('\t')).toEqual(['seed', 'section', 'zh', 'en']);
  return lines.map((line) => {
    const [, section = '', zh = '', en = ''] = line.split('\t');
    return { section, zh, en };
  });
}

const kebab = (en: string): string =>
  en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function concept(id: string, zh: string, en: string, terms: Concept['terms'] = []): Concept {
  return {
    id,
    name: { zh, en },
    category: 'theory',
    terms,
    summary: { zh: '一。二。', en: 'One. Two.' },
    sources: [],
    relations: [],
  };
}

describe('normalizeSurface', () => {
  it('applies NFKC, collapses hyphens and spaces, and lower-cases unless case-sensitive', () => {
    expect(normalizeSurface('Ｅ－Diplomacy')).toBe('e diplomacy');
    expect(normalizeSurface('e  -  diplomacy')).toBe('e diplomacy');
    expect(normalizeSurface('GDI', true)).toBe('GDI');
  });
});

describe('buildTermDictionary over the concept base', () => {
  const dict = buildTermDictionary();

  it('builds without collisions: no surface form is shared by two concepts', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const e of dict) {
      const key = normalizeSurface(e.surface);
      const prev = owner.get(key);
      if (prev && prev !== e.conceptId) shared.push(`${e.surface}: ${prev} / ${e.conceptId}`);
      owner.set(key, e.conceptId);
    }
    expect(shared).toEqual([]);
  });

  it('includes every name in both languages', () => {
    for (const c of CONCEPTS) {
      expect(
        dict.some((e) => e.conceptId === c.id && e.surface === c.name.zh && e.lang === 'zh'),
        c.id,
      ).toBe(true);
      expect(
        dict.some((e) => e.conceptId === c.id && e.surface === c.name.en && e.lang === 'en'),
        c.id,
      ).toBe(true);
    }
  });

  it('sets word boundaries by script and inflection only for English', () => {
    for (const e of dict) {
      expect(e.wordBoundary, e.surface).toBe(!/\p{Script=Han}/u.test(e.surface));
      if (e.lang === 'zh') expect(e.inflect, e.surface).toBe(false);
    }
    expect(dict.find((e) => e.surface === 'digital divide')?.inflect ?? true).toBe(true);
    expect(dict.find((e) => e.surface === 'social bot')?.inflect).toBe(true);
    expect(dict.find((e) => e.surface === 'Bureau of Cyberspace and Digital Policy')?.inflect).toBe(false);
    expect(dict.find((e) => e.surface === 'G20')?.caseSensitive).toBe(true);
  });

  it('contains no generic words that would light up everywhere, and no too-short terms', () => {
    const generic = ['diplomacy', '外交', 'internet', '网络', 'china', '中国', 'digital', '数字'];
    for (const e of dict) {
      expect(generic, e.surface).not.toContain(normalizeSurface(e.surface));
      const han = /\p{Script=Han}/u.test(e.surface);
      expect([...e.surface.replace(/[\s-]/g, '')].length, e.surface).toBeGreaterThanOrEqual(han ? 2 : 3);
    }
  });
});

describe('buildTermDictionary collisions', () => {
  it('throws naming both concepts when two concepts share a form', () => {
    const a = concept('alpha', '甲概念', 'alpha thing');
    const b = concept('beta', '乙概念', 'beta thing', [{ text: 'Alpha-Thing', lang: 'en' }]);
    expect(() => buildTermDictionary([a, b])).toThrow(/alpha.*beta|beta.*alpha/);
  });

  it('compares after NFKC (full-width forms collide with half-width)', () => {
    const a = concept('alpha', '甲概念', 'alpha thing');
    const b = concept('beta', '乙概念', 'beta thing', [{ text: 'ａｌｐｈａ ｔｈｉｎｇ', lang: 'en' }]);
    expect(() => buildTermDictionary([a, b])).toThrow(/"alpha"/);
  });

  it('lets two case-sensitive acronyms differ by case but not match an insensitive term', () => {
    const a = concept('alpha', '甲概念', 'alpha thing', [{ text: 'ABC', lang: 'en', caseSensitive: true }]);
    const b = concept('beta', '乙概念', 'beta thing', [{ text: 'Abc', lang: 'en', caseSensitive: true }]);
    expect(() => buildTermDictionary([a, b])).not.toThrow();
    const c = concept('gamma', '丙概念', 'gamma thing', [{ text: 'abc', lang: 'en' }]);
    expect(() => buildTermDictionary([a, c])).toThrow(/alpha.*gamma|gamma.*alpha/);
  });

  it('rejects terms that are too short', () => {
    expect(() => buildTermDictionary([concept('alpha', '甲', 'alpha thing')])).toThrow(/too short/);
    expect(() =>
      buildTermDictionary([concept('alpha', '甲概念', 'alpha thing', [{ text: 'AU', lang: 'en' }])]),
    ).toThrow(/too short/);
  });

  it('accepts one concept repeating a form and keeps one entry', () => {
    const a = concept('alpha', '甲概念', 'alpha thing', [{ text: 'Alpha Thing', lang: 'en' }]);
    expect(buildTermDictionary([a]).filter((e) => e.lang === 'en')).toHaveLength(1);
  });
});

describe('lookupTerm', () => {
  const rows = requiredRows();

  it('reads the required fixture', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
  });

  it.each(rows)('finds $section $zh / $en as one concept', ({ zh, en }) => {
    const id = kebab(en);
    expect(lookupTerm(zh)).toBe(id);
    expect(lookupTerm(en)).toBe(id);
  });

  it('resolves Traditional Chinese forms', () => {
    expect(lookupTerm('數字外交')).toBe('digital-diplomacy');
    expect(lookupTerm('網絡外交')).toBe('cyber-diplomacy');
    expect(lookupTerm('網路外交')).toBe('cyber-diplomacy');
    expect(lookupTerm('數位主權')).toBe('digital-sovereignty');
  });

  it('resolves the Taiwan and Hong Kong Traditional form of every part-1 Chinese name', () => {
    const missing: string[] = [];
    for (const to of ['tw', 'hk'] as const) {
      const toTraditional = OpenCC.Converter({ from: 'cn', to });
      for (const c of PART1_CONCEPTS) {
        const traditional = toTraditional(c.name.zh);
        if (lookupTerm(traditional) !== c.id) missing.push(`${to}: ${traditional} (${c.id})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('resolves spelling variants of e-diplomacy and cyber diplomacy', () => {
    for (const s of ['e-diplomacy', 'eDiplomacy', 'ediplomacy', 'e diplomacy', 'E-Diplomacy']) {
      expect(lookupTerm(s), s).toBe('e-diplomacy');
    }
    expect(lookupTerm('cyber-diplomacy')).toBe('cyber-diplomacy');
    expect(lookupTerm('cyberdiplomacy')).toBe('cyber-diplomacy');
  });

  it('respects case for acronyms and misses unknown forms', () => {
    expect(lookupTerm('G20')).toBe('g20');
    expect(lookupTerm('g20')).toBeUndefined();
    expect(lookupTerm('diplomacy')).toBeUndefined();
    expect(lookupTerm('')).toBeUndefined();
  });
});

describe('terms that would fire across a word boundary count only when quoted', () => {
  const dict = buildTermDictionary();
  const matcher = requireQuotes(createMatcher(dict), dict, foldText);
  const ids = (text: string): string[] => matcher.findAll(text).flatMap((m) => m.hits.map((h) => h.conceptId));

  it.each([
    ['双方并非盟友关系', 'african-union'],
    ['主办方为峰会定制外交礼品', 'customized-diplomacy'],
    ['该国获得普遍外交承认', 'one-size-fits-all-diplomacy'],
    ['对此作出反应外交部发言人表示', 'reactive-diplomacy'],
    ['中国领事馆提醒在当地的中国公民', 'china-consular-app'],
    ['一部关于平行世界的科幻小说', 'parallel-worlds'],
    ['借助社交网络中国外交部发布消息', 'network-china'],
  ])('%s does not open %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still finds them between quotation marks, and their safe compounds anywhere', () => {
    expect(ids('由“普遍外交”到“定制外交”，由“反应外交”到“预防外交”')).toEqual([
      'one-size-fits-all-diplomacy',
      'customized-diplomacy',
      'reactive-diplomacy',
      'preventive-diplomacy',
    ]);
    expect(ids('“非盟”与非盟委员会')).toEqual(['african-union', 'african-union']);
    expect(ids('下载“中国领事”APP，再打12308热线')).toEqual(['china-consular-app', '12308-hotline']);
    expect(ids('打造“小院高墙”“平行世界”')).toEqual(['small-yard-high-fence', 'parallel-worlds']);
    expect(ids('中国领事保护')).toEqual(['consular-protection']);
  });
});
