import { describe, expect, it } from 'vitest';
import { PART1_CONCEPTS } from './data/part1';
import { CONCEPTS, conceptsByCategory, conceptsInSection, getConcept, relationsOf } from './index';
import { hanWu, outlineEntry, PAPER_OUTLINE } from './outline';
import type { RelationType } from './types';

const INVERSE: Record<RelationType, RelationType> = {
  broader: 'narrower',
  narrower: 'broader',
  related: 'related',
  'contrasts-with': 'contrasts-with',
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Sentence ends: 。！？ for Chinese; . ! ? before a space or the end for English (so "3.0" and "9/11" don't count). */
function countSentences(text: string, lang: 'zh' | 'en'): number {
  if (lang === 'zh') return (text.match(/[。！？]+/g) ?? []).length;
  return (text.match(/[.!?]+(?=["'”’)]*(\s|$))/g) ?? []).length;
}

describe('countSentences', () => {
  it('counts Chinese and English sentence ends', () => {
    expect(countSentences('一句。两句！三句？', 'zh')).toBe(3);
    expect(countSentences('Globalization 3.0 began. Then "more." Done!', 'en')).toBe(3);
    expect(countSentences('No end', 'en')).toBe(0);
  });
});

describe('concept base', () => {
  it('has at least 80 concepts, 40 of them in part 1', () => {
    expect(PART1_CONCEPTS.length).toBeGreaterThanOrEqual(40);
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(80);
  });

  it('has unique kebab-case ids', () => {
    const ids = CONCEPTS.map((c) => c.id);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('resolves every relation target', () => {
    const dangling = CONCEPTS.flatMap((c) =>
      c.relations.filter((r) => !getConcept(r.target)).map((r) => `${c.id} -${r.type}-> ${r.target}`),
    );
    expect(dangling).toEqual([]);
  });

  it('has no self-relations and agrees with itself where both directions are written', () => {
    const problems: string[] = [];
    for (const c of CONCEPTS) {
      for (const r of c.relations) {
        if (r.target === c.id) problems.push(`${c.id} relates to itself`);
        const back = getConcept(r.target)?.relations.filter((b) => b.target === c.id) ?? [];
        for (const b of back) {
          if (b.type !== INVERSE[r.type]) problems.push(`${c.id} -${r.type}-> ${r.target} but back: ${b.type}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('relationsOf is symmetric for every pair and gives each pair one type', () => {
    const problems: string[] = [];
    for (const c of CONCEPTS) {
      const rels = relationsOf(c.id);
      const targets = rels.map((r) => r.concept.id);
      if (new Set(targets).size !== targets.length) problems.push(`${c.id} has two relation types to one concept`);
      for (const r of rels) {
        const back = relationsOf(r.concept.id).find((b) => b.concept.id === c.id);
        if (back?.type !== INVERSE[r.type]) problems.push(`${c.id} -${r.type}-> ${r.concept.id}, back: ${back?.type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('relationsOf derives inverses and skips unknown ids', () => {
    const fromRefined = relationsOf('refined-diplomacy').map((r) => [r.type, r.concept.id]);
    expect(fromRefined).toContainEqual(['contrasts-with', 'broad-brush-diplomacy']);
    const fromBroadBrush = relationsOf('broad-brush-diplomacy').map((r) => [r.type, r.concept.id]);
    expect(fromBroadBrush).toEqual([['contrasts-with', 'refined-diplomacy']]);
    // twitter-diplomacy is written "broader digital-diplomacy"; digital-diplomacy sees it as narrower.
    expect(relationsOf('digital-diplomacy').map((r) => [r.type, r.concept.id])).toContainEqual([
      'narrower',
      'twitter-diplomacy',
    ]);
    expect(relationsOf('no-such-concept')).toEqual([]);
  });

  it('writes 2-4 sentence summaries in both languages', () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      const zhCount = countSentences(c.summary.zh, 'zh');
      const enCount = countSentences(c.summary.en, 'en');
      if (zhCount < 2 || zhCount > 4) bad.push(`${c.id} zh: ${zhCount}`);
      if (enCount < 2 || enCount > 4) bad.push(`${c.id} en: ${enCount}`);
      if (!/\p{Script=Han}/u.test(c.summary.zh)) bad.push(`${c.id} zh summary has no Chinese`);
      if (/\p{Script=Han}/u.test(c.summary.en)) bad.push(`${c.id} en summary contains Chinese`);
    }
    expect(bad).toEqual([]);
  });

  it("cites a section of the outline, with the paper's own heading, for every concept and fact", () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      if (c.sources.length === 0) bad.push(`${c.id} has no source`);
      for (const s of c.sources) {
        const entry = outlineEntry(s.paper, s.section);
        if (!entry) bad.push(`${c.id} cites ${s.paper} ${s.section}, not in PAPER_OUTLINE`);
        else if (entry.heading.zh !== s.heading.zh) bad.push(`${c.id} ${s.section} heading "${s.heading.zh}"`);
        if (!s.heading.en.trim()) bad.push(`${c.id} ${s.section} lacks an English heading`);
      }
      for (const f of c.facts ?? []) {
        if (!outlineEntry(f.paper, f.section)) bad.push(`${c.id} fact cites ${f.paper} ${f.section}`);
        if (!f.text.zh.trim() || !f.text.en.trim()) bad.push(`${c.id} fact lacks a language`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('getConcept finds by id and returns undefined otherwise', () => {
    expect(getConcept('digital-sovereignty')?.name.zh).toBe('数字主权');
    expect(getConcept('Digital-Sovereignty')).toBeUndefined();
  });

  it('conceptsByCategory puts every concept in exactly its own category', () => {
    const groups = conceptsByCategory();
    const total = [...groups.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBe(CONCEPTS.length);
    for (const [category, list] of groups) {
      for (const c of list) expect(c.category).toBe(category);
    }
    expect(groups.get('form')?.map((c) => c.id)).toContain('e-diplomacy');
  });
});

describe('conceptsInSection', () => {
  it('groups concepts by their main source so every concept sits under one outline node', () => {
    const placed = PAPER_OUTLINE.flatMap((e) => conceptsInSection(e.paper, e.section).map((c) => c.id));
    expect(placed.sort()).toEqual(CONCEPTS.map((c) => c.id).sort());
    const section12 = conceptsInSection('han-wu-2024', '1(2)').map((c) => c.id);
    expect(section12).toContain('black-box-politics');
    expect(section12).not.toContain('digital-sovereignty');
    expect(conceptsInSection('gov-weibo-socializing', '1(2)')).toEqual([]);
  });
});

describe('PAPER_OUTLINE', () => {
  it('lists both papers in reading order', () => {
    expect(PAPER_OUTLINE.map((e) => e.section)).toEqual([
      'intro',
      '1',
      '1(1)',
      '1(2)',
      '1(3)',
      '1(4)',
      '2',
      '2(1)',
      '2(2)',
      '2(3)',
      '3',
      '3(1)',
      '3(2)',
      '3(3)',
      '3(4)',
      '4',
      '5',
      '5(1)',
      '5(2)',
      '5(3)',
      '5(4)',
      '5(5)',
      '5(6)',
      'conclusion',
      'abstract',
    ]);
    expect(PAPER_OUTLINE.at(-1)?.paper).toBe('gov-weibo-socializing');
  });

  it('nests sub-sections at level 2 under numbered parts at level 1', () => {
    for (const e of PAPER_OUTLINE) {
      expect(e.level, e.section).toBe(/\(\d\)$/.test(e.section) ? 2 : 1);
      expect(e.heading.zh.length, e.section).toBeGreaterThan(0);
      expect(e.heading.en.length, e.section).toBeGreaterThan(0);
    }
  });

  it('hanWu builds a source from the outline and rejects unknown sections', () => {
    expect(hanWu('1(2)')).toEqual({
      paper: 'han-wu-2024',
      section: '1(2)',
      heading: { zh: '新型外交实践的重要动力', en: 'An important driver of new diplomatic practice' },
    });
    expect(() => hanWu('9(9)')).toThrow(/9\(9\)/);
  });
});
