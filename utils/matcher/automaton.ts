/**
 * The term matcher: a table-driven Aho–Corasick automaton over a compact alphabet of folded characters.
 *
 * One pass over the text feeds each code unit through a composed table (raw code → alphabet class, which
 * already includes the fold) and steps a dense DFA (separator runs loop in place), recording per start
 * position the longest valid term. A second pass picks leftmost-longest, non-overlapping spans and joins
 * overlapping Chinese terms. The hot loop touches only typed arrays.
 */
import { changedCodes, foldCodeKeepCase, foldTable, wordTable } from '../text/normalize';
import { compilePatterns } from './patterns';
import type { Matcher, TermEntry, TermHit, TermMatch } from './types';

/** Alphabet class of characters that occur in no term: the DFA goes straight to the root. */
const OUTSIDE = 0;
/** Alphabet class of the folded separator (space): runs of it count once. */
const SEP = 1;
const SPACE = 0x20;

export function createMatcher(entries: readonly TermEntry[]): Matcher {
  const patterns = compilePatterns(entries);
  const fold = foldTable();
  const word = wordTable();

  // Alphabet: folded code → class, then composed with the fold so the hot loop reads one table.
  const classOfFolded = new Uint16Array(0x10000);
  classOfFolded[SPACE] = SEP;
  let alphabetSize = 2;
  for (const p of patterns) {
    for (let i = 0; i < p.key.length; i++) {
      const c = p.key.charCodeAt(i);
      if (classOfFolded[c] === OUTSIDE) classOfFolded[c] = alphabetSize++;
    }
  }
  const classOf = classOfFolded.slice();
  for (const c of changedCodes()) classOf[c] = classOfFolded[fold[c] ?? c] ?? OUTSIDE;
  const A = alphabetSize;

  // Trie (build-time structures may allocate; the search loop does not).
  const children: Map<number, number>[] = [new Map()];
  const nodeOfPattern = new Int32Array(patterns.length);
  patterns.forEach((p, pi) => {
    let node = 0;
    for (let i = 0; i < p.key.length; i++) {
      const a = classOfFolded[p.key.charCodeAt(i)] ?? OUTSIDE;
      const kids = children[node] as Map<number, number>;
      let next = kids.get(a);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        kids.set(a, next);
      }
      node = next;
    }
    nodeOfPattern[pi] = node;
  });
  const S = children.length;

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

  // Dense DFA by BFS: each row starts as a copy of its failure state's row, then gets its own children.
  const delta = S <= 0x10000 ? new Uint16Array(S * A) : new Uint32Array(S * A);
  const fail = new Int32Array(S);
  const depth = new Int32Array(S);
  /** Nearest terminal node on the failure chain, itself included (0 = none: the root is never terminal). */
  const out = new Int32Array(S);
  /** Next terminal below a terminal node on its failure chain. */
  const outNext = new Int32Array(S);
  const queue = new Int32Array(S);
  /** 1 when the state was entered by a separator: it loops on further separators (runs count once). */
  const sepLabelled = new Uint8Array(S);
  let qHead = 0;
  let qTail = 0;
  for (const [a, v] of children[0] as Map<number, number>) {
    delta[a] = v;
    depth[v] = 1;
    queue[qTail++] = v;
  }
  while (qHead < qTail) {
    const u = queue[qHead++] ?? 0;
    const f = fail[u] ?? 0;
    delta.copyWithin(u * A, f * A, f * A + A);
    const terminal = (patStart[u + 1] ?? 0) > (patStart[u] ?? 0);
    outNext[u] = out[f] ?? 0;
    out[u] = terminal ? u : (out[f] ?? 0);
    for (const [a, v] of children[u] as Map<number, number>) {
      fail[v] = delta[f * A + a] ?? 0;
      depth[v] = (depth[u] ?? 0) + 1;
      delta[u * A + a] = v;
      if (a === SEP) sepLabelled[v] = 1;
      queue[qTail++] = v;
    }
    // Keys never hold two separators in a row, so this never hides a child. A state's failure state
    // ends with the same character, so rows copied from a looping state belong to looping states too.
    if (sepLabelled[u] === 1) delta[u * A + SEP] = u;
  }
  // Column OUTSIDE stays 0 everywhere: a character in no term sends the automaton back to the root.

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

  // Per-call scratch indexed by original start, grown on demand and reused (findAll is synchronous).
  let best = new Int32Array(0);
  let bestEnd = new Int32Array(0);

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
    } else {
      best.fill(0, 0, n);
    }
    const B = best;
    const E = bestEnd;
    // Locals, not closure slots, in the hot loop.
    const C = classOf;
    const D = delta;
    const AA = A;
    const OUT = out;
    const NEXT = outNext;
    const DEPTH = depth;

    // Pass 1: run the DFA (separator runs loop in place, unknown characters reset it); B[start] = node
    // of the longest valid term starting at original index `start`, E[start] its original end.
    let state = 0;
    for (let i = 0; i < n; i++) {
      state = D[state * AA + (C[text.charCodeAt(i)] ?? OUTSIDE)] ?? 0;
      for (let t = OUT[state] ?? 0; t !== 0; t = NEXT[t] ?? 0) {
        const len = DEPTH[t] ?? 0;
        const start = startOf(text, i, len);
        const cur = B[start] ?? 0;
        if ((cur === 0 || (DEPTH[cur] ?? 0) < len) && anyValid(text, t, start, i + 1)) {
          B[start] = t;
          E[start] = i + 1;
        }
      }
    }

    // Pass 2: leftmost-longest, non-overlapping; overlapping Chinese terms join into one span.
    const result: TermMatch[] = [];
    let k = 0;
    while (k < n) {
      const node = B[k] ?? 0;
      if (node === 0) {
        k++;
        continue;
      }
      let end = E[k] ?? k;
      const hits: TermHit[] = [];
      pushHits(hits, text, node, k, end);
      if (allValidZh(text, node, k, end)) {
        for (let t = k + 1; t < end; t++) {
          const other = B[t] ?? 0;
          if (other === 0) continue;
          const otherEnd = E[t] ?? t;
          if (otherEnd > end && allValidZh(text, other, t, otherEnd)) {
            pushHits(hits, text, other, t, otherEnd);
            end = otherEnd;
          }
        }
      }
      result.push({ start: k, end, hits });
      k = end;
    }
    return result;
  }

  return { findAll };
}
