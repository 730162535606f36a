/**
 * The term automaton as data: an Aho–Corasick trie over folded characters, in breadth-first order, with its failure
 * links, output links and patterns. Compiled once from the dictionary at build time (scripts/gen-lexicon.ts) and
 * shipped as compact strings; a page only decodes them, in one pass (see automaton.ts for the matcher that runs it).
 *
 * States are numbered breadth-first with each state's children consecutive and sorted by class, so the children of
 * state s are exactly the states `kids[s] .. kids[s + 1] - 1`, and a state's parent and failure state always come
 * before it. Patterns are grouped by their terminal state (dictionary order inside a group).
 */
import { changedCodes, foldTable } from '../text/normalize';
import type { Pattern } from './patterns';

/** Alphabet class of characters that occur in no term. */
export const OUTSIDE = 0;
/** Alphabet class of the folded separator (space): a run of separators counts once. */
export const SEP = 1;
const SPACE = 0x20;

/** Pattern flag bits. */
export const PAT_WORD = 1;
export const PAT_CASE = 2;
export const PAT_ZH = 4;

export interface MatcherTables {
  /** Class `i + 2` is the folded code unit `keyChars.charCodeAt(i)` (classes 0 and 1: outside, separator). */
  keyChars: string;
  /**
   * Pairs (code unit, class) of the other code units whose fold is a key character or the space (数 for 數, d for
   * D, full-width forms, dashes): with keyChars and the space, the whole map from raw text to classes.
   */
  folded: Int32Array;
  /** Per state (0 is the root): the class of the edge that leads into it. */
  label: Int32Array;
  /** Length states + 1: the children of state s are the states kids[s] .. kids[s + 1] - 1, ascending by label. */
  kids: Int32Array;
  /** Per state: the state of the longest proper suffix of its string that is in the trie. */
  fail: Int32Array;
  /** Per state: the length of its string (a separator run counts as one). */
  depth: Int32Array;
  /** Per state: the nearest terminal state on its failure chain, itself included (0: none). */
  out: Int32Array;
  /** Per state: the nearest terminal state on its failure chain, itself excluded (0: none). */
  outNext: Int32Array;
  /** Length states + 1: the patterns ending at state s are patStart[s] .. patStart[s + 1] - 1. */
  patStart: Int32Array;
  /** Per pattern (grouped by state): its concept (an index the caller maps to an id) and flags. */
  patConcept: Int32Array;
  patFlags: Uint8Array;
  /** Case-kept key of each case-sensitive pattern, by pattern index. */
  caseKeys: ReadonlyMap<number, string>;
}

/** The tables for `patterns`, ready to match (tests and small dictionaries; pages decode packed tables). */
export function compileTables(patterns: readonly Pattern[], conceptIndex: (id: string) => number): MatcherTables {
  return unpackTables(packPatterns(patterns, conceptIndex));
}

/**
 * Compiles `patterns` into packed tables; `conceptIndex` maps each pattern's concept id to the index stored for it.
 * Deterministic: the same patterns give the same string (the generated file's stale check depends on it).
 */
export function packPatterns(patterns: readonly Pattern[], conceptIndex: (id: string) => number): PackedTables {
  // Alphabet: most frequent characters first, so most labels take one byte in the packed form.
  const freq = new Map<number, number>();
  for (const p of patterns) {
    for (let i = 0; i < p.key.length; i++) {
      const c = p.key.charCodeAt(i);
      if (c !== SPACE) freq.set(c, (freq.get(c) ?? 0) + 1);
    }
  }
  const chars = [...freq.keys()].sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || a - b);
  const classOf = new Map<number, number>([[SPACE, SEP]]);
  for (const [i, c] of chars.entries()) classOf.set(c, i + 2);

  // Trie with map children (compile time only), then renumbered breadth-first.
  interface Node {
    label: number;
    children: Map<number, Node>;
    id: number;
  }
  const root: Node = { label: OUTSIDE, children: new Map(), id: 0 };
  const terminals: Node[] = [];
  for (const p of patterns) {
    let node = root;
    for (let i = 0; i < p.key.length; i++) {
      const a = classOf.get(p.key.charCodeAt(i)) ?? OUTSIDE;
      let child = node.children.get(a);
      if (!child) {
        child = { label: a, children: new Map(), id: -1 };
        node.children.set(a, child);
      }
      node = child;
    }
    terminals.push(node);
  }
  const order: Node[] = [root];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as Node;
    node.id = i;
    for (const child of [...node.children.values()].sort((x, y) => x.label - y.label)) order.push(child);
  }
  const S = order.length;
  const counts = new Int32Array(S);
  const label = new Int32Array(S);
  for (let s = 0; s < S; s++) {
    counts[s] = (order[s] as Node).children.size;
    label[s] = (order[s] as Node).label;
  }
  const kids = new Int32Array(S + 1);
  let next = 1;
  for (let s = 0; s < S; s++) {
    kids[s] = next;
    next += counts[s] ?? 0;
  }
  kids[S] = next;
  const fail = linkFailures(label, kids);

  // Patterns grouped by terminal state, dictionary order inside a group.
  const byState = patterns
    .map((_, i) => i)
    .sort((a, b) => (terminals[a] as Node).id - (terminals[b] as Node).id || a - b);
  const patCount = new Int32Array(S);
  const patConcept = new Int32Array(patterns.length);
  const patFlags = new Uint8Array(patterns.length);
  const caseKeys = new Map<number, string>();
  byState.forEach((pi, k) => {
    const p = patterns[pi] as Pattern;
    const s = (terminals[pi] as Node).id;
    patCount[s] = (patCount[s] ?? 0) + 1;
    const ci = conceptIndex(p.conceptId);
    if (!(ci >= 0)) throw new Error(`Pattern "${p.key}" names an unknown concept "${p.conceptId}"`);
    patConcept[k] = ci;
    patFlags[k] = (p.wordBoundary ? PAT_WORD : 0) | (p.caseSensitive ? PAT_CASE : 0) | (p.zh ? PAT_ZH : 0);
    if (p.caseSensitive) caseKeys.set(k, p.caseKey);
  });

  const fold = foldTable();
  let folded = '';
  for (const c of changedCodes()) {
    const cls = classOf.get(fold[c] ?? c);
    if (cls === undefined) continue;
    if (c >= 0xd800 && c <= 0xdfff) throw new Error('Matcher tables: a surrogate cannot fold onto a key character');
    folded += String.fromCharCode(c) + encode([cls]);
  }
  const patternFields: number[] = [];
  for (let k = 0; k < patConcept.length; k++) patternFields.push(patConcept[k] ?? 0, patFlags[k] ?? 0);
  return {
    format: FORMAT,
    keyChars: String.fromCharCode(...chars),
    folded,
    counts: encode(counts),
    labels: encode(label, 1),
    fail: encode(fail, 1),
    patternCounts: encode(patCount),
    patterns: encode(patternFields),
    caseKeys: [...caseKeys].sort((x, y) => x[0] - y[0]),
  };
}

/** The child of `s` along class `a`, or 0 (children are consecutive states sorted by label). */
export function childOf(label: Int32Array, kids: Int32Array, s: number, a: number): number {
  let lo = kids[s] ?? 0;
  let hi = (kids[s + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = label[mid] ?? 0;
    if (l === a) return mid;
    if (l < a) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Failure links, breadth-first (a state's link points to a shallower, already linked state). */
function linkFailures(label: Int32Array, kids: Int32Array): Int32Array {
  const fail = new Int32Array(label.length);
  for (let u = 1; u < label.length; u++) {
    const end = kids[u + 1] ?? 0;
    for (let v = kids[u] ?? 0; v < end; v++) {
      const a = label[v] ?? 0;
      let f = fail[u] ?? 0;
      for (;;) {
        const t = childOf(label, kids, f, a);
        if (t !== 0 || f === 0) {
          fail[v] = t;
          break;
        }
        f = fail[f] ?? 0;
      }
    }
  }
  return fail;
}

// Packing: every array as a string of UTF-16 code units (value + 32, so no control character needs an escape in
// the generated source), which is compact in UTF-8 (most values take one or two bytes) and decodes with nothing but
// charCodeAt: no base64, no varints (a page runs the decoding loop once, interpreted, so every step counts).

const FORMAT = 2;
const OFFSET = 32;
/** Values must stay below the surrogates when offset (and so below the noncharacters). */
const MAX_VALUE = 0xd800 - OFFSET - 1;

/** The tables as plain data for a generated source file. */
export interface PackedTables {
  format: number;
  keyChars: string;
  /** Pairs: the code unit itself (no offset: any unit but a surrogate), then its class. */
  folded: string;
  /** Per state: the number of its children. */
  counts: string;
  /** Per state but the root: the class of its edge. */
  labels: string;
  /** Per state but the root: its failure state. */
  fail: string;
  /** Per state: the number of patterns ending there. */
  patternCounts: string;
  /** Per pattern (grouped by state): concept index, then flags. */
  patterns: string;
  /** [pattern index, case-kept key] of the case-sensitive patterns. */
  caseKeys: readonly (readonly [number, string])[];
}

function encode(values: ArrayLike<number>, from = 0): string {
  const units: number[] = [];
  for (let i = from; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (!(v >= 0 && v <= MAX_VALUE)) throw new Error(`Matcher tables: value ${v} does not fit (too many states?)`);
    units.push(v + OFFSET);
  }
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}

/**
 * Decodes packed tables: every per-state array in one breadth-first pass over the states (a page runs this once,
 * cold: one loop, not five). A state's parent and failure state precede it, so their depth and outputs are known.
 */
export function unpackTables(p: PackedTables): MatcherTables {
  if (p.format !== FORMAT) throw new Error('Matcher tables are in an unknown format: regenerate them');
  const { counts, labels, fail: fails, patternCounts } = p;
  const S = counts.length;
  const P = p.patterns.length / 2;
  const sizesOk = labels.length === S - 1 && fails.length === S - 1 && patternCounts.length === S;
  if (!sizesOk || !Number.isInteger(P) || p.folded.length % 2 !== 0) {
    throw new Error('Matcher tables are corrupt: regenerate them');
  }
  const patConcept = new Int32Array(P);
  const patFlags = new Uint8Array(P);
  for (let i = 0, j = 0; i < P; i++, j += 2) {
    patConcept[i] = p.patterns.charCodeAt(j) - OFFSET;
    patFlags[i] = p.patterns.charCodeAt(j + 1) - OFFSET;
  }
  const folded = new Int32Array(p.folded.length);
  for (let i = 0; i < folded.length; i += 2) {
    folded[i] = p.folded.charCodeAt(i);
    folded[i + 1] = p.folded.charCodeAt(i + 1) - OFFSET;
  }
  const kids = new Int32Array(S + 1);
  const label = new Int32Array(S);
  const fail = new Int32Array(S);
  const depth = new Int32Array(S);
  const out = new Int32Array(S);
  const outNext = new Int32Array(S);
  const patStart = new Int32Array(S + 1);
  let nextChild = 1;
  let nextPattern = 0;
  for (let s = 0; s < S; s++) {
    const children = counts.charCodeAt(s) - OFFSET;
    const patterns = patternCounts.charCodeAt(s) - OFFSET;
    kids[s] = nextChild;
    patStart[s] = nextPattern;
    const d = (depth[s] ?? 0) + 1;
    for (let v = nextChild; v < nextChild + children; v++) depth[v] = d;
    nextChild += children;
    nextPattern += patterns;
    if (s === 0) continue;
    const f = fails.charCodeAt(s - 1) - OFFSET;
    label[s] = labels.charCodeAt(s - 1) - OFFSET;
    fail[s] = f;
    outNext[s] = out[f] ?? 0;
    out[s] = patterns > 0 ? s : (out[f] ?? 0);
  }
  kids[S] = nextChild;
  patStart[S] = nextPattern;
  if (nextChild !== S || nextPattern !== P) throw new Error('Matcher tables are corrupt: regenerate them');
  return {
    keyChars: p.keyChars,
    folded,
    label,
    kids,
    fail,
    depth,
    out,
    outNext,
    patStart,
    patConcept,
    patFlags,
    caseKeys: new Map(p.caseKeys),
  };
}
