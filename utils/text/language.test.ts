import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseVariant, dominantLanguage, scriptOf, scriptOfCodePoint, segmentByScript } from './language';

const cp = (s: string) => s.codePointAt(0) ?? 0;

describe('scriptOfCodePoint / scriptOf', () => {
  it('classifies letters and leaves neutral characters out', () => {
    expect(scriptOfCodePoint(cp('数'))).toBe('han');
    expect(scriptOfCodePoint(cp('𠀀'))).toBe('han');
    expect(scriptOfCodePoint(cp('か'))).toBe('kana');
    expect(scriptOfCodePoint(cp('한'))).toBe('hangul');
    expect(scriptOfCodePoint(cp('é'))).toBe('latin');
    expect(scriptOfCodePoint(cp('Ｄ'))).toBe('latin');
    expect(scriptOfCodePoint(cp('д'))).toBe('cyrillic');
    for (const c of ['1', ' ', '。', '，', '!', '#', '\u3000', 'ー']) expect(scriptOfCodePoint(cp(c))).toBeUndefined();
  });

  it('returns the most frequent script', () => {
    expect(scriptOf('数字外交 is 数字外交')).toBe('han');
    expect(scriptOf('digital diplomacy 数字外交')).toBe('latin');
    expect(scriptOf('2024。')).toBe('none');
  });
});

describe('chineseVariant', () => {
  it('tells Traditional from Simplified by script-specific characters', () => {
    expect(chineseVariant('數位外交與網路外交的發展')).toBe('zh-Hant');
    expect(chineseVariant('数字外交与网络外交的发展')).toBe('zh-Hans');
    expect(chineseVariant('外交')).toBe('zh-Hans'); // no evidence either way
    expect(chineseVariant('美國駐華大使館')).toBe('zh-Hant');
  });
});

describe('segmentByScript', () => {
  it('splits a bilingual Weibo post into its Chinese and English runs', () => {
    const text = '美国驻华大使馆：我们支持数字外交。We support digital diplomacy! 謝謝大家。';
    const segs = segmentByScript(text);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.lang])).toEqual([
      ['美国驻华大使馆：我们支持数字外交', 'zh-Hans'],
      ['We support digital diplomacy', 'en'],
      ['謝謝大家', 'zh-Hant'],
    ]);
  });

  it('finds Latin terms inside Chinese text', () => {
    const text = '推动digital diplomacy发展';
    expect(segmentByScript(text).map((s) => [text.slice(s.start, s.end), s.lang])).toEqual([
      ['推动', 'zh-Hans'],
      ['digital diplomacy', 'en'],
      ['发展', 'zh-Hans'],
    ]);
  });

  it('marks Japanese (Han with kana), Korean and Cyrillic runs und', () => {
    expect(segmentByScript('東京の天気')).toEqual([{ start: 0, end: 5, lang: 'und' }]);
    expect(segmentByScript('한국어')).toEqual([{ start: 0, end: 3, lang: 'und' }]);
    expect(segmentByScript('Привет')).toEqual([{ start: 0, end: 6, lang: 'und' }]);
  });

  it('returns nothing for text without letters', () => {
    expect(segmentByScript('')).toEqual([]);
    expect(segmentByScript('2024 — 12308 !')).toEqual([]);
  });

  it('property: segments are ordered, disjoint, start and end on letters', { timeout: 60_000 }, () => {
    const piece = fc.constantFrom('数字', '數位', 'abc', ' ', '。', '12', 'の', '한', 'д', '𠀀', 'É');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const s of segmentByScript(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(scriptOfCodePoint(text.codePointAt(s.start) ?? 0)).toBeDefined();
          const lastCp = text.codePointAt(s.end - 1) ?? 0;
          const lastHigh = text.codePointAt(s.end - 2) ?? 0;
          expect(scriptOfCodePoint(lastCp) ?? scriptOfCodePoint(lastHigh)).toBeDefined();
          last = s.end;
        }
      }),
    );
  });
});

describe('dominantLanguage', () => {
  it('weighs a Chinese character like about three Latin letters', () => {
    expect(dominantLanguage('我们支持数字外交 digital diplomacy')).toBe('zh-Hans');
    expect(dominantLanguage('数字外交 in digital diplomacy studies')).toBe('en');
    expect(dominantLanguage('The embassy talks about 外交 a lot in its posts')).toBe('en');
    expect(dominantLanguage('數位外交')).toBe('zh-Hant');
    expect(dominantLanguage('。。。123')).toBe('und');
  });
});
