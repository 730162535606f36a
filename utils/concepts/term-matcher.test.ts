/**
 * The content script's matcher (`loadTermMatcher`: the automaton compiled at build time, narrowed to the reader's
 * categories by filtering patterns) against what the content script built before on every page: an automaton of the
 * enabled categories' terms alone (`lexiconTerms(categories)` → createMatcher → requireQuotes). Same matches, for
 * every category subset the options page can produce.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedMatcher } from '../../scripts/gen-lexicon';
import { createMatcher } from '../matcher/automaton';
import { patternKey } from '../matcher/patterns';
import { requireQuotes } from '../matcher/quoted';
import type { Matcher } from '../matcher/types';
import { ALL_CATEGORIES } from '../settings/types';
import { foldText } from '../text/normalize';
import { MATCHER_TABLES, QUOTED_TERMS } from './generated/matcher-tables';
import { lexiconTerms, loadTermMatcher } from './lexicon';
import type { ConceptCategory } from './types';

/** The matcher as the content script built it before the tables were precompiled. */
function perCategoryBuild(categories?: ReadonlySet<ConceptCategory>): Matcher {
  const dictionary = lexiconTerms(categories);
  return requireQuotes(createMatcher(dictionary), dictionary, foldText);
}

const ALL_TERMS = lexiconTerms();
const SURFACES = ALL_TERMS.map((e) => e.surface);

/**
 * Pairs of surfaces that overlap when glued on their common part (数字外交 + 外交过程公开化 → 数字外交过程公开化), and
 * surfaces that contain another: where leftmost-longest and joining depend on which concepts are enabled.
 */
function overlappingTexts(): string[] {
  const keys = ALL_TERMS.map((e) => patternKey(e.surface, true));
  const out: string[] = [];
  keys.forEach((a, i) => {
    keys.forEach((b, j) => {
      if (i === j) return;
      if (a.includes(b) && a !== b) out.push(SURFACES[i] ?? '');
      for (let k = Math.min(a.length, b.length) - 1; k >= 1; k--) {
        if (a.endsWith(b.slice(0, k))) {
          out.push(a + b.slice(k));
          break;
        }
      }
    });
  });
  return [...new Set(out)];
}

const OVERLAPS = overlappingTexts();
const FILLER = [' ', '，', '。', '的', '“', '”', '"', 'x', 'and ', '\n', '-', 'S', 'e'];

const textArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...OVERLAPS) },
      { weight: 2, arbitrary: fc.constantFrom(...SURFACES) },
      { weight: 3, arbitrary: fc.constantFrom(...FILLER) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** A fixed corpus: every overlap, each alone and in pairs, and every surface in and out of quotes. */
const CORPUS = [
  OVERLAPS.join('。'),
  OVERLAPS.join(''),
  SURFACES.join(' '),
  SURFACES.map((s) => `“${s}”`).join('，'),
  SURFACES.join(''),
];

// Generous timeout: these build hundreds of automata and the machine may be shared.
describe('the precompiled term matcher', { timeout: 120_000 }, () => {
  it('is up to date with the concept base (else run `npx tsx scripts/gen-lexicon.ts`)', () => {
    const fresh = generatedMatcher();
    expect(MATCHER_TABLES).toEqual(fresh.tables);
    expect(QUOTED_TERMS).toEqual(fresh.quoted);
  });

  it('finds what the per-page build found, with every category', () => {
    const loaded = loadTermMatcher();
    const built = perCategoryBuild();
    for (const text of CORPUS) expect(loaded.findAll(text)).toEqual(built.findAll(text));
    expect(loaded.findAll('推进数字外交过程公开化，“网络中国”与网络中国')).toEqual(
      built.findAll('推进数字外交过程公开化，“网络中国”与网络中国'),
    );
  });

  it('finds what the per-page build of the enabled categories found, for one, all but one and no category', () => {
    const subsets: ConceptCategory[][] = [
      [],
      ...ALL_CATEGORIES.map((c) => [c]),
      ...ALL_CATEGORIES.map((c) => ALL_CATEGORIES.filter((x) => x !== c)),
    ];
    for (const subset of subsets) {
      const set = new Set(subset);
      const loaded = loadTermMatcher(set);
      const built = perCategoryBuild(set);
      for (const text of CORPUS) expect(loaded.findAll(text), subset.join(',')).toEqual(built.findAll(text));
    }
  });

  it('agrees with the per-page build for random category subsets on text full of overlapping terms', () => {
    const subsetArb = fc.subarray([...ALL_CATEGORIES]);
    fc.assert(
      fc.property(subsetArb, fc.array(textArb, { minLength: 1, maxLength: 6 }), (subset, texts) => {
        const set = new Set(subset);
        const loaded = loadTermMatcher(set);
        const built = perCategoryBuild(set);
        for (const text of [...texts, CORPUS[0] ?? '']) expect(loaded.findAll(text)).toEqual(built.findAll(text));
      }),
      { numRuns: 120 },
    );
  });

  it('finds nothing of a disabled category, and still finds what a disabled longer term would have hidden', () => {
    const withForm = loadTermMatcher(new Set(ALL_CATEGORIES));
    const withoutForm = loadTermMatcher(new Set(ALL_CATEGORIES.filter((c) => c !== 'form')));
    const text = '推进数字外交过程公开化';
    expect(withForm.findAll(text).flatMap((m) => m.hits.map((h) => h.conceptId))).toEqual([
      'digital-diplomacy',
      'openness-of-the-diplomatic-process',
    ]);
    // 数字外交 (a form) no longer wins the start: the function term alone is found, from its own start.
    expect(withoutForm.findAll(text)).toEqual([
      { start: 4, end: 11, hits: [{ conceptId: 'openness-of-the-diplomatic-process', start: 4, end: 11 }] },
    ]);
  });
});

/** Every one of the 2^13 subsets: run by hand (`DIPLOLENS_EXHAUSTIVE=1 npx vitest run utils/concepts/term-matcher`). */
describe.runIf(process.env.DIPLOLENS_EXHAUSTIVE === '1')('every category subset (slow)', () => {
  it('agrees with the per-page build on the fixed corpus', { timeout: 3_600_000 }, () => {
    const n = ALL_CATEGORIES.length;
    for (let mask = 0; mask < 1 << n; mask++) {
      const set = new Set(ALL_CATEGORIES.filter((_, i) => mask & (1 << i)));
      const loaded = loadTermMatcher(set);
      const built = perCategoryBuild(set);
      for (const text of CORPUS) expect(loaded.findAll(text), `mask ${mask}`).toEqual(built.findAll(text));
    }
  });
});
