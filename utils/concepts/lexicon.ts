/**
 * The lean view of the concept base the content script needs: names and categories for every concept, and the
 * term matcher, read from generated data (see scripts/gen-lexicon.ts). Summaries, sources and relations stay in the
 * extension's own pages and reach a card by message (card-data.ts).
 */
import { keyFold, matcherFromTables } from '../matcher/automaton';
import { requireQuotes } from '../matcher/quoted';
import { type MatcherTables, unpackTables } from '../matcher/tables';
import type { Matcher, TermEntry } from '../matcher/types';
import { CONCEPT_ROWS, TERM_ROWS } from './generated/lexicon';
import { MATCHER_TABLES, QUOTED_TERMS } from './generated/matcher-tables';
import type { Bilingual, ConceptCategory } from './types';

export const TERM_FLAGS = { en: 1, wordBoundary: 2, inflect: 4, caseSensitive: 8, quoted: 16 } as const;

export interface LexiconConcept {
  id: string;
  category: ConceptCategory;
  name: Bilingual;
}

let concepts: Map<string, LexiconConcept> | undefined;

export function lexiconConcepts(): Map<string, LexiconConcept> {
  if (!concepts) {
    concepts = new Map(CONCEPT_ROWS.map(([id, category, zh, en]) => [id, { id, category, name: { zh, en } }]));
  }
  return concepts;
}

/** The matcher's dictionary for the concepts in the given categories (all when omitted). */
export function lexiconTerms(categories?: ReadonlySet<ConceptCategory>): TermEntry[] {
  const out: TermEntry[] = [];
  for (const [surface, index, flags] of TERM_ROWS) {
    const row = CONCEPT_ROWS[index];
    if (!row || (categories && !categories.has(row[1]))) continue;
    out.push({
      surface,
      conceptId: row[0],
      lang: flags & TERM_FLAGS.en ? 'en' : 'zh',
      wordBoundary: (flags & TERM_FLAGS.wordBoundary) !== 0,
      inflect: (flags & TERM_FLAGS.inflect) !== 0,
      caseSensitive: (flags & TERM_FLAGS.caseSensitive) !== 0,
      ...(flags & TERM_FLAGS.quoted ? { quoted: true } : {}),
    });
  }
  return out;
}

let tables: MatcherTables | undefined;

/**
 * The content script's term matcher: the automaton compiled at build time (decoded on first use, then shared),
 * narrowed to the concepts of the given categories (all when omitted). It finds exactly what an automaton built
 * from `lexiconTerms(categories)` alone would (see matcherFromTables), with quoted-only terms enforced.
 */
export function loadTermMatcher(categories?: ReadonlySet<ConceptCategory>): Matcher {
  tables ??= unpackTables(MATCHER_TABLES);
  const ids = CONCEPT_ROWS.map((row) => row[0]);
  const enabled = new Uint8Array(CONCEPT_ROWS.length);
  CONCEPT_ROWS.forEach((row, i) => {
    enabled[i] = !categories || categories.has(row[1]) ? 1 : 0;
  });
  const quoted = QUOTED_TERMS.map(([surface, i]) => ({ surface, conceptId: ids[i] ?? '', quoted: true }));
  return requireQuotes(matcherFromTables(tables, ids, { enabled }), quoted, keyFold(tables));
}
