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

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** Latin-1 capitals À–Þ except × (0xD7). */
const isUpperLatin1 = (c: number): boolean => c >= 0xc0 && c <= 0xde && c !== 0xd7;

/** Full-width ASCII (！–～) to ASCII; other units unchanged. */
function halfWidth(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

function buildTables(): { fold: Uint16Array; keepCase: Uint16Array; word: Uint8Array } {
  const keepCase = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) keepCase[c] = halfWidth(c);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    keepCase[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
  }
  for (const [from, to] of PUNCTUATION) keepCase[from] = to;
  for (const c of SEPARATORS) keepCase[c] = SPACE;
  // Full-width hyphen went through halfWidth to '-', which is a separator.
  for (let c = 0; c < 0x10000; c++) if (keepCase[c] === 0x2d) keepCase[c] = SPACE;

  const fold = new Uint16Array(0x10000);
  const word = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = keepCase[c] ?? c;
    const f = isUpperAscii(k) || isUpperLatin1(k) ? k + 0x20 : k;
    fold[c] = f;
    word[c] = isWordFolded(f) ? 1 : 0;
  }
  return { fold, keepCase, word };
}

/** Letters and digits of alphabetic scripts (after folding): what a Latin term's neighbours must not be. */
function isWordFolded(f: number): boolean {
  return (
    (f >= 0x30 && f <= 0x39) || // 0-9
    (f >= 0x61 && f <= 0x7a) || // a-z
    f === 0xaa ||
    f === 0xb5 ||
    f === 0xba ||
    (f >= 0xc0 && f <= 0x24f && f !== 0xd7 && f !== 0xf7) || // Latin-1 and Latin Extended letters
    (f >= 0x370 && f <= 0x52f) || // Greek, Cyrillic
    (f >= 0x1e00 && f <= 0x1eff) // Latin Extended Additional
  );
}

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

/** The word-character table (1 = letter/digit) indexed by raw code unit, for hot loops. */
export function wordTable(): Readonly<Uint8Array> {
  return TABLES.word;
}

function mapText(s: string, table: Uint16Array): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = table[c] ?? c;
  }
  let result = '';
  const CHUNK = 8192;
  for (let i = 0; i < out.length; i += CHUNK) {
    result += String.fromCharCode(...out.subarray(i, i + CHUNK));
  }
  return result;
}

/** Fold a string unit by unit; `foldText(s).length === s.length` always. */
export function foldText(s: string): string {
  return mapText(s, TABLES.fold);
}

/** `foldText` without lower-casing. */
export function foldTextKeepCase(s: string): string {
  return mapText(s, TABLES.keepCase);
}
