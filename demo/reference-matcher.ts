import * as OpenCC from 'opencc-js';
import { EN_ACRONYMS, EN_TERMS, ZH_TERMS } from './terms';

/**
 * A deliberately simple, independent term finder used only to check the demo pages' expectations:
 * Chinese terms anywhere, English terms on word boundaries (case-insensitive), acronyms case-sensitive;
 * overlapping occurrences are merged into one span (as the extension paints 数字外交过程公开化).
 */
interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[A-Za-z0-9]';
const enPattern = new RegExp(
  `(?<!${WORD})(?:${[...EN_TERMS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?!${WORD})`,
  'gi',
);
const acronymPattern = new RegExp(`(?<!${WORD})(?:${EN_ACRONYMS.map(escapeRegExp).join('|')})(?!${WORD})`, 'g');

let toSimplified: ((s: string) => string) | undefined;
function simplify(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

function zhSpans(text: string, out: Span[]): void {
  for (const term of ZH_TERMS) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1))
      out.push({ start: i, end: i + term.length });
  }
}

function regexSpans(text: string, re: RegExp, out: Span[]): void {
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
}

/** The highlighted substrings of `text`, in order. `traditional` also matches the text's Simplified form. */
export function findTerms(text: string, traditional = false): string[] {
  const spans: Span[] = [];
  zhSpans(text, spans);
  if (traditional) {
    const simple = simplify(text);
    // Character-for-character conversion keeps offsets; anything else would make spans meaningless.
    if (simple.length === text.length) zhSpans(simple, spans);
  }
  regexSpans(text, enPattern, spans);
  regexSpans(text, acronymPattern, spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged.map((s) => text.slice(s.start, s.end));
}

/** Terms across text segments (a term never spans two segments: block boundaries, <br>, images). */
export function findTermsInSegments(segments: readonly string[], traditional = false): string[] {
  return segments.flatMap((s) => findTerms(s, traditional));
}
