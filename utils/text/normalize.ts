/**
 * The text fold used for matching: one UTF-16 unit in, one out, so offsets in folded text are offsets in
 * the original. Traditional→Simplified per character, full-width→half-width, lower-case (ASCII, Latin-1),
 * and every hyphen, dash and whitespace variant to one ASCII space.
 */
import { T2S_PAIRS } from './t2s-table';

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

interface Tables {
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
function buildTables(): Tables {
  const keepCase = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) keepCase[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) keepCase[c] = c - 0xfee0; // full-width ASCII
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    keepCase[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
  }
  for (const [from, to] of PUNCTUATION) keepCase[from] = to;
  for (const c of SEPARATORS) keepCase[c] = SPACE; // includes the full-width hyphen

  const fold = keepCase.slice();
  const changedList: number[] = [];
  for (let c = 0x41; c <= 0x5a; c++) changedList.push(c);
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) changedList.push(c);
  for (let c = 0xff01; c <= 0xff5e; c++) changedList.push(c);
  for (let i = 0; i < T2S_PAIRS.length; i += 2) changedList.push(T2S_PAIRS.charCodeAt(i));
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

const TABLES = buildTables();

/** Fold one UTF-16 code unit (see module comment). Codes outside 0..0xFFFF are returned unchanged. */
export function foldCode(code: number): number {
  return code >= 0 && code <= 0xffff ? (TABLES.fold[code] ?? code) : code;
}

/** Like `foldCode` but keeps letter case: for case-sensitive terms (acronyms such as GDI). */
export function foldCodeKeepCase(code: number): number {
  return code >= 0 && code <= 0xffff ? (TABLES.keepCase[code] ?? code) : code;
}

/** True when the unit folds to a letter or digit of an alphabetic script (Chinese characters are not). */
export function isWordCode(code: number): boolean {
  return code >= 0 && code <= 0xffff && TABLES.word[code] === 1;
}

/** The fold table itself (read it, never write it): for hot loops that cannot afford a call per unit. */
export function foldTable(): Readonly<Uint16Array> {
  return TABLES.fold;
}

/** Every code unit the fold changes (ascending): lets callers compose per-code tables without a full scan. */
export function changedCodes(): Readonly<Uint16Array> {
  return TABLES.changed;
}

/** The word-character table (1 = letter/digit) indexed by raw code unit, for hot loops. */
export function wordTable(): Readonly<Uint8Array> {
  return TABLES.word;
}

/** Reused output buffer for long strings (no allocation per call; ArrayBuffers are costly to collect). */
let scratch = new Uint16Array(1024);

function mapText(s: string, table: Uint16Array): string {
  const n = s.length;
  if (n <= 32) {
    let short = '';
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      short += String.fromCharCode(table[c] ?? c);
    }
    return short;
  }
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const out = scratch;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    out[i] = table[c] ?? c;
  }
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Fold a string unit by unit; `foldText(s).length === s.length` always. */
export function foldText(s: string): string {
  return mapText(s, TABLES.fold);
}

/** `foldText` without lower-casing. */
export function foldTextKeepCase(s: string): string {
  return mapText(s, TABLES.keepCase);
}
