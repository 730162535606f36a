/**
 * Finds a saved quote again in a root's (possibly changed) text, Hypothesis-style:
 *   1. the exact quote, choosing among its occurrences by prefix/suffix agreement, then nearness to the old
 *      position → 'anchored' (or 'fuzzy' when several are equally plausible and none is at the old position).
 *      The old position alone is not trusted: when words repeat and an edit above shifts the text by their
 *      length, the old offsets hold a neighbouring copy of the same words, with the wrong context;
 *   2. an approximate match (approx-string-match, ≤ min(32, ⌊len/4⌋) errors) scored with its context → 'fuzzy'.
 * Anything below the score floor is an orphan (null): a note is never pinned to the wrong place.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../notes/types';

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface AnchorMatch {
  start: number;
  end: number;
  status: 'anchored' | 'fuzzy';
}

/** text.length × quote.length above which the fuzzy search over the whole text is skipped (a window is used). */
export const MAX_FUZZY_COST = 20_000_000;
const MAX_OCCURRENCES = 1000;
const MAX_CANDIDATES = 200;

export function maxErrorsFor(quoteLength: number): number {
  return Math.min(32, Math.floor(quoteLength / 4));
}

/** Characters of `prefix` that agree with the text just before `at`, counting backwards. */
function prefixAgreement(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - 1 - n >= 0 && text[at - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  return n;
}

function suffixAgreement(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

function exactMatch(text: string, sel: AnchorSelectors): AnchorMatch | null {
  const { exact, prefix, suffix } = sel.quote;
  const hint = sel.position?.start;
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) {
    found.push(i);
  }
  if (found.length === 0) return null;
  const contextLen = prefix.length + suffix.length;
  const scored = found.map((at) => ({
    at,
    context: contextLen
      ? (prefixAgreement(text, at, prefix) + suffixAgreement(text, at + exact.length, suffix)) / contextLen
      : 0,
    distance: hint === undefined ? 0 : Math.abs(at - hint),
  }));
  scored.sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = scored[0];
  if (!best) return null;
  const second = scored[1];
  const unique = !second || best.context > second.context || best.at === hint;
  // A short quote whose surroundings changed entirely may be another instance of the same words: flag it.
  const doubtful = contextLen > 0 && best.context === 0 && exact.length < 8;
  const status = unique && !doubtful ? 'anchored' : 'fuzzy';
  return { start: best.at, end: best.at + exact.length, status };
}

/** 1 − edit distance / length of `pattern` against the best-matching substring of `region`. */
function similarity(region: string, pattern: string): number {
  if (!pattern.length) return 1;
  if (!region.length) return 0;
  const m = search(region, pattern, pattern.length);
  const errors = m.length ? Math.min(...m.map((x) => x.errors)) : pattern.length;
  return Math.max(0, 1 - errors / pattern.length);
}

interface Scored {
  start: number;
  end: number;
  score: number;
  quoteSim: number;
  /** The better of prefix and suffix similarity (0 when the selector has no context). */
  contextSim: number;
  /** Characters of the saved prefix and suffix that agree around the match (similarity × length, both sides). */
  contextChars: number;
}

function fuzzyIn(text: string, offset: number, region: string, sel: AnchorSelectors): Scored | null {
  const { exact, prefix, suffix } = sel.quote;
  const maxErrors = maxErrorsFor(exact.length);
  const hint = sel.position?.start;
  const matches = search(region, exact, maxErrors)
    .map((m) => ({ start: m.start + offset, end: m.end + offset, errors: m.errors }))
    .filter((m) => m.end > m.start);
  if (!matches.length) return null;
  matches.sort(
    (a, b) => a.errors - b.errors || (hint === undefined ? 0 : Math.abs(a.start - hint) - Math.abs(b.start - hint)),
  );
  let best: Scored | null = null;
  for (const m of matches.slice(0, MAX_CANDIDATES)) {
    const quoteSim = 1 - m.errors / exact.length;
    // A little slack either side so an inserted or deleted character next to the quote does not sink the context.
    const slack = 4;
    const prefixSim = similarity(text.slice(Math.max(0, m.start - prefix.length - slack), m.start), prefix);
    const suffixSim = similarity(text.slice(m.end, m.end + suffix.length + slack), suffix);
    const posSim = hint === undefined ? 0.5 : 1 - Math.min(1, Math.abs(m.start - hint) / Math.max(1, text.length));
    const wPrefix = prefix.length ? 20 : 0;
    const wSuffix = suffix.length ? 20 : 0;
    const score = (50 * quoteSim + wPrefix * prefixSim + wSuffix * suffixSim + 2 * posSim) / (52 + wPrefix + wSuffix);
    const contextSim = Math.max(prefix.length ? prefixSim : 0, suffix.length ? suffixSim : 0);
    const contextChars = prefixSim * prefix.length + suffixSim * suffix.length;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, quoteSim, contextSim, contextChars };
  }
  return best;
}

/** The score floor: a close quote, or a looser quote whose surroundings still agree. */
function acceptable(s: Scored, sel: AnchorSelectors): boolean {
  const len = sel.quote.exact.length;
  const hasContext = sel.quote.prefix.length + sel.quote.suffix.length > 0;
  if (!hasContext) return s.quoteSim >= 0.85 && len >= 8;
  // The surroundings must really agree, not by one shared space: at least 8 characters of the saved context
  // (all of it when shorter). Without this a quote at the very start of a post (empty prefix) could pass on the
  // quote alone.
  const contextLength = sel.quote.prefix.length + sel.quote.suffix.length;
  if (s.contextChars < Math.min(8, contextLength)) return false;
  // A near-identical long quote still needs one side of its surroundings to agree: a lookalike sentence in
  // another post (中美人文交流 vs 中英人文交流) must not take a removed note.
  if (s.quoteSim >= 0.9 && len >= 16 && s.contextSim >= 0.5) return true;
  return s.score >= 0.7;
}

function fuzzyMatch(text: string, sel: AnchorSelectors): AnchorMatch | null {
  const len = sel.quote.exact.length;
  if (maxErrorsFor(len) < 1 || text.length === 0) return null;
  const hint = sel.position?.start;
  const affordable = text.length * len <= MAX_FUZZY_COST;
  // Around the old position first: cheap, and the likeliest place.
  if (hint !== undefined) {
    const half = Math.max(2000, 4 * len);
    const budget = Math.floor(MAX_FUZZY_COST / len);
    const span = Math.min(2 * half + len, budget);
    const from = Math.max(0, Math.min(hint - Math.floor((span - len) / 2), text.length - span));
    const to = Math.min(text.length, from + span);
    if (from > 0 || to < text.length || !affordable) {
      const s = fuzzyIn(text, from, text.slice(from, to), sel);
      if (s && acceptable(s, sel)) return { start: s.start, end: s.end, status: 'fuzzy' };
    }
  }
  if (!affordable) return null;
  const s = fuzzyIn(text, 0, text, sel);
  return s && acceptable(s, sel) ? { start: s.start, end: s.end, status: 'fuzzy' } : null;
}

export function anchor(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const { exact } = selectors.quote;
  if (!exact) return null;
  return exactMatch(text, selectors) ?? fuzzyMatch(text, selectors);
}
