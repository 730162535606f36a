/**
 * What a concept card shows, assembled where the full concept base lives (the background worker and extension
 * pages). The content script receives it by message, so the papers' summaries never load into the pages you read.
 */
import { formatCitation } from './citations';
import { getConcept, relationsOf } from './index';
import type { Bilingual, Concept, PaperId, RelationType } from './types';

export interface ConceptCardData {
  concept: Concept;
  related: { type: RelationType; id: string; name: Bilingual }[];
  /** The citation of each paper the concept's sources cite. */
  citations: Partial<Record<PaperId, Bilingual>>;
}

export function conceptCardData(id: string): ConceptCardData | null {
  const concept = getConcept(id);
  if (!concept) return null;
  const citations: Partial<Record<PaperId, Bilingual>> = {};
  for (const s of concept.sources) {
    citations[s.paper] = { zh: formatCitation(s.paper, 'zh'), en: formatCitation(s.paper, 'en') };
  }
  return {
    concept,
    related: relationsOf(id).map((r) => ({ type: r.type, id: r.concept.id, name: r.concept.name })),
    citations,
  };
}
