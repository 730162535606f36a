/**
 * Cards true to their sources (issue 16): every card says where the paper says it, every sentence that speaks for a
 * paper names its section, and general knowledge stays in `context`. The convention is in attribution.ts.
 */
import { describe, expect, it } from 'vitest';
import { attributesToPaper, citedSections, GENERAL_KNOWLEDGE_LABEL, type SummaryLang, sentences } from './attribution';
import { CONCEPTS } from './index';
import { outlineEntry } from './outline';
import type { Concept } from './types';

const LANGS: SummaryLang[] = ['zh', 'en'];
const HAN = /\p{Script=Han}/u;

/** The concept's sources as "paper section" keys, and the section ids they cover. */
function sourceSections(c: Concept): Set<string> {
  return new Set(c.sources.map((s) => s.section));
}

describe('every card cites sections that exist', () => {
  it('cites only sections of the outline, each once', () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      const seen = new Set<string>();
      for (const s of c.sources) {
        if (!outlineEntry(s.paper, s.section)) bad.push(`${c.id}: ${s.paper} ${s.section} is not in PAPER_OUTLINE`);
        const key = `${s.paper} ${s.section}`;
        if (seen.has(key)) bad.push(`${c.id}: cites ${key} twice`);
        seen.add(key);
        // "abstract" is the second paper's; every other section is Han & Wu's.
        if ((s.section === 'abstract') !== (s.paper === 'gov-weibo-socializing')) bad.push(`${c.id}: ${key}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every fact a section the card cites', () => {
    const bad = CONCEPTS.flatMap((c) =>
      (c.facts ?? [])
        .filter((f) => !c.sources.some((s) => s.paper === f.paper && s.section === f.section))
        .map((f) => `${c.id}: fact cites ${f.paper} ${f.section}, not among its sources`),
    );
    expect(bad).toEqual([]);
  });
});

describe('every sentence that speaks for a paper names its section', () => {
  it('puts a section marker in every attributing summary sentence, in both languages', () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      for (const lang of LANGS) {
        for (const s of sentences(c.summary[lang], lang)) {
          if (attributesToPaper(s, lang) && citedSections(s, lang).length === 0) bad.push(`${c.id} ${lang}: ${s}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('marks at least one section per card, the same sections in both languages, all among its sources', () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      const own = sourceSections(c);
      const zh = new Set(citedSections(c.summary.zh, 'zh'));
      const en = new Set(citedSections(c.summary.en, 'en'));
      if (zh.size === 0) bad.push(`${c.id}: the Chinese summary cites no section`);
      if ([...zh].sort().join() !== [...en].sort().join()) {
        bad.push(`${c.id}: zh cites ${[...zh].join(' ')}, en cites ${[...en].join(' ')}`);
      }
      for (const section of new Set([...zh, ...en])) {
        if (!own.has(section)) bad.push(`${c.id}: the summary cites ${section}, which its sources lack`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses every cited source: a section the card lists is one its summary or a fact draws on', () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      const used = new Set([...citedSections(c.summary.zh, 'zh'), ...(c.facts ?? []).map((f) => f.section)]);
      for (const s of c.sources) if (!used.has(s.section)) bad.push(`${c.id}: lists ${s.section} but never uses it`);
    }
    expect(bad).toEqual([]);
  });
});

describe('general knowledge lives in its own field', () => {
  it('keeps general-knowledge labels out of summaries', () => {
    const bad = CONCEPTS.flatMap((c) =>
      LANGS.filter((l) => GENERAL_KNOWLEDGE_LABEL.test(c.summary[l])).map((l) => `${c.id} ${l}`),
    );
    expect(bad).toEqual([]);
  });

  it('never attributes context to the papers, and writes it in both languages, 1-3 sentences each', () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      if (!c.context) continue;
      if (c.context.basis !== 'general-knowledge') bad.push(`${c.id}: context is not marked general knowledge`);
      for (const lang of LANGS) {
        const text = c.context.text[lang];
        const list = sentences(text, lang);
        if (list.length < 1 || list.length > 3) bad.push(`${c.id} ${lang}: ${list.length} context sentences`);
        if (citedSections(text, lang).length > 0) bad.push(`${c.id} ${lang}: context carries a section marker`);
        for (const s of list)
          if (attributesToPaper(s, lang)) bad.push(`${c.id} ${lang}: context speaks for a paper: ${s}`);
        if (HAN.test(text) !== (lang === 'zh')) bad.push(`${c.id} ${lang}: context in the wrong script`);
      }
    }
    expect(bad).toEqual([]);
  });
});
