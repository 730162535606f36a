/**
 * Cards are written in our own words: no summary, fact or context may carry a long run of the papers' text. Names,
 * terms and section headings are facts and are masked first (every surface of the concept base, the outline's
 * headings, and anything in quotation marks), so what remains is our prose.
 *
 * The papers are not in the repository: the check reads them from DIPLOLENS_SEEDS, or from the shared seeds folder
 * next to the checkout (../shared/seeds or ../../shared/seeds), and is skipped where they are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from './index';
import { PAPER_OUTLINE } from './outline';
import { buildTermDictionary } from './terms';

const ROOT = resolve(__dirname, '../..');
const SEEDS = [process.env.DIPLOLENS_SEEDS, join(ROOT, '../shared/seeds'), join(ROOT, '../../shared/seeds')].find(
  (dir): dir is string => !!dir && existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('002_')),
);

/** Longest run of the papers' Chinese we accept, in characters (after masking names and terms). */
const ZH_RUN = 16;
/** Longest run of the papers' English we accept, in words. */
const EN_RUN = 8;

function seed(prefix: string): string {
  const file = SEEDS && readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return SEEDS && file ? readFileSync(join(SEEDS, file), 'utf8') : '';
}

/** Chinese for comparison: no whitespace (the seed breaks lines mid-sentence), one comma, no brackets. */
const foldZh = (s: string): string =>
  s
    .replace(/\s+/g, '')
    .replace(/[,，]/g, '，')
    .replace(/[()（）]/g, '');
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

const MASK = '\u0000';
const surfaces = [
  ...new Set([
    ...buildTermDictionary().map((e) => e.surface),
    ...PAPER_OUTLINE.flatMap((e) => [e.heading.zh, e.heading.en]),
  ]),
].sort((a, b) => b.length - a.length);

/** Our text with names, terms, headings and quotations blanked out. */
function mask(text: string): string {
  let out = text.replace(/“[^”]*”|《[^》]*》|"[^"]*"|\([A-Za-z][^()（）]*\)|（[A-Za-z][^（）]*）/g, MASK);
  for (const s of surfaces) out = out.split(s).join(MASK);
  return out;
}

function windows(items: string[] | string, n: number): string[] {
  const list = typeof items === 'string' ? [...items] : items;
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(typeof items === 'string' ? '' : ' '));
  return out;
}

describe.skipIf(!SEEDS)('cards are in our own words (needs the seeds)', () => {
  const zhSeed = new Set(windows(foldZh(seed('002_') + seed('003_')), ZH_RUN));
  // The English abstracts: Han & Wu's (seed 000) and the second paper's (seed 003).
  const enSeed = new Set(windows(words(seed('000_') + seed('003_')), EN_RUN));

  it('found the papers', () => {
    expect(zhSeed.size).toBeGreaterThan(10_000);
    expect(enSeed.size).toBeGreaterThan(300);
  });

  it(`copies no ${ZH_RUN}-character run of the papers' Chinese into a summary, fact or context`, () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      const texts = [c.summary.zh, c.context?.text.zh ?? '', ...(c.facts ?? []).map((f) => f.text.zh)];
      for (const text of texts) {
        const hit = windows(foldZh(mask(text)), ZH_RUN).find((w) => zhSeed.has(w));
        if (hit) bad.push(`${c.id}: ${hit}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it(`copies no ${EN_RUN}-word run of the English abstracts into a summary, fact or context`, () => {
    const bad: string[] = [];
    for (const c of CONCEPTS) {
      const texts = [c.summary.en, c.context?.text.en ?? '', ...(c.facts ?? []).map((f) => f.text.en)];
      for (const text of texts) {
        // A masked name breaks the run, as in Chinese.
        const parts = mask(text).split(MASK);
        for (const part of parts) {
          const hit = windows(words(part), EN_RUN).find((w) => enSeed.has(w));
          if (hit) bad.push(`${c.id}: ${hit}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
