/**
 * Turns dictionary entries into the folded patterns both matchers search for: one pattern per surface form
 * (plus its regular English inflections), keyed by the folded, separator-collapsed text.
 */
import { foldText, foldTextKeepCase } from '../text/normalize';
import type { TermEntry } from './types';

export interface Pattern {
  /** Folded (lower-cased) form, runs of separators collapsed to one space, trimmed. */
  key: string;
  /** Same as `key` but with letter case kept: compared against the text for case-sensitive entries. */
  caseKey: string;
  conceptId: string;
  zh: boolean;
  wordBoundary: boolean;
  caseSensitive: boolean;
}

/** Fold a surface form as the matcher sees it: runs of separators become one space, no edge spaces. */
export function patternKey(surface: string, keepCase = false): string {
  const folded = keepCase ? foldTextKeepCase(surface) : foldText(surface);
  return folded.replace(/ {2,}/g, ' ').trim();
}

/** [characters to drop from the end, suffix to add] */
type Inflection = readonly [number, string];

/**
 * Regular inflections of an English word (plural/third person, past, -ing). Generated blindly: a noun's
 * "-ed" form costs a pattern that never occurs, which is cheaper than part-of-speech knowledge.
 */
export function inflectionsOf(word: string): Inflection[] {
  if (!/[a-z]$/.test(word)) return [];
  const consonantY = /[^aeiou]y$/.test(word);
  const plural: Inflection = /(s|x|z|ch|sh)$/.test(word) ? [0, 'es'] : consonantY ? [1, 'ies'] : [0, 's'];
  if (word.endsWith('e')) return [plural, [0, 'd'], [1, 'ing']];
  if (consonantY) return [plural, [1, 'ied'], [0, 'ing']];
  return [plural, [0, 'ed'], [0, 'ing']];
}

/** All patterns for `entries`, in entry order (each entry's own form first, then its inflections). */
export function compilePatterns(entries: readonly TermEntry[]): Pattern[] {
  const out: Pattern[] = [];
  for (const e of entries) {
    const key = patternKey(e.surface);
    if (key.length === 0) continue;
    const caseKey = patternKey(e.surface, true);
    const base = {
      conceptId: e.conceptId,
      zh: e.lang === 'zh',
      wordBoundary: e.wordBoundary || e.caseSensitive,
      caseSensitive: e.caseSensitive,
    };
    out.push({ key, caseKey, ...base });
    if (!e.inflect) continue;
    const lastWord = key.slice(key.lastIndexOf(' ') + 1);
    for (const [drop, suffix] of inflectionsOf(lastWord)) {
      out.push({
        key: key.slice(0, key.length - drop) + suffix,
        caseKey: caseKey.slice(0, caseKey.length - drop) + suffix,
        ...base,
      });
    }
  }
  return out;
}
