import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCode, foldText, foldTextKeepCase, isWordCode } from './normalize';

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
