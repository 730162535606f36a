/**
 * Scan benchmark (issue 4): the floor (a bare TreeWalker read), mark.js 8.11.1, and DiploLens's scan+paint on the
 * same generated pages, each run on a freshly loaded page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoPage } from '../../demo/pages';
import type { ExtensionSession } from '../../tests/support/browser';
import { ROOT } from '../../tests/support/browser';
import type { TermEntry } from '../../utils/matcher/types';
import { type GeneratedPage, generateScanPage } from './generate';
import { FLOOR, markJs, OBSERVE_LONG_TASKS, type PageSnapshot, SNAPSHOT } from './page-scripts';
import { max, median } from './stats';

export const GENERATED_DIR = 'generated';
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

export interface ScanPage {
  label: string;
  /** demo/-relative file. */
  file: string;
  /** On weibo.com: the content script runs by itself. */
  weiboUrl: string;
  /** On a host outside the manifest's matches: no DiploLens (floor and mark.js). */
  plainUrl: string;
  gen: GeneratedPage;
}

/** Writes the pages to demo/generated/ (read by the harness at request time). */
export function writeScanPages(sizes: readonly { label: string; bytes: number }[], terms: readonly TermEntry[]) {
  mkdirSync(join(ROOT, 'demo', GENERATED_DIR), { recursive: true });
  return sizes.map(({ label, bytes }): ScanPage => {
    const gen = generateScanPage({ targetBytes: bytes, terms, title: `DiploLens scan benchmark ${label}` });
    const file = `${GENERATED_DIR}/scan-${label}.html`;
    writeFileSync(join(ROOT, 'demo', file), gen.html);
    return {
      label,
      file,
      weiboUrl: `https://weibo.com/diplolens-bench/scan-${label}`,
      plainUrl: `https://bench.example/scan-${label}.html`,
      gen,
    };
  });
}

export function extraPagesFor(pages: readonly ScanPage[]): DemoPage[] {
  const html = { 'content-type': 'text/html; charset=utf-8' };
  return pages.flatMap((p) => [
    { id: `bench-${p.label}-weibo`, url: p.weiboUrl, file: p.file, title: p.label, autoRun: true, headers: html },
    { id: `bench-${p.label}-plain`, url: p.plainUrl, file: p.file, title: p.label, autoRun: false, headers: html },
  ]);
}

async function fresh<T>(session: ExtensionSession, url: string, body: (page: Page) => Promise<T>): Promise<T> {
  const page = await session.context.newPage();
  try {
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await body(page);
  } finally {
    await page.close();
  }
}

export interface FloorRun {
  ms: number;
  nodes: number;
  chars: number;
}

export async function measureFloor(session: ExtensionSession, page: ScanPage, runs: number): Promise<FloorRun[]> {
  const out: FloorRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await fresh(session, page.plainUrl, (p) => p.evaluate<FloorRun>(FLOOR)));
  return out;
}

export interface MarkRun {
  ms: number;
  matches: number;
}

export async function measureMarkJs(
  session: ExtensionSession,
  page: ScanPage,
  runs: number,
  surfaces: readonly string[],
): Promise<MarkRun[]> {
  const out: MarkRun[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(
      await fresh(session, page.plainUrl, async (p) => {
        await p.addScriptTag({ path: MARK_JS });
        return p.evaluate<MarkRun>(markJs(surfaces, 'partially'));
      }),
    );
  }
  return out;
}

export interface DiploLensRun {
  /** Sum of every `diplolens:scan` measure until the page was fully scanned (each spans a pass, yields included). */
  scanSum: number;
  /** The same passes counting only the time inside their slices (what the pass itself cost the main thread). */
  busySum: number;
  passes: number;
  /** DOMContentLoaded → end of the last pass. */
  wall: number;
  /** Matches the largest pass reported, and ranges painted in the highlight. */
  matches: number;
  highlights: number;
  blocks: number;
  characters: number;
  /** Longest task of any kind on the page (HTML parsing included). */
  longestTask: number;
  /** Longest long task that overlaps one of our passes. */
  longestTaskInOurPasses: number;
  /** Longest long task between DOMContentLoaded and the end of the last pass (start-up, collection, passes). */
  longestTaskAfterDcl: number;
  /** Longest script of ours (chrome-extension:// source) in a long animation frame. */
  longestOwnScript: number;
  ownScriptAttribution: string;
  /** CDP Performance metrics for the page's lifetime (no page scripts on these pages: this is mostly ours). */
  scriptMs: number;
  taskMs: number;
}

/** Waits until the scan measures stop arriving (quiet for `quietMs`) after at least one. */
export async function waitScanned(page: Page, quietMs = 1500, timeoutMs = 120_000): Promise<PageSnapshot> {
  const t0 = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const snap = await page.evaluate<PageSnapshot>(SNAPSHOT);
    if (snap.scans.length !== last) {
      last = snap.scans.length;
      since = Date.now();
    } else if (last > 0 && Date.now() - since >= quietMs) {
      return snap;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`No complete scan within ${timeoutMs} ms (${last} passes seen)`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function summarizeSnapshot(snap: PageSnapshot): Omit<DiploLensRun, 'scriptMs' | 'taskMs'> {
  const scans = snap.scans;
  const end = max(scans.map((s) => s.start + s.duration));
  const biggest = scans.reduce((a, b) => (b.blocks > a.blocks ? b : a), scans[0] as (typeof scans)[number]);
  const overlaps = snap.longtasks.filter((t) =>
    scans.some((s) => t.start < s.start + s.duration && t.start + t.duration > s.start),
  );
  let own = 0;
  let ownAttr = '';
  for (const f of snap.loafs) {
    for (const s of f.scripts) {
      if (s.url.startsWith('chrome-extension://') && s.duration > own) {
        own = s.duration;
        ownAttr = `${s.type} ${s.invoker} (${s.url.replace(/^chrome-extension:\/\/[^/]+/, '')})`;
      }
    }
  }
  return {
    scanSum: scans.reduce((n, s) => n + s.duration, 0),
    busySum: scans.reduce((n, s) => n + s.busy, 0),
    passes: scans.length,
    wall: end - snap.domContentLoaded,
    matches: biggest.matches,
    highlights: snap.highlights,
    blocks: biggest.blocks,
    characters: biggest.characters,
    longestTask: max(snap.longtasks.map((t) => t.duration).concat([0])),
    longestTaskInOurPasses: max(overlaps.map((t) => t.duration).concat([0])),
    longestTaskAfterDcl: max(
      snap.longtasks
        .filter((t) => t.start + t.duration > snap.domContentLoaded && t.start < end)
        .map((t) => t.duration)
        .concat([0]),
    ),
    longestOwnScript: own,
    ownScriptAttribution: ownAttr,
  };
}

export async function measureDiploLens(
  session: ExtensionSession,
  page: ScanPage,
  runs: number,
): Promise<DiploLensRun[]> {
  const out: DiploLensRun[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await session.context.newPage();
    try {
      const cdp = await session.context.newCDPSession(p);
      await cdp.send('Performance.enable');
      await p.addInitScript(OBSERVE_LONG_TASKS);
      await p.goto(page.weiboUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      const snap = await waitScanned(p);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
      out.push({ ...summarizeSnapshot(snap), scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration') });
    } finally {
      await p.close();
    }
  }
  return out;
}

export { median };
