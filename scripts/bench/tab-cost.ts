/**
 * What every tab pays for DiploLens (issue 12): the content script's size, the time from DOMContentLoaded to the
 * first term painted in the viewport, and the JavaScript heap the extension adds to the page after garbage
 * collection. And what a card costs when the background worker has been stopped (MV3 workers are, often).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../tests/support/browser';
import { openOptions } from '../../tests/support/browser';
import { FIRST_PAINT_PROBE, type FirstPaint, READ_FIRST_PAINT } from './page-scripts';
import { type ScanPage, waitScanned } from './scan';

export interface ScriptSize {
  path: string;
  raw: number;
  gzip: number;
}

/** Raw and gzip (level 9) size of one file of the built extension. */
export function fileSize(extensionDir: string, path: string): ScriptSize {
  const bytes = readFileSync(join(extensionDir, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export interface FirstPaintRun {
  /** DOMContentLoaded → the scanner's `diplolens:first-paint` mark (first range painted in a block in view). */
  mark: number;
  /** DOMContentLoaded → the probe sees a painted range in the viewport, in the frame that paints it. */
  frame: number;
  /** DOMContentLoaded → the page's own first contentful paint in the same load (NaN when none was recorded). */
  pagePaint?: number;
  /** The same, for the same page where DiploLens does not run (loaded right after): the floor of `frame`. */
  plainPaint?: number;
}

/** DOMContentLoaded → first contentful paint of a page where DiploLens does not run (NaN if none in 5 s). */
async function plainFirstPaint(session: ExtensionSession, url: string): Promise<number> {
  const p = await session.context.newPage();
  try {
    await p.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    return await p.evaluate(`new Promise((resolve) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const read = () => performance.getEntriesByName('first-contentful-paint')[0];
      const t0 = performance.now();
      const check = () => {
        const fcp = read();
        if (fcp && nav) resolve(fcp.startTime - nav.domContentLoadedEventStart);
        else if (performance.now() - t0 > 5000) resolve(Number.NaN);
        else setTimeout(check, 50);
      };
      check();
    })`);
  } finally {
    await p.close();
  }
}

/** Fresh loads of the page on its Weibo address; both figures per load (NaN where not seen within 15 s). */
export async function measureFirstPaint(
  session: ExtensionSession,
  page: ScanPage,
  runs: number,
): Promise<FirstPaintRun[]> {
  const out: FirstPaintRun[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await session.context.newPage();
    try {
      await p.addInitScript(FIRST_PAINT_PROBE);
      await p.goto(page.weiboUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await p.waitForFunction('window.__firstPaint && window.__firstPaint.frame > 0', undefined, { timeout: 15_000 });
      // The scanner's mark (when the build has one) comes before the frame.
      const fp = await p.evaluate<FirstPaint>(READ_FIRST_PAINT);
      out.push({
        mark: fp.mark > 0 ? fp.mark - fp.domContentLoaded : Number.NaN,
        frame: fp.frame - fp.domContentLoaded,
        pagePaint: fp.pagePaint > 0 ? fp.pagePaint - fp.domContentLoaded : Number.NaN,
        plainPaint: await plainFirstPaint(session, page.plainUrl),
      });
    } finally {
      await p.close();
    }
  }
  return out;
}

export interface HeapRun {
  /** Bytes of V8 heap in use after forced GC, without the extension (same page, a host DiploLens does not run on). */
  without: number;
  with: number;
  /** ArrayBuffer backing stores (typed arrays), outside the V8 heap, where the browser reports them. */
  backingWithout: number;
  backingWith: number;
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  backingStorageSize?: number;
}

async function heapAfterGc(page: Page, session: ExtensionSession): Promise<HeapUsage> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    // Twice: the first collection can leave objects whose finalizers free more.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')) as unknown as HeapUsage;
  } finally {
    await cdp.detach();
  }
}

/** Heap of the page after load (and, with DiploLens, after its scan), garbage collected, with and without. */
export async function measureHeap(session: ExtensionSession, page: ScanPage, runs: number): Promise<HeapRun[]> {
  const out: HeapRun[] = [];
  for (let i = 0; i < runs; i++) {
    const plain = await session.context.newPage();
    let without: HeapUsage;
    try {
      await plain.goto(page.plainUrl, { waitUntil: 'load', timeout: 120_000 });
      await plain.waitForTimeout(2000);
      without = await heapAfterGc(plain, session);
    } finally {
      await plain.close();
    }
    const ours = await session.context.newPage();
    try {
      await ours.goto(page.weiboUrl, { waitUntil: 'load', timeout: 120_000 });
      await waitScanned(ours);
      const withExt = await heapAfterGc(ours, session);
      out.push({
        without: without.usedSize,
        with: withExt.usedSize,
        backingWithout: without.backingStorageSize ?? Number.NaN,
        backingWith: withExt.backingStorageSize ?? Number.NaN,
      });
    } finally {
      await ours.close();
    }
  }
  return out;
}

export interface ColdCardRun {
  /** sendMessage → answer with the card, the worker stopped beforehand. */
  cold: number;
  /** The same request again at once (worker running). */
  warm: number;
}

const CARD_REQUEST = `(async () => {
  const t0 = performance.now();
  const r = await chrome.runtime.sendMessage({ type: 'concept:card', id: 'digital-diplomacy' });
  const ms = performance.now() - t0;
  if (!r || r.ok !== true || !r.card || !r.card.concept) throw new Error('no card in the answer: ' + JSON.stringify(r).slice(0, 200));
  return ms;
})()`;

/**
 * Stops every service worker through the DevTools protocol (as Chrome does with an idle MV3 worker), waits until
 * the extension's worker reports stopped, then times a `concept:card` request (the message the content script
 * sends when a card opens) from an extension page: the worker's start-up plus the answer.
 */
export async function measureColdCard(session: ExtensionSession, runs: number): Promise<ColdCardRun[]> {
  const page = await openOptions(session);
  const cdp = await session.context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; runningStatus: string }[] }) => {
    for (const v of e.versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const out: ColdCardRun[] = [];
  try {
    await page.waitForTimeout(1000);
    for (let i = 0; i < runs; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const until = Date.now() + 10_000;
      while ([...status.values()].some((s) => s !== 'stopped') && Date.now() < until) await page.waitForTimeout(50);
      // Let the browser finish tearing the worker down.
      await page.waitForTimeout(500);
      const cold = await page.evaluate<number>(CARD_REQUEST);
      const warm = await page.evaluate<number>(CARD_REQUEST);
      out.push({ cold, warm });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
  return out;
}
