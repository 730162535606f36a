/**
 * Reference matcher: the same semantics as the automaton, written for obviousness, not speed (tests only).
 */
import { foldText, foldTextKeepCase, isWordCode } from '../text/normalize';
import { compilePatterns, type Pattern } from './patterns';
import type { Matcher, TermEntry, TermHit, TermMatch } from './types';

interface Candidate {
  len: number;
  /** Valid patterns of that length, in pattern order. */
  patterns: Pattern[];
}

export function createNaiveMatcher(entries: readonly TermEntry[]): Matcher {
  const patterns = compilePatterns(entries);

  function findAll(text: string): TermMatch[] {
    const folded = foldText(text);
    const keep = foldTextKeepCase(text);
    // Compressed view: a run of separators counts as one space. pos[k] = original index of compressed k.
    let comp = '';
    let compKeep = '';
    const pos: number[] = [];
    for (let i = 0; i < folded.length; i++) {
      if (folded[i] === ' ' && i > 0 && folded[i - 1] === ' ') continue;
      comp += folded[i];
      compKeep += keep[i];
      pos.push(i);
    }
    const orig = (k: number): number => pos[k] ?? text.length;
    const isWordAt = (i: number): boolean => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));

    const valid = (p: Pattern, k: number): boolean => {
      if (!comp.startsWith(p.key, k)) return false;
      const start = orig(k);
      const end = orig(k + p.key.length - 1) + 1;
      if (p.wordBoundary && (isWordAt(start - 1) || isWordAt(end))) return false;
      if (p.caseSensitive && !compKeep.startsWith(p.caseKey, k)) return false;
      return true;
    };

    const candidateAt = (k: number): Candidate | undefined => {
      const ok = patterns.filter((p) => valid(p, k));
      if (ok.length === 0) return undefined;
      const len = Math.max(...ok.map((p) => p.key.length));
      return { len, patterns: ok.filter((p) => p.key.length === len) };
    };

    const hitsOf = (c: Candidate, k: number): TermHit[] => {
      const start = orig(k);
      const end = orig(k + c.len - 1) + 1;
      const ids = [...new Set(c.patterns.map((p) => p.conceptId))];
      return ids.map((conceptId) => ({ conceptId, start, end }));
    };
    const isZh = (c: Candidate): boolean => c.patterns.every((p) => p.zh);

    const out: TermMatch[] = [];
    let k = 0;
    while (k < comp.length) {
      const primary = candidateAt(k);
      if (primary === undefined) {
        k++;
        continue;
      }
      let end = k + primary.len;
      const hits = hitsOf(primary, k);
      if (isZh(primary)) {
        // Overlapping Chinese terms: extend the span to their union.
        for (let t = k + 1; t < end; t++) {
          const other = candidateAt(t);
          if (other !== undefined && isZh(other) && t + other.len > end) {
            hits.push(...hitsOf(other, t));
            end = t + other.len;
          }
        }
      }
      out.push({ start: orig(k), end: orig(end - 1) + 1, hits });
      k = end;
    }
    return out;
  }

  return { findAll };
}
