/**
 * The term matcher: Aho–Corasick over a compact alphabet of folded characters, run from precompiled tables
 * (tables.ts; for the concept base they are built at build time and only decoded on a page).
 *
 * One pass over the text feeds each code unit through a composed table (raw code → alphabet class, which already
 * includes the fold) and steps the automaton (the root by a dense row, other states by their few consecutive
 * children and failure links; separator runs loop in place), recording per start position the longest valid term.
 * A second pass over the candidate starts picks leftmost-longest, non-overlapping spans and joins overlapping
 * Chinese terms. The hot loop touches only typed arrays and allocates nothing; what it rarely does (a term ends
 * here) is a call, so the loop stays small for the engine to optimise early: on a page it runs cold.
 *
 * `enabled` narrows the matches to some concepts without another automaton: a pattern of a disabled concept is
 * never valid, exactly as if it were not in the trie (the trie still reports every occurrence of every pattern), so
 * leftmost-longest choices come out as they would from an automaton of the enabled patterns alone.
 */
import { foldCodeKeepCase, wordTable } from '../text/latin-fold';
import { compilePatterns, type Pattern } from './patterns';
import { compileTables, type MatcherTables, OUTSIDE, PAT_CASE, PAT_WORD, PAT_ZH, SEP } from './tables';
import type { Matcher, TermEntry, TermHit, TermMatch } from './types';

const SPACE = 0x20;

/** Letters whose case the fold changes or produces (ASCII, Latin-1; see utils/text/fold-tables.ts). */
function isFoldedCase(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xfe && c !== 0xd7 && c !== 0xf7);
}

/** What findAll returns for text without terms (most text): one shared, frozen empty list. */
const NONE: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

export function createMatcher(entries: readonly TermEntry[]): Matcher {
  return buildMatcher(compilePatterns(entries));
}

/** A matcher for patterns compiled at run time (tests, small dictionaries); pages use precompiled tables. */
export function buildMatcher(patterns: readonly Pattern[]): Matcher {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const p of patterns) {
    if (!index.has(p.conceptId)) {
      index.set(p.conceptId, ids.length);
      ids.push(p.conceptId);
    }
  }
  return matcherFromTables(
    compileTables(patterns, (id) => index.get(id) ?? -1),
    ids,
  );
}

interface Alphabet {
  /** Raw code unit → class (the fold composed in). */
  classOf: Uint16Array;
  /** The root's transitions, dense by class. */
  rootNext: Int32Array;
}

const alphabets = new WeakMap<MatcherTables, Alphabet>();

/** Shared by every matcher over the same tables. */
function alphabetOf(t: MatcherTables): Alphabet {
  const known = alphabets.get(t);
  if (known) return known;
  const classOf = new Uint16Array(0x10000);
  // Key characters are folded, so they fold to themselves; the units that reach one (or the space) through the
  // fold were listed when the tables were compiled.
  classOf[SPACE] = SEP;
  for (let i = 0; i < t.keyChars.length; i++) classOf[t.keyChars.charCodeAt(i)] = i + 2;
  for (let i = 0; i + 1 < t.folded.length; i += 2) classOf[t.folded[i] ?? 0] = t.folded[i + 1] ?? 0;
  const rootNext = new Int32Array(t.keyChars.length + 2);
  for (let v = t.kids[0] ?? 0; v < (t.kids[1] ?? 0); v++) rootNext[t.label[v] ?? 0] = v;
  const a = { classOf, rootNext };
  alphabets.set(t, a);
  return a;
}

/**
 * The fold onto the tables' key characters: a unit whose fold is a key character becomes it, a separator the space,
 * anything else stays as it is. For strings made of key characters and separators (every term, every hit) it equals
 * normalize's `foldText`; it needs no tables beyond the matcher's own.
 */
export function keyFold(t: MatcherTables): (s: string) => string {
  const { classOf } = alphabetOf(t);
  return (s) => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const cls = classOf[c] ?? OUTSIDE;
      out += cls === OUTSIDE ? s.charAt(i) : cls === SEP ? ' ' : t.keyChars.charAt(cls - 2);
    }
    return out;
  };
}

export interface MatcherOptions {
  /** Per concept index: 1 when its terms are matched (default: all). */
  enabled?: Uint8Array;
}

/** A matcher over precompiled tables; `conceptIds[i]` names concept index i. */
export function matcherFromTables(
  t: MatcherTables,
  conceptIds: readonly string[],
  options: MatcherOptions = {},
): Matcher {
  const word = wordTable();
  const { classOf, rootNext } = alphabetOf(t);
  const { label: LABEL, kids: KIDS, fail: FAIL, depth, out, outNext, patStart, patConcept, patFlags } = t;
  const P = patConcept.length;
  /** Per pattern: 1 when its concept is enabled. */
  const patOn = new Uint8Array(P);
  if (options.enabled) for (let i = 0; i < P; i++) patOn[i] = options.enabled[patConcept[i] ?? 0] ?? 0;
  else patOn.fill(1);
  const patCaseKey: string[] = [];
  for (const [i, key] of t.caseKeys) patCaseKey[i] = key;

  /**
   * Original start of a term of `len` stream units ending at original index `last`: walk back, a run of
   * separators being one unit. Only done per candidate, so the scan itself keeps no position map.
   */
  function startOf(text: string, last: number, len: number): number {
    let j = last;
    for (let r = len - 1; r > 0; r--) {
      j--;
      if (classOf[text.charCodeAt(j)] === SEP) {
        while (j > 0 && classOf[text.charCodeAt(j - 1)] === SEP) j--;
      }
    }
    return j;
  }

  // Per-call scratch indexed by original start, grown on demand, reused (findAll is synchronous) and kept
  // all-zero between calls: only the starts listed in `touched` are ever set, and they are reset after.
  let best = new Int32Array(256);
  let bestEnd = new Int32Array(256);
  let touched = new Int32Array(64);
  let count = 0;

  /** Is pattern `pi` (of an enabled concept) a valid occurrence at original [os, oe)? */
  function valid(text: string, pi: number, os: number, oe: number): boolean {
    if (patOn[pi] === 0) return false;
    const flags = patFlags[pi] ?? 0;
    if ((flags & (PAT_WORD | PAT_CASE)) === 0) return true;
    if (flags & PAT_WORD) {
      if (os > 0 && word[text.charCodeAt(os - 1)] === 1) return false;
      if (oe < text.length && word[text.charCodeAt(oe)] === 1) return false;
    }
    if (flags & PAT_CASE) {
      // Compare with case kept; a space in the key stands for the run of separators in the text.
      const key = patCaseKey[pi] ?? '';
      let i = os;
      for (let k = 0; k < key.length; k++) {
        const kc = key.charCodeAt(k);
        // The automaton already matched the text under the case-insensitive fold, so only letters the fold
        // lower-cases can still differ; only there is the case-kept Latin fold asked (the same as the full fold's).
        if (isFoldedCase(kc) && foldCodeKeepCase(text.charCodeAt(i)) !== kc) return false;
        i++;
        if (kc === SPACE) while (i < oe && classOf[text.charCodeAt(i)] === SEP) i++;
      }
    }
    return true;
  }

  function anyValid(text: string, node: number, os: number, oe: number): boolean {
    const end = patStart[node + 1] ?? 0;
    for (let i = patStart[node] ?? 0; i < end; i++) if (valid(text, i, os, oe)) return true;
    return false;
  }

  /** Chinese-only: every valid pattern at the node is a Chinese term (only these spans join). */
  function allValidZh(text: string, node: number, os: number, oe: number): boolean {
    const end = patStart[node + 1] ?? 0;
    for (let i = patStart[node] ?? 0; i < end; i++) {
      if ((patFlags[i] ?? 0) & PAT_ZH) continue;
      if (valid(text, i, os, oe)) return false;
    }
    return true;
  }

  function pushHits(hits: TermHit[], text: string, node: number, os: number, oe: number): void {
    const first = hits.length;
    const stop = patStart[node + 1] ?? 0;
    for (let i = patStart[node] ?? 0; i < stop; i++) {
      if (!valid(text, i, os, oe)) continue;
      const conceptId = conceptIds[patConcept[i] ?? 0] ?? '';
      let dup = false;
      for (let h = first; h < hits.length; h++) if (hits[h]?.conceptId === conceptId) dup = true;
      if (!dup) hits.push({ conceptId, start: os, end: oe });
    }
  }

  /** Every term ending at original index `i` (the output chain of `state`): keep the longest valid per start. */
  function record(text: string, i: number, state: number): void {
    const B = best;
    for (let t = out[state] ?? 0; t !== 0; t = outNext[t] ?? 0) {
      const len = depth[t] ?? 0;
      const start = startOf(text, i, len);
      const cur = B[start] ?? 0;
      if ((cur === 0 || (depth[cur] ?? 0) < len) && anyValid(text, t, start, i + 1)) {
        if (cur === 0) {
          if (count === touched.length) {
            const grown = new Int32Array(count * 2);
            grown.set(touched);
            touched = grown;
          }
          touched[count++] = start;
        }
        B[start] = t;
        bestEnd[start] = i + 1;
      }
    }
  }

  /** Pass 1: run the automaton (separator runs loop in place, unknown characters reset it). */
  function scan(text: string): void {
    // Locals, not closure slots, in the hot loop.
    const C = classOf;
    const R = rootNext;
    const L = LABEL;
    const K = KIDS;
    const F = FAIL;
    const OUT = out;
    const n = text.length;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const a = C[text.charCodeAt(i)] ?? OUTSIDE;
      if (a === OUTSIDE) {
        state = 0;
        continue;
      }
      // Keys never hold two separators in a row: a separator after a separator stays where it is.
      if (a === SEP && L[state] === SEP) continue;
      for (;;) {
        if (state === 0) {
          state = R[a] ?? 0;
          break;
        }
        // Children are consecutive states sorted by label; four states in five have exactly one.
        let lo = K[state] ?? 0;
        let hi = (K[state + 1] ?? 0) - 1;
        let next = 0;
        if (lo === hi) {
          if (L[lo] === a) next = lo;
        } else {
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const l = L[mid] ?? 0;
            if (l === a) {
              next = mid;
              break;
            }
            if (l < a) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (next !== 0) {
          state = next;
          break;
        }
        state = F[state] ?? 0;
      }
      if (OUT[state] !== 0) record(text, i, state);
    }
  }

  function findAll(text: string): TermMatch[] {
    const n = text.length;
    if (best.length < n) {
      best = new Int32Array(Math.max(n, best.length * 2));
      bestEnd = new Int32Array(best.length);
    }
    count = 0;
    try {
      scan(text);
      if (count === 0) return NONE;
      return select(text, touched.subarray(0, count).sort());
    } finally {
      for (let j = 0; j < count; j++) best[touched[j] ?? 0] = 0;
      count = 0;
    }
  }

  /** Pass 2 over the candidate starts (ascending): leftmost-longest, non-overlapping; overlapping Chinese terms join. */
  function select(text: string, starts: Int32Array): TermMatch[] {
    const B = best;
    const E = bestEnd;
    const result: TermMatch[] = [];
    let covered = 0;
    for (let j = 0; j < starts.length; j++) {
      const k = starts[j] ?? 0;
      if (k < covered) continue;
      const node = B[k] ?? 0;
      let end = E[k] ?? k;
      const hits: TermHit[] = [];
      pushHits(hits, text, node, k, end);
      if (allValidZh(text, node, k, end)) {
        for (let q = j + 1; q < starts.length && (starts[q] ?? 0) < end; q++) {
          const t = starts[q] ?? 0;
          const other = B[t] ?? 0;
          const otherEnd = E[t] ?? t;
          if (otherEnd > end && allValidZh(text, other, t, otherEnd)) {
            pushHits(hits, text, other, t, otherEnd);
            end = otherEnd;
          }
        }
      }
      result.push({ start: k, end, hits });
      covered = end;
    }
    return result;
  }

  return { findAll };
}
