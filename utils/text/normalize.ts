/**
 * The text fold used for matching: one UTF-16 unit in, one out, so offsets in folded text are offsets in
 * the original. Traditional→Simplified per character, full-width→half-width, lower-case (ASCII, Latin-1),
 * and every hyphen, dash and whitespace variant to one ASCII space.
 */
import { buildFoldTables, type FoldTables } from './fold-tables';
import { T2S_PAIRS } from './t2s-table';

/**
 * Built on first use, not at import: a bundle that imports this module only for code it never runs (the content
 * script's matcher, whose compile-time half imports it) then leaves it and the pair table out.
 */
let built: FoldTables | undefined;
function tables(): FoldTables {
  built ??= buildFoldTables(T2S_PAIRS);
  return built;
}

/** Fold one UTF-16 code unit (see module comment). Codes outside 0..0xFFFF are returned unchanged. */
export function foldCode(code: number): number {
  return code >= 0 && code <= 0xffff ? (tables().fold[code] ?? code) : code;
}

/** Like `foldCode` but keeps letter case: for case-sensitive terms (acronyms such as GDI). */
export function foldCodeKeepCase(code: number): number {
  return code >= 0 && code <= 0xffff ? (tables().keepCase[code] ?? code) : code;
}

/** True when the unit folds to a letter or digit of an alphabetic script (Chinese characters are not). */
export function isWordCode(code: number): boolean {
  return code >= 0 && code <= 0xffff && tables().word[code] === 1;
}

/** The fold table itself (read it, never write it): for hot loops that cannot afford a call per unit. */
export function foldTable(): Readonly<Uint16Array> {
  return tables().fold;
}

/** Every code unit the fold changes (ascending): lets callers compose per-code tables without a full scan. */
export function changedCodes(): Readonly<Uint16Array> {
  return tables().changed;
}

/** The word-character table (1 = letter/digit) indexed by raw code unit, for hot loops. */
export function wordTable(): Readonly<Uint8Array> {
  return tables().word;
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
  return mapText(s, tables().fold);
}

/** `foldText` without lower-casing. */
export function foldTextKeepCase(s: string): string {
  return mapText(s, tables().keepCase);
}
