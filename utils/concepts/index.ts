import { GOV_WEIBO_CONCEPTS } from './data/gov-weibo';
import { PART1_CONCEPTS } from './data/part1';
import { PART2_CONCEPTS } from './data/part2';
import type { Concept, ConceptCategory, PaperId, RelationType } from './types';

/** The whole concept base: both halves of Han & Wu (2024) and the gov-Weibo paper. */
export const CONCEPTS: readonly Concept[] = [...PART1_CONCEPTS, ...PART2_CONCEPTS, ...GOV_WEIBO_CONCEPTS];

const byId = new Map<string, Concept>(CONCEPTS.map((c) => [c.id, c]));

export function getConcept(id: string): Concept | undefined {
  return byId.get(id);
}

const INVERSE: Record<RelationType, RelationType> = {
  broader: 'narrower',
  narrower: 'broader',
  related: 'related',
  'contrasts-with': 'contrasts-with',
};

export interface ResolvedRelation {
  type: RelationType;
  concept: Concept;
}

/** Relations are written once in the data; here every one is also seen from its other end. */
function buildRelationIndex(concepts: readonly Concept[]): Map<string, ResolvedRelation[]> {
  const index = new Map<string, ResolvedRelation[]>();
  const seen = new Set<string>();
  const lookup = new Map(concepts.map((c) => [c.id, c]));
  const add = (from: Concept, type: RelationType, to: Concept): void => {
    const key = `${from.id}\u0000${type}\u0000${to.id}`;
    if (seen.has(key) || from.id === to.id) return;
    seen.add(key);
    const list = index.get(from.id) ?? [];
    list.push({ type, concept: to });
    index.set(from.id, list);
  };
  for (const concept of concepts) {
    for (const rel of concept.relations) {
      const target = lookup.get(rel.target);
      // Dangling targets are reported by the validation tests, not thrown here: a card still renders.
      if (!target) continue;
      add(concept, rel.type, target);
      add(target, INVERSE[rel.type], concept);
    }
  }
  return index;
}

const relationIndex = buildRelationIndex(CONCEPTS);

/**
 * Every relation of a concept, written or derived (broader<->narrower, related and contrasts-with both
 * ways), without duplicates. Unknown ids give an empty list.
 */
export function relationsOf(id: string): ResolvedRelation[] {
  return [...(relationIndex.get(id) ?? [])];
}

/** Concepts grouped by category, in the base's order; categories without concepts are absent. */
export function conceptsByCategory(concepts: readonly Concept[] = CONCEPTS): Map<ConceptCategory, Concept[]> {
  const groups = new Map<ConceptCategory, Concept[]>();
  for (const concept of concepts) {
    const list = groups.get(concept.category) ?? [];
    list.push(concept);
    groups.set(concept.category, list);
  }
  return groups;
}

/** Concepts whose main source (`sources[0]`) is the given section, in the base's order: one outline node. */
export function conceptsInSection(paper: PaperId, section: string, concepts: readonly Concept[] = CONCEPTS): Concept[] {
  return concepts.filter((c) => c.sources[0]?.paper === paper && c.sources[0]?.section === section);
}
