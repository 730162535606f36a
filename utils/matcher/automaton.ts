/**
 * The term matcher: a table-driven Aho–Corasick automaton over a compact alphabet of folded characters.
 *
 * One pass over the text feeds each code unit through a composed table (raw code → alphabet class, which
 * already includes the fold) and steps a DFA (separator runs loop in place), recording per start position
 * the longest valid term. The DFA is dense in two parts: Latin classes for every state, CJK classes only
 * for states that need their own (Latin states share the root's), which keeps it small and quick to build.
 * A second pass over the candidate starts picks leftmost-longest, non-overlapping spans and joins
 * overlapping Chinese terms. The hot loop touches only typed arrays and allocates nothing.
 */
import { changedCodes, foldCodeKeepCase, foldTable, wordTable } from '../text/normalize';
import { compilePatterns, type Pattern } from './patterns';
import type { Matcher, TermEntry, TermHit, TermMatch } from './types';

/** Alphabet class of characters that occur in no term: the DFA goes straight to the root. */
const OUTSIDE = 0;
/** Alphabet class of the folded separator (space): runs of it count once. */
const SEP = 1;
const SPACE = 0x20;
/** Characters from here up (CJK) form the wide part of the alphabet. */
const WIDE_FROM = 0x2e80;

export function createMatcher(entries: readonly TermEntry[]): Matcher {
  return buildMatcher(compilePatterns(entries));
}

/**
 * The automaton from compiled patterns. Separate from `createMatcher` so a page can compile and build in two
 * tasks (each well under 50 ms) instead of one.
 */
export function buildMatcher(patterns: readonly Pattern[]): Matcher {
  const fold = foldTable();
  const word = wordTable();

  // Alphabet: folded code → class, composed with the fold so the hot loop reads one table.
  // "Narrow" classes (Latin, digits, punctuation: below U+2E80) come first and every state has a row for
  // them; "wide" classes (CJK) get rows only in states that can tell them apart from their failure state.
  const keyChars = new Set<number>();
  let totalKeyLength = 0;
  for (const p of patterns) {
    totalKeyLength += p.key.length;
    for (let i = 0; i < p.key.length; i++) keyChars.add(p.key.charCodeAt(i));
  }
  keyChars.delete(SPACE);
  const sortedChars = [...keyChars].sort((x, y) => x - y);
  const classOf = new Uint16Array(0x10000);
  const classOfKeyChar = new Map<number, number>([[SPACE, SEP]]);
  let alphabetSize = 2;
  for (const c of sortedChars) classOfKeyChar.set(c, alphabetSize++);
  // Key characters are folded, so they fold to themselves; other units reach them only through the fold.
  for (const [c, cls] of classOfKeyChar) classOf[c] = cls;
  for (const c of changedCodes()) classOf[c] = classOfKeyChar.get(fold[c] ?? c) ?? OUTSIDE;
  const A = alphabetSize;
  /** Classes below A1 are narrow. */
  const A1 = 2 + sortedChars.filter((c) => c < WIDE_FROM).length;
  const A2 = A - A1;

  // Trie in typed arrays: (parent, class) → child through an open-addressing hash.
  const maxStates = totalKeyLength + 1;
  const parent = new Int32Array(maxStates);
  const label = new Int32Array(maxStates);
  const depth = new Int32Array(maxStates);
  let hashSize = 16;
  while (hashSize < maxStates * 2) hashSize <<= 1;
  const hashKey = new Int32Array(hashSize).fill(-1);
  const hashVal = new Int32Array(hashSize);
  const hashMask = hashSize - 1;
  let S = 1;
  const nodeOfPattern = new Int32Array(patterns.length);
  for (let pi = 0; pi < patterns.length; pi++) {
    const key = (patterns[pi] as Pattern).key;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const a = classOf[key.charCodeAt(i)] ?? OUTSIDE;
      const hk = node * A + a;
      let h = Math.imul(hk, 0x9e3779b1) & hashMask;
      while (hashKey[h] !== -1 && hashKey[h] !== hk) h = (h + 1) & hashMask;
      if (hashKey[h] === hk) {
        node = hashVal[h] ?? 0;
      } else {
        hashKey[h] = hk;
        hashVal[h] = S;
        parent[S] = node;
        label[S] = a;
        depth[S] = (depth[node] ?? 0) + 1;
        node = S++;
      }
    }
    nodeOfPattern[pi] = node;
  }

  // Patterns per terminal node, in pattern order.
  const patStart = new Int32Array(S + 1);
  for (const node of nodeOfPattern) patStart[node + 1] = (patStart[node + 1] ?? 0) + 1;
  for (let s = 0; s < S; s++) patStart[s + 1] = (patStart[s + 1] ?? 0) + (patStart[s] ?? 0);
  const patOrder = new Int32Array(patterns.length);
  const fillAt = patStart.slice(0, S);
  for (let pi = 0; pi < patterns.length; pi++) {
    const n = nodeOfPattern[pi] ?? 0;
    const at = fillAt[n] ?? 0;
    patOrder[at] = pi;
    fillAt[n] = at + 1;
  }
  const conceptIds: string[] = [];
  const conceptIndex = new Map<string, number>();
  const patConcept = new Int32Array(patterns.length);
  const patFlags = new Uint8Array(patterns.length); // 1 word boundary, 2 case-sensitive, 4 zh
  const patCaseKey: string[] = [];
  patterns.forEach((p, pi) => {
    let ci = conceptIndex.get(p.conceptId);
    if (ci === undefined) {
      ci = conceptIds.length;
      conceptIds.push(p.conceptId);
      conceptIndex.set(p.conceptId, ci);
    }
    patConcept[pi] = ci;
    patFlags[pi] = (p.wordBoundary ? 1 : 0) | (p.caseSensitive ? 2 : 0) | (p.zh ? 4 : 0);
    patCaseKey.push(p.caseKey);
  });

  // DFA, level by level (states of one depth at a time): each row starts as a copy of its failure
  // state's row, then gets its own children. Narrow part: S × A1. Wide part: one row per state with a wide
  // child (row 0: the root's), shared by every state whose wide transitions are its failure state's.
  const hasWideChild = new Uint8Array(S);
  let wideCount = 1;
  for (let v = 1; v < S; v++) {
    const u = parent[v] ?? 0;
    if ((label[v] ?? 0) >= A1 && u !== 0 && hasWideChild[u] === 0) {
      hasWideChild[u] = 1;
      wideCount++;
    }
  }
  const small = S <= 0x10000;
  const narrow = small ? new Uint16Array(S * A1) : new Uint32Array(S * A1);
  const wide = small ? new Uint16Array(wideCount * A2) : new Uint32Array(wideCount * A2);
  /** Row of each state in `wide`. */
  const wideRow = new Int32Array(S);
  const fail = new Int32Array(S);
  /** Nearest terminal node on the failure chain, itself included (0 = none: the root is never terminal). */
  const out = new Int32Array(S);
  /** Next terminal below a terminal node on its failure chain. */
  const outNext = new Int32Array(S);
  const step = (u: number, a: number): number =>
    (a < A1 ? narrow[u * A1 + a] : wide[(wideRow[u] ?? 0) * A2 + a - A1]) ?? 0;
  const setStep = (u: number, a: number, v: number): void => {
    if (a < A1) narrow[u * A1 + a] = v;
    else wide[(wideRow[u] ?? 0) * A2 + a - A1] = v;
  };
  // States by depth (counting sort).
  let maxDepth = 0;
  for (let v = 0; v < S; v++) if ((depth[v] ?? 0) > maxDepth) maxDepth = depth[v] ?? 0;
  const levelStart = new Int32Array(maxDepth + 2);
  for (let v = 1; v < S; v++) levelStart[(depth[v] ?? 0) + 1] = (levelStart[(depth[v] ?? 0) + 1] ?? 0) + 1;
  for (let d = 0; d <= maxDepth; d++) levelStart[d + 1] = (levelStart[d + 1] ?? 0) + (levelStart[d] ?? 0);
  const byDepth = new Int32Array(S);
  const levelFill = levelStart.slice();
  for (let v = 1; v < S; v++) {
    const d = depth[v] ?? 0;
    const at = levelFill[d] ?? 0;
    byDepth[at] = v;
    levelFill[d] = at + 1;
  }
  let wideUsed = 1;
  for (let d = 1; d <= maxDepth; d++) {
    const from = levelStart[d] ?? 0;
    const to = levelStart[d + 1] ?? 0;
    // Failure links of this level read only rows of shallower, complete states.
    for (let k = from; k < to; k++) {
      const v = byDepth[k] ?? 0;
      const u = parent[v] ?? 0;
      fail[v] = u === 0 ? 0 : step(fail[u] ?? 0, label[v] ?? 0);
    }
    // This level's states complete their parents' rows…
    for (let k = from; k < to; k++) {
      const v = byDepth[k] ?? 0;
      setStep(parent[v] ?? 0, label[v] ?? 0, v);
    }
    // …and start their own rows from their (now complete) failure states' rows.
    for (let k = from; k < to; k++) {
      const v = byDepth[k] ?? 0;
      const f = fail[v] ?? 0;
      narrow.copyWithin(v * A1, f * A1, f * A1 + A1);
      if (hasWideChild[v] === 1) {
        const r = wideUsed++;
        const fr = wideRow[f] ?? 0;
        wide.copyWithin(r * A2, fr * A2, fr * A2 + A2);
        wideRow[v] = r;
      } else {
        wideRow[v] = wideRow[f] ?? 0;
      }
      // Keys never hold two separators in a row, so this never hides a child. A state's failure state
      // ends with the same character, so rows copied from a looping state belong to looping states too.
      if (label[v] === SEP) narrow[v * A1 + SEP] = v;
      const terminal = (patStart[v + 1] ?? 0) > (patStart[v] ?? 0);
      outNext[v] = out[f] ?? 0;
      out[v] = terminal ? v : (out[f] ?? 0);
    }
  }
  // Column OUTSIDE stays 0 everywhere: a character in no term sends the automaton back to the root.
  /** Offset of each state's wide row, minus A1, so the hot loop indexes `wide` with the class directly. */
  const wideBase = new Int32Array(S);
  for (let u = 0; u < S; u++) wideBase[u] = (wideRow[u] ?? 0) * A2 - A1;

  /**
   * Original start of a term of `len` stream units ending at original index `last`: walk back, a run of
   * separators being one unit. Only done per candidate, so the scan itself keeps no position map.
   */
  function startOf(text: string, last: number, len: number): number {
    let j = last;
    for (let r = len - 1; r > 0; r--) {
      j--;
      if (fold[text.charCodeAt(j)] === SPACE) {
        while (j > 0 && fold[text.charCodeAt(j - 1)] === SPACE) j--;
      }
    }
    return j;
  }

  // Per-call scratch indexed by original start, grown on demand, reused (findAll is synchronous) and kept
  // all-zero between calls: only the starts listed in `touched` are ever set, and they are reset after.
  let best = new Int32Array(0);
  let bestEnd = new Int32Array(0);
  let touched = new Int32Array(64);

  /** Is pattern `pi` a valid occurrence at original [os, oe)? */
  function valid(text: string, pi: number, os: number, oe: number): boolean {
    const flags = patFlags[pi] ?? 0;
    if ((flags & 3) === 0) return true;
    if (flags & 1) {
      if (os > 0 && word[text.charCodeAt(os - 1)] === 1) return false;
      if (oe < text.length && word[text.charCodeAt(oe)] === 1) return false;
    }
    if (flags & 2) {
      // Compare with case kept; a space in the key stands for the run of separators in the text.
      const key = patCaseKey[pi] ?? '';
      let i = os;
      for (let k = 0; k < key.length; k++) {
        const kc = key.charCodeAt(k);
        if (foldCodeKeepCase(text.charCodeAt(i)) !== kc) return false;
        i++;
        if (kc === SPACE) while (i < oe && fold[text.charCodeAt(i)] === SPACE) i++;
      }
    }
    return true;
  }

  function anyValid(text: string, node: number, os: number, oe: number): boolean {
    const end = patStart[node + 1] ?? 0;
    for (let i = patStart[node] ?? 0; i < end; i++) if (valid(text, patOrder[i] ?? 0, os, oe)) return true;
    return false;
  }

  /** Chinese-only: every valid pattern at the node is a Chinese term (only these spans join). */
  function allValidZh(text: string, node: number, os: number, oe: number): boolean {
    const end = patStart[node + 1] ?? 0;
    for (let i = patStart[node] ?? 0; i < end; i++) {
      const pi = patOrder[i] ?? 0;
      if ((patFlags[pi] ?? 0) & 4) continue;
      if (valid(text, pi, os, oe)) return false;
    }
    return true;
  }

  function pushHits(hits: TermHit[], text: string, node: number, os: number, oe: number): void {
    const first = hits.length;
    const stop = patStart[node + 1] ?? 0;
    for (let i = patStart[node] ?? 0; i < stop; i++) {
      const pi = patOrder[i] ?? 0;
      if (!valid(text, pi, os, oe)) continue;
      const conceptId = conceptIds[patConcept[pi] ?? 0] ?? '';
      let dup = false;
      for (let h = first; h < hits.length; h++) if (hits[h]?.conceptId === conceptId) dup = true;
      if (!dup) hits.push({ conceptId, start: os, end: oe });
    }
  }

  function findAll(text: string): TermMatch[] {
    const n = text.length;
    if (best.length < n) {
      best = new Int32Array(Math.max(n, best.length * 2));
      bestEnd = new Int32Array(best.length);
    }
    const B = best;
    const E = bestEnd;
    let count = 0;
    try {
      // Locals, not closure slots, in the hot loop.
      const C = classOf;
      const N = narrow;
      const W = wide;
      const WB = wideBase;
      const NA = A1;
      const OUT = out;
      const NEXT = outNext;
      const DEPTH = depth;

      // Pass 1: run the DFA (separator runs loop in place, unknown characters reset it); B[start] = node
      // of the longest valid term starting at original index `start`, E[start] its original end.
      let state = 0;
      for (let i = 0; i < n; i++) {
        const a = C[text.charCodeAt(i)] ?? OUTSIDE;
        state = (a < NA ? N[state * NA + a] : W[(WB[state] ?? 0) + a]) ?? 0;
        for (let t = OUT[state] ?? 0; t !== 0; t = NEXT[t] ?? 0) {
          const len = DEPTH[t] ?? 0;
          const start = startOf(text, i, len);
          const cur = B[start] ?? 0;
          if ((cur === 0 || (DEPTH[cur] ?? 0) < len) && anyValid(text, t, start, i + 1)) {
            if (cur === 0) {
              if (count === touched.length) {
                const grown = new Int32Array(count * 2);
                grown.set(touched);
                touched = grown;
              }
              touched[count++] = start;
            }
            B[start] = t;
            E[start] = i + 1;
          }
        }
      }
      return select(text, touched.subarray(0, count).sort());
    } finally {
      for (let j = 0; j < count; j++) B[touched[j] ?? 0] = 0;
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
