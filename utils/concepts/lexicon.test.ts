import { describe, expect, it } from 'vitest';
import { conceptCardData } from './card-data';
import { CONCEPTS } from './index';
import { lexiconConcepts, lexiconTerms } from './lexicon';
import { buildTermDictionary } from './terms';

describe('the generated lexicon the content script loads', () => {
  it('is up to date with the concept base (else run `npx tsx scripts/gen-lexicon.ts`)', () => {
    expect([...lexiconConcepts().values()]).toEqual(
      CONCEPTS.map((c) => ({ id: c.id, category: c.category, name: c.name })),
    );
    expect(lexiconTerms()).toEqual(buildTermDictionary(CONCEPTS));
  });

  it('filters the dictionary by category', () => {
    const challenges = lexiconTerms(new Set(['challenge']));
    const ids = new Set(challenges.map((e) => e.conceptId));
    expect(ids.has('techno-nationalism')).toBe(true);
    expect(ids.has('digital-diplomacy')).toBe(false);
    expect(challenges).toEqual(buildTermDictionary(CONCEPTS.filter((c) => c.category === 'challenge')));
  });
});

describe('conceptCardData', () => {
  it('gathers the concept, its related concepts both ways and the citations of its sources', () => {
    const card = conceptCardData('digital-diplomacy');
    expect(card?.concept.name.zh).toBe('数字外交');
    expect(card?.related.length).toBeGreaterThan(3);
    expect(card?.citations['han-wu-2024']?.zh).toContain('教学与研究');
    const child = card?.related.find((r) => r.type === 'narrower');
    expect(child && conceptCardData(child.id)?.related).toContainEqual(
      expect.objectContaining({ type: 'broader', id: 'digital-diplomacy' }),
    );
  });

  it('is null for an unknown id', () => {
    expect(conceptCardData('no-such-concept')).toBeNull();
  });
});
