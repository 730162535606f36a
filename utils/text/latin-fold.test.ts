import { describe, expect, it } from 'vitest';
import { foldCodeKeepCase as latinKeepCase, wordTable as latinWord } from './latin-fold';
import { foldCodeKeepCase, isWordCode, wordTable } from './normalize';

/** CJK Unified Ideographs (and extension A) and the compatibility ideographs: where the Chinese pairs act. */
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

describe('latin-fold (the fold without the Chinese pairs)', () => {
  it('has exactly the full fold’s word table', () => {
    expect(latinWord()).toEqual(wordTable());
  });

  it('keeps case exactly as the full fold does, except Chinese characters the pairs simplify', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (latinKeepCase(c) === foldCodeKeepCase(c)) continue;
      differ.push(c);
      // Where they differ, both sides are Chinese characters: never a word character, a Latin letter or a space.
      expect(isHan(c) && isHan(foldCodeKeepCase(c)), c.toString(16)).toBe(true);
      expect(isWordCode(c)).toBe(false);
    }
    expect(differ.length).toBeGreaterThan(2000);
  });
});
