/**
 * The cost of painting saved passages privately (issue 11): in our closed shadow root as boxes measured from the
 * note ranges, instead of CSS.highlights the page can read. A page with 100 saved passages (60 in the page's flow,
 * 40 inside a nested scroll box) is loaded with DiploLens; measured:
 *
 * - paint: DOMContentLoaded → the last change to our painted boxes (a MutationObserver inside our shadow root,
 *   installed through the DevTools protocol: the page itself cannot see them), and how many were painted;
 * - cost per scroll frame: main-thread script + layout + style time (CDP Performance metrics) over 120 animation
 *   frames of scrolling, the window and then the nested box, with the 100 notes and on the same page without notes
 *   (DiploLens running on both), and the difference per frame.
 *
 * `npm run bench` runs it (one call in scripts/bench.ts); `npx tsx scripts/bench/private-paint.ts` runs it alone.
 * Figures go to demo/generated/private-paint.json and, on full runs, to BENCHMARKS.md between the
 * `private-paint:begin` / `private-paint:end` markers. Page scripts are strings: tsx's helpers do not exist in pages.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type ExtensionSession, openPopup, ROOT } from '../../tests/support/browser';
import { normalizeUrl } from '../../utils/notes/url';
import { type BenchSession, launchBench } from './launch';
import { benchNote, seedRecordsScript } from './notes';
import { GENERATED_DIR } from './scan';
import { median } from './stats';

export const PRIVATE_PAINT_URL = 'https://www.mfa.gov.cn/diplolens-bench/private-paint.html';
/** The same page under another address: DiploLens runs, no note is saved there. */
export const PRIVATE_PAINT_CONTROL_URL = 'https://www.mfa.gov.cn/diplolens-bench/private-paint-control.html';
export const NOTES = 100;
const IN_FLOW = 60;
const FRAMES = 120;

export interface PaintPage {
  html: string;
  quotes: { exact: string; prefix: string; suffix: string }[];
}

/** 60 paragraphs in the flow and 40 in a 300 px scroll box, one saved passage each, then filler to scroll. */
export function privatePaintPage(n = NOTES): PaintPage {
  const quotes: PaintPage['quotes'] = [];
  const para = (i: number) => {
    const prefix = `第${i}段：各国驻华使馆借助社交媒体与公众沟通，`;
    const exact = `这是第${i}号被读者保存的要点`;
    const suffix = `，它与数字外交和公共外交的讨论相关。`;
    quotes.push({ exact, prefix: prefix.slice(-32), suffix: suffix.slice(0, 32) });
    return `<p>${prefix}${exact}${suffix}</p>`;
  };
  const flow = Array.from({ length: Math.min(n, IN_FLOW) }, (_, i) => para(i)).join('\n');
  const boxed = Array.from({ length: Math.max(0, n - IN_FLOW) }, (_, i) => para(IN_FLOW + i)).join('\n');
  const filler = Array.from({ length: 200 }, (_, i) => `<p>填充段落 ${i}：页面的其余部分，没有保存的内容。</p>`).join(
    '\n',
  );
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>private paint</title>
<style>body{font:16px/1.6 serif;max-width:900px;margin:16px auto}p{margin:4px 0}
#box{height:300px;overflow:auto;border:1px solid #ccc}</style></head><body><article>
${flow}
<div id="box">${boxed}</div>
${filler}
</article></body></html>`;
  return { html, quotes };
}

export function privatePaintRecords(quotes: PaintPage['quotes'], url = PRIVATE_PAINT_URL): unknown[] {
  const key = normalizeUrl(url);
  return quotes.map((q, i) => ({
    ...benchNote(i),
    id: `private-paint-${i}`,
    url: key,
    site: 'mfa.gov.cn',
    pageTitle: 'private paint',
    root: { kind: 'page' },
    country: '',
    context: undefined,
    quote: { type: 'TextQuoteSelector', ...q },
    position: { type: 'TextPositionSelector', start: 0, end: q.exact.length },
    anchorStatus: 'anchored',
  }));
}

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  shadowRootType?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findOurShadow(node: CdpNode): CdpNode | null {
  for (const r of node.shadowRoots ?? []) {
    if (r.shadowRootType !== 'closed') continue;
    const ours = (r.children ?? []).some((c) => {
      const a = c.attributes ?? [];
      const i = a.indexOf('class');
      return i >= 0 && /\bdl-root\b/.test(a[i + 1] ?? '');
    });
    if (ours) return r;
  }
  for (const c of node.children ?? []) {
    const hit = findOurShadow(c);
    if (hit) return hit;
  }
  return null;
}

export interface PaintState {
  count: number;
  /** When the count last changed, page time (ms). */
  changedAt: number;
  /** [page time, count] at each change. */
  history: [number, number][];
  /** DOMContentLoaded, page time. */
  dcl: number;
}

export interface PaintWatch {
  read(): Promise<PaintState>;
}

/** When the painted count first reached `count` (page time). */
export function firstReached(s: PaintState, count = s.count): number {
  return s.history.find(([, c]) => c >= count)?.[0] ?? s.changedAt;
}

/**
 * Watches our painted boxes from outside the page: a MutationObserver on our closed shadow root, installed with the
 * DevTools protocol once the root exists, counting note groups that show boxes.
 */
export async function watchPaintedNotes(page: Page, timeoutMs = 30_000): Promise<PaintWatch> {
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now();
  let objectId: string | undefined;
  while (!objectId) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findOurShadow(root);
    if (shadow) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as {
        object: { objectId?: string };
      };
      objectId = object.objectId;
    }
    if (!objectId) {
      if (Date.now() - t0 > timeoutMs) throw new Error('DiploLens UI never appeared');
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function () {
      const root = this;
      const count = () => [...root.querySelectorAll('.dl-note')].filter((g) => !g.hidden && g.childElementCount > 0).length;
      const state = { count: count(), changedAt: performance.now(), history: [] };
      state.history.push([state.changedAt, state.count]);
      root.__benchPaint = state;
      new MutationObserver(() => {
        const n = count();
        if (n !== state.count) {
          state.count = n;
          state.changedAt = performance.now();
          if (state.history.length < 2000) state.history.push([state.changedAt, n]);
        }
      }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'style'] });
    }`,
  });
  return {
    async read() {
      const res = (await cdp.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: `function () {
          const nav = performance.getEntriesByType('navigation')[0];
          return { ...this.__benchPaint, dcl: nav ? nav.domContentLoadedEventStart : 0 };
        }`,
        returnByValue: true,
      })) as { result: { value: PaintState } };
      return res.result.value;
    },
  };
}

/** Waits until the painted count has not changed for `quietMs` (after at least one note is painted). */
export async function settledPaint(watch: PaintWatch, quietMs = 1500, timeoutMs = 60_000) {
  const t0 = Date.now();
  let last = await watch.read();
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    const now = await watch.read();
    const quiet = now.count === last.count && now.changedAt === last.changedAt;
    if ((quiet && now.count > 0) || Date.now() - t0 > timeoutMs) return now;
    last = now;
  }
}

const SCROLL = (target: 'window' | 'box') => `(async () => {
  const box = document.getElementById('box');
  ${target === 'box' ? 'box.scrollTop = 0;' : 'window.scrollTo(0, 0);'}
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let i = 0; i < ${FRAMES}; i++) {
    ${target === 'box' ? 'box.scrollTop += 6;' : 'window.scrollBy(0, 8);'}
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(r));
})()`;

interface Metrics {
  script: number;
  layout: number;
  style: number;
}

/** Main-thread ms per frame (script + layout + style) while the window or the box scrolls 120 frames. */
async function scrollCost(page: Page, target: 'window' | 'box'): Promise<number> {
  // One session for both readings: the metrics are counted from Performance.enable on.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async (): Promise<Metrics> => {
    const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const v = (name: string) => (m.find((x) => x.name === name)?.value ?? 0) * 1000;
    return { script: v('ScriptDuration'), layout: v('LayoutDuration'), style: v('RecalcStyleDuration') };
  };
  try {
    const a = await read();
    // Never hang the bench: a page whose frames stop (a tab not in front) fails the run with a reason instead.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`scrolling the ${target} did not finish in 30 s`)), 30_000);
    });
    await Promise.race([page.evaluate(SCROLL(target)), stalled]).finally(() => clearTimeout(timer));
    const b = await read();
    return (b.script - a.script + (b.layout - a.layout) + (b.style - a.style)) / FRAMES;
  } finally {
    await cdp.detach();
  }
}

export interface PrivatePaintRun {
  /** DOMContentLoaded → every note near the viewport painted. */
  paintMs: number;
  /** DOMContentLoaded → the last change (later re-placements, if any). */
  settledMs: number;
  painted: number;
  windowMs: number;
  boxMs: number;
  windowControlMs: number;
  boxControlMs: number;
}

export interface PrivatePaintResult {
  date: string;
  notes: number;
  runs: PrivatePaintRun[];
  median: PrivatePaintRun;
}

async function serve(session: ExtensionSession, html: string): Promise<void> {
  await session.context.route(/^https:\/\/www\.mfa\.gov\.cn\/diplolens-bench\/private-paint/, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html }),
  );
}

export async function measurePrivatePaint(session: ExtensionSession, runs: number): Promise<PrivatePaintResult> {
  const page = privatePaintPage();
  await serve(session, page.html);
  const seeder = await openPopup(session);
  try {
    await seeder.evaluate(seedRecordsScript(privatePaintRecords(page.quotes)));
  } finally {
    await seeder.close();
  }
  const out: PrivatePaintRun[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await session.context.newPage();
    const control = await session.context.newPage();
    try {
      // Frames (and requestAnimationFrame) run only in the tab in front: measure each page there.
      await p.bringToFront();
      await p.goto(PRIVATE_PAINT_URL, { waitUntil: 'domcontentloaded' });
      const watch = await watchPaintedNotes(p);
      const s = await settledPaint(watch);
      const windowMs = await scrollCost(p, 'window');
      const boxMs = await scrollCost(p, 'box');
      await control.bringToFront();
      await control.goto(PRIVATE_PAINT_CONTROL_URL, { waitUntil: 'load' });
      await control.waitForTimeout(2000);
      const windowControlMs = await scrollCost(control, 'window');
      const boxControlMs = await scrollCost(control, 'box');
      out.push({
        paintMs: firstReached(s) - s.dcl,
        settledMs: s.changedAt - s.dcl,
        painted: s.count,
        windowMs,
        boxMs,
        windowControlMs,
        boxControlMs,
      });
    } finally {
      await p.close();
      await control.close();
    }
  }
  const med = (k: keyof PrivatePaintRun) => median(out.map((r) => r[k]));
  return {
    date: new Date().toISOString(),
    notes: page.quotes.length,
    runs: out,
    median: {
      paintMs: med('paintMs'),
      settledMs: med('settledMs'),
      painted: med('painted'),
      windowMs: med('windowMs'),
      boxMs: med('boxMs'),
      windowControlMs: med('windowControlMs'),
      boxControlMs: med('boxControlMs'),
    },
  };
}

const f = (ms: number) => `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;

export function renderPrivatePaint(r: PrivatePaintResult): string {
  const m = r.median;
  return [
    `### Private painting of saved passages (issue 11)`,
    '',
    `${r.runs.length} runs (${r.date}), within the full bench run; medians. ` +
      `${r.notes} saved passages on one page (60 in the page's flow, 40 in a 300 px scroll box), painted as boxes ` +
      'in our closed shadow root (not in CSS.highlights).',
    '',
    '| measure | with 100 notes | same page, no notes | cost of the notes |',
    '| --- | --- | --- | --- |',
    `| DOMContentLoaded → all notes near the viewport painted (median) | ${f(m.paintMs)} (${m.painted} painted) | — | — |`,
    `| DOMContentLoaded → last change to the painted notes (median) | ${f(m.settledMs)} | — | — |`,
    `| main-thread time per frame, window scrolling | ${f(m.windowMs)} | ${f(m.windowControlMs)} | ${f(m.windowMs - m.windowControlMs)} |`,
    `| main-thread time per frame, nested box scrolling | ${f(m.boxMs)} | ${f(m.boxControlMs)} | ${f(m.boxMs - m.boxControlMs)} |`,
    '',
    'Main-thread time is CDP `ScriptDuration + LayoutDuration + RecalcStyleDuration` over 120 animation frames ' +
      '(the page has no scripts of its own, so this is DiploLens plus the browser). The boxes sit in a ' +
      'document-positioned layer, so the window scrolling moves them with no work of ours; what the notes add there ' +
      'is IntersectionObserver callbacks and measuring notes as they come near the viewport. A nested box scrolling ' +
      'shifts the boxes inside it by the scroll delta (no layout read) and measures the notes that scroll into view.',
  ].join('\n');
}

const BEGIN = '<!-- private-paint:begin (generated by scripts/bench/private-paint.ts: do not edit by hand) -->';
const END = '<!-- private-paint:end -->';

/** Replaces (or appends) the section between our markers; the rest of the file is left as it is. */
export function mergePrivatePaint(existing: string, section: string): string {
  const block = `${BEGIN}\n\n${section}\n\n${END}`;
  const a = existing.indexOf(BEGIN);
  const b = existing.indexOf(END);
  if (a >= 0 && b > a) return `${existing.slice(0, a)}${block}${existing.slice(b + END.length)}`;
  return `${existing.trimEnd()}\n\n${block}\n`;
}

/** Writes the raw figures, and the section into BENCHMARKS.md unless this is a partial run. */
export function writePrivatePaint(r: PrivatePaintResult, partial: boolean): string {
  const dir = join(ROOT, 'demo', GENERATED_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'private-paint.json'), JSON.stringify(r, null, 1));
  const path = partial ? join(dir, 'BENCHMARKS.private-paint.md') : join(ROOT, 'BENCHMARKS.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  writeFileSync(path, mergePrivatePaint(existing, renderPrivatePaint(r)));
  return path;
}

const PARTIAL_FLAGS = ['--no-scan', '--no-notes', '--no-mark'];

/** The one call scripts/bench.ts makes. */
export async function benchPrivatePaint(
  session: ExtensionSession,
  options: { runs: number; log?: (msg: string) => void; argv?: readonly string[] },
): Promise<PrivatePaintResult> {
  options.log?.('private painting of 100 saved passages');
  const r = await measurePrivatePaint(session, options.runs);
  const argv = options.argv ?? process.argv.slice(2);
  const partial = argv.some((a) => PARTIAL_FLAGS.includes(a) || a.startsWith('--size='));
  const path = writePrivatePaint(r, partial);
  options.log?.(
    `private painting: paint ${f(r.median.paintMs)}, window frame +${f(r.median.windowMs - r.median.windowControlMs)}, box frame +${f(r.median.boxMs - r.median.boxControlMs)} → ${path}`,
  );
  return r;
}

async function main(): Promise<void> {
  const session: BenchSession = await launchBench();
  try {
    await benchPrivatePaint(session, { runs: process.argv.includes('--quick') ? 2 : 5, log: console.log });
  } finally {
    await session.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
