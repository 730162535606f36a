import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedCodes, foldCode, foldCodeKeepCase, foldText, foldTextKeepCase, isWordCode } from './normalize';
import { T2S_PAIRS } from './t2s-table';

describe('foldText', () => {
  it('folds Traditional to Simplified per character', () => {
    expect(foldText('數網絡際國與權發戰')).toBe('数网络际国与权发战');
    expect(foldText('數字外交過程公開化')).toBe('数字外交过程公开化');
    // Regional variants reach Simplified too (HK 説, TW 裡).
    expect(foldText('説裡')).toBe('说里');
  });

  it('leaves Simplified text alone', () => {
    expect(foldText('数字外交与网络主权')).toBe('数字外交与网络主权');
  });

  it('folds full-width forms to half-width and lower-cases', () => {
    expect(foldText('ＡＢＣ０１２ｘ！')).toBe('abc012x!');
    expect(foldText('Digital DIPLOMACY')).toBe('digital diplomacy');
    expect(foldText('ÀÉÖ×')).toBe('àéö×');
  });

  it('folds hyphen, dash and whitespace variants to one ASCII space each', () => {
    const seps = '-\u2010\u2011\u2013\u2014\u00a0\u3000\t\n\r\uff0d';
    expect(foldText(seps)).toBe(' '.repeat(seps.length));
    expect(foldText('cyber-diplomacy')).toBe('cyber diplomacy');
  });

  it('keeps case with foldTextKeepCase', () => {
    expect(foldTextKeepCase('ＧＤＩ-國')).toBe('GDI 国');
  });

  it('foldCode agrees with foldText', () => {
    expect(String.fromCharCode(foldCode('國'.charCodeAt(0)))).toBe('国');
    expect(foldCode(0x1f600)).toBe(0x1f600);
  });

  it('word characters are alphanumerics, not Chinese or punctuation', () => {
    expect(isWordCode('a'.charCodeAt(0))).toBe(true);
    expect(isWordCode('Ｚ'.charCodeAt(0))).toBe(true);
    expect(isWordCode('é'.charCodeAt(0))).toBe(true);
    expect(isWordCode('9'.charCodeAt(0))).toBe(true);
    expect(isWordCode('数'.charCodeAt(0))).toBe(false);
    expect(isWordCode(' '.charCodeAt(0))).toBe(false);
    expect(isWordCode("'".charCodeAt(0))).toBe(false);
  });

  it('property: length is preserved and folding is idempotent', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const f = foldText(s);
        expect(f.length).toBe(s.length);
        expect(foldText(f)).toBe(f);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (c) => {
        expect(foldCode(foldCode(c))).toBe(foldCode(c));
      }),
    );
  });
});

describe('fold tables', () => {
  // A direct, unit-by-unit statement of the fold, checked against the fast tables for all 65 536 units.
  const t2s = new Map<number, number>();
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t2s.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
  const isSep = (c: number) => /^[\s\u0085\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/.test(String.fromCharCode(c));
  const punct = new Map([...'、。‘’“”｟｠'].map((ch, i) => [ch.charCodeAt(0), ',.\'\'""()'.charCodeAt(i)]));
  function specKeepCase(c: number): number {
    if (isSep(c) && c !== 0xfeff && c !== 0x180e && c !== 0x200b) return 0x20;
    if (punct.has(c)) return punct.get(c) ?? c;
    if (t2s.has(c)) return t2s.get(c) ?? c;
    if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
    return c;
  }
  const specFold = (c: number) => {
    const k = specKeepCase(c);
    return (k >= 0x41 && k <= 0x5a) || (k >= 0xc0 && k <= 0xde && k !== 0xd7) ? k + 0x20 : k;
  };
  const specWord = (c: number) => /^[\p{L}\p{Nd}]$/u.test(String.fromCharCode(specFold(c)));

  it('match the unit-by-unit definition for every code unit', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (foldCode(c) !== specFold(c)) bad.push(`fold ${c.toString(16)}`);
      if (foldCodeKeepCase(c) !== specKeepCase(c)) bad.push(`keep ${c.toString(16)}`);
      const f = specFold(c);
      // Latin: letters and digits; Greek, Cyrillic and Latin Extended Additional: the whole blocks.
      const expectWord = f < 0x250 ? specWord(c) : (f >= 0x370 && f <= 0x52f) || (f >= 0x1e00 && f <= 0x1eff);
      if (isWordCode(c) !== expectWord) bad.push(`word ${c.toString(16)}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('changedCodes lists exactly the units the fold changes', () => {
    const expected: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (foldCode(c) !== c || foldCodeKeepCase(c) !== c) expected.push(c);
    expect([...changedCodes()]).toEqual(expected);
  });
});
