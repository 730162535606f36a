/**
 * The fold's tables, built from a list of Chinese character pairs (Traditional→Simplified) on top of what every
 * fold does: full-width→half-width, ideographic punctuation, lower-case (ASCII, Latin-1), every hyphen, dash and
 * whitespace variant to one ASCII space, and the word-character table. normalize.ts builds the whole fold;
 * latin-fold.ts builds it without the Chinese pairs for the content script's first paint, which needs only the
 * word table and the case-kept Latin fold (the matcher's own tables carry the Chinese fold it matches with).
 */
const SPACE = 0x20;

/** Hyphens, dashes and whitespace that separate words: all fold to one ASCII space. */
const SEPARATORS: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2028, 0x2029, 0x202f, 0x205f,
  0x2212, 0x3000, 0xfe58, 0xfe63, 0xff0d,
];

/** Ideographic and typographic punctuation with a plain ASCII counterpart. */
const PUNCTUATION: readonly (readonly [number, number])[] = [
  [0x3001, 0x2c], // 、
  [0x3002, 0x2e], // 。
  [0x2018, 0x27], // ‘
  [0x2019, 0x27], // ’
  [0x201c, 0x22], // “
  [0x201d, 0x22], // ”
  [0xff5f, 0x28], // ｟
  [0xff60, 0x29], // ｠
];

export interface FoldTables {
  fold: Uint16Array;
  keepCase: Uint16Array;
  word: Uint8Array;
  /** Every code unit that `fold` or `keepCase` changes, ascending. */
  changed: Uint16Array;
}

/** Letters and digits of alphabetic scripts (after folding): what a Latin term's neighbours must not be. */
const WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39], // 0-9
  [0x61, 0x7a], // a-z
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6], // Latin-1 letters (not × ÷)
  [0xd8, 0xf6],
  [0xf8, 0x24f], // … and Latin Extended-A/B
  [0x370, 0x52f], // Greek, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
];

// Built with range fills and short loops over the few changed units: this runs on every page load,
// often before the JIT has warmed up, so no per-unit work over all 65 536 codes beyond one identity fill.
export function buildFoldTables(pairs: string): FoldTables {
  const keepCase = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) keepCase[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) keepCase[c] = c - 0xfee0; // full-width ASCII
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    keepCase[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  }
  for (const [from, to] of PUNCTUATION) keepCase[from] = to;
  for (const c of SEPARATORS) keepCase[c] = SPACE; // includes the full-width hyphen

  const fold = keepCase.slice();
  const changedList: number[] = [];
  for (let c = 0x41; c <= 0x5a; c++) changedList.push(c);
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) changedList.push(c);
  for (let c = 0xff01; c <= 0xff5e; c++) changedList.push(c);
  for (let i = 0; i < pairs.length; i += 2) changedList.push(pairs.charCodeAt(i));
  for (const [from] of PUNCTUATION) changedList.push(from);
  for (const c of SEPARATORS) if (c !== SPACE) changedList.push(c);
  const changed = Uint16Array.from(new Set(changedList)).sort();
  for (const c of changed) {
    const k = keepCase[c] ?? c;
    if (isUpperAscii(k) || isUpperLatin1(k)) fold[c] = k + 0x20;
  }

  const word = new Uint8Array(0x10000);
  for (const [lo, hi] of WORD_RANGES) word.fill(1, lo, hi + 1);
  // Units that fold elsewhere are words exactly when their fold is (Ａ, À are; full-width ！ is not).
  const isWord = word.slice();
  for (const c of changed) word[c] = isWord[fold[c] ?? c] ?? 0;
  return { fold, keepCase, word, changed };
}

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** Latin-1 capitals À–Þ except × (0xD7). */
const isUpperLatin1 = (c: number): boolean => c >= 0xc0 && c <= 0xde && c !== 0xd7;
