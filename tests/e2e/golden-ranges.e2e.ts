/**
 * Golden regression of painting: on every demo page, the exact term ranges DiploLens paints (each range's text and
 * its boundary points as child-index paths from <body> plus offsets) must equal the ones recorded in
 * tests/golden/ranges/<page>.json. It pins behaviour, not intent: demo/expected.ts says which terms a page should
 * show; this says that a refactor of the scanner, painter or matcher changed nothing at all.
 *
 * Two settings are checked: every category (the default) and a narrowed set, since disabling categories changes
 * which of two overlapping terms wins.
 *
 * Regenerate (a deliberate act, after checking the change is wanted; review the diff of tests/golden/):
 *   npm run golden:update
 * (= wxt build, then this file with DIPLOLENS_UPDATE_GOLDEN=1). A missing golden file fails the test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES, type DemoPage } from '../../demo/pages';
import type { ConceptCategory } from '../../utils/concepts/types';
import { ALL_CATEGORIES, DEFAULT_SETTINGS, type Settings } from '../../utils/settings/types';
import { ROOT } from '../support/browser';
import { useExtension } from './fixtures';

const GOLDEN_DIR = join(ROOT, 'tests', 'golden', 'ranges');
const UPDATE = process.env.DIPLOLENS_UPDATE_GOLDEN === '1';

/** Categories switched off in the narrowed run: terms of these overlap terms of the others (数字外交过程公开化). */
const NARROWED_OFF: readonly ConceptCategory[] = ['form', 'theory', 'institution'];

const SETTINGS_RUNS: readonly { name: string; categories: readonly ConceptCategory[] }[] = [
  { name: 'all', categories: ALL_CATEGORIES },
  { name: 'narrowed', categories: ALL_CATEGORIES.filter((c) => !NARROWED_OFF.includes(c)) },
];

/** Pages DiploLens does not run on by itself, served again under an MFA path (as in highlights.e2e.ts). */
const aliases: DemoPage[] = DEMO_PAGES.filter((p) => !p.autoRun).map((p) => ({
  ...p,
  id: `${p.id}@mfa`,
  url: `https://www.mfa.gov.cn/demo-alias/golden/${p.id}.html`,
  autoRun: true,
}));

const e2e = useExtension({ extraPages: aliases });

export interface GoldenRange {
  text: string;
  /** Child-index path from <body> to the boundary's node, then ":" and the offset. */
  start: string;
  end: string;
}

async function setCategories(categories: readonly ConceptCategory[]): Promise<void> {
  const value: Settings = { ...DEFAULT_SETTINGS, categories: [...categories] };
  await e2e.session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ 'diplolens:settings': v });
  }, value);
}

/** Every range of the term highlight, in document order, with its exact boundary points. */
function readRanges(page: Page): Promise<GoldenRange[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('diplolens-term');
    if (!h) return [];
    const path = (node: Node, offset: number): string => {
      const steps: number[] = [];
      for (let n: Node = node; n !== document.body; ) {
        const parent = n.parentNode;
        if (!parent) return `detached:${offset}`;
        steps.unshift(Array.prototype.indexOf.call(parent.childNodes, n));
        n = parent;
      }
      return `${steps.join('/')}:${offset}`;
    };
    const live = [...h].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    live.sort(
      (a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b),
    );
    return live.map((r) => ({
      text: r.toString(),
      start: path(r.startContainer, r.startOffset),
      end: path(r.endContainer, r.endOffset),
    }));
  });
}

/** Waits until the painted ranges stop changing (the scan is sliced; the timeline renders its slots late). */
async function settledRanges(page: Page): Promise<GoldenRange[]> {
  await page.waitForFunction(() => (CSS.highlights.get('diplolens-term')?.size ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
  let last = JSON.stringify(await readRanges(page));
  let stableSince = Date.now();
  const until = Date.now() + 15_000;
  while (Date.now() - stableSince < 800 && Date.now() < until) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await readRanges(page));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
  return JSON.parse(last) as GoldenRange[];
}

function urlOf(demo: DemoPage): string {
  return demo.autoRun ? demo.url : (aliases.find((a) => a.id === `${demo.id}@mfa`)?.url ?? demo.url);
}

for (const run of SETTINGS_RUNS) {
  describe(`painted term ranges equal the golden ones (${run.name} categories)`, () => {
    for (const demo of DEMO_PAGES) {
      it(demo.id, async () => {
        await setCategories(run.categories);
        const page = e2e.track(await e2e.session.context.newPage(), `golden-${run.name}-${demo.id}`);
        try {
          await page.goto(urlOf(demo));
          const ranges = await settledRanges(page);
          const file = join(GOLDEN_DIR, `${demo.id}.${run.name}.json`);
          if (UPDATE) {
            mkdirSync(GOLDEN_DIR, { recursive: true });
            writeFileSync(file, `${JSON.stringify(ranges, null, 1)}\n`);
            console.warn(`golden written: ${file} (${ranges.length} ranges)`);
            return;
          }
          if (!existsSync(file)) throw new Error(`No golden file ${file}: run \`npm run golden:update\` deliberately`);
          const golden = JSON.parse(readFileSync(file, 'utf8')) as GoldenRange[];
          expect(ranges.length).toBeGreaterThan(0);
          expect(ranges).toEqual(golden);
        } finally {
          await page.close();
          await setCategories(ALL_CATEGORIES);
        }
      });
    }
  });
}
