/**
 * The fold without the Traditional→Simplified pairs: what the matcher needs on a page beyond its own tables (the
 * word-character table for Latin terms' boundaries, and the case-kept fold for case-sensitive acronyms). Both agree
 * with normalize.ts wherever either matters (the Chinese pairs map Chinese characters to Chinese characters, which
 * are never word characters nor Latin letters; latin-fold.test.ts checks it), and leave the 20 KB pair table out of
 * the content script.
 */
import { buildFoldTables } from './fold-tables';

const TABLES = buildFoldTables('');

/** Like normalize's `foldCodeKeepCase`, for every code unit whose case-kept fold is not a Chinese character. */
export function foldCodeKeepCase(code: number): number {
  return code >= 0 && code <= 0xffff ? (TABLES.keepCase[code] ?? code) : code;
}

/** The word-character table (1 = letter/digit) indexed by raw code unit: the same as normalize's `wordTable`. */
export function wordTable(): Readonly<Uint8Array> {
  return TABLES.word;
}
