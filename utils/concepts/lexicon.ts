/**
 * The lean view of the concept base the content script needs: names and categories for every concept, and the
 * term dictionary, read from the generated rows (see scripts/gen-lexicon.ts). Summaries, sources and relations
 * stay in the extension's own pages and reach a card by message (card-data.ts).
 */
import type { TermEntry } from '../matcher/types';
import { CONCEPT_ROWS, TERM_ROWS } from './generated/lexicon';
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
