/**
 * Issue 15: "Collect the posts on this page" on a weibo.com-like page with 500 posts (generate.ts cards, the real
 * DOM shape), started as the popup starts it; every long task and long animation frame on the page is recorded.
 * Target: no task of ours over 50 ms. Figures are indicative (shared machine).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoPage } from '../../demo/pages';
import { ROOT, tabIdOf } from '../../tests/support/browser';
import type { TermEntry } from '../../utils/matcher/types';
import { generateScanPage } from './generate';
import type { BenchSession } from './launch';
import { OBSERVE_LONG_TASKS } from './page-scripts';
import { GENERATED_DIR } from './scan';

const URL_500 = 'https://weibo.com/diplolens-bench/collect-500';

export interface CollectBenchResult {
  posts: number;
  collected: number;
  /** Start → the job reports done, ms. */
  wallMs: number;
  /** Longest long task / long animation frame on the page during the job (0: none over 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** The scripts (function @ file) the long animation frames name, longest first: where the time went. */
  culprits: string[];
}

/** The 500-post page, written to demo/generated/ and served under weibo.com (the content script runs by itself). */
export function collectPages(terms: readonly TermEntry[]): DemoPage[] {
  const probe = generateScanPage({ targetBytes: 100_000, terms, seed: 15 });
  const perCard = probe.bytes / Math.max(1, probe.cards);
  const gen = generateScanPage({ targetBytes: Math.ceil(perCard * 505), terms, seed: 15, title: 'collect 500' });
  const file = `${GENERATED_DIR}/collect-500.html`;
  writeFileSync(join(ROOT, 'demo', file), gen.html);
  return [
    {
      id: 'bench-collect-500',
      url: URL_500,
      file,
      title: 'collect 500',
      autoRun: true,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    },
  ];
}

export async function measureCollect(session: BenchSession): Promise<CollectBenchResult> {
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(URL_500, { waitUntil: 'load' });
  await page.waitForFunction(() => (CSS.highlights.get('diplolens-term')?.size ?? 0) > 100, null, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const tabId = await tabIdOf(session, page);
  const ask = (type: string) =>
    session.worker.evaluate(
      async ([id, t]) => {
        const api = (
          globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: object): Promise<unknown> } } }
        ).chrome;
        return api.tabs.sendMessage(id as number, { type: t });
      },
      [tabId, type] as const,
    ) as Promise<{ state: string; total: number; done: number }>;
  const before = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longtasks: unknown[]; loafs: unknown[] } }).__bench;
    return { tasks: b.longtasks.length, loafs: b.loafs.length };
  });
  const t0 = Date.now();
  const started = await ask('posts:collect-page');
  let p = started;
  while (p.state === 'running' && Date.now() - t0 < 120_000) {
    await new Promise((r) => setTimeout(r, 100));
    p = await ask('posts:collect-progress');
  }
  const wallMs = Date.now() - t0;
  const { seen, culprits } = await page.evaluate(
    ([t, l]) => {
      type Loaf = { duration: number; blocking: number; scripts: { url: string; fn: string; duration: number }[] };
      const b = (window as unknown as { __bench: { longtasks: { duration: number }[]; loafs: Loaf[] } }).__bench;
      const tasks = b.longtasks.slice(t as number).map((x) => x.duration);
      const loafs = b.loafs.slice(l as number).filter((x) => x.blocking > 0);
      const scripts = loafs
        .flatMap((x) => x.scripts)
        .sort((x, y) => y.duration - x.duration)
        .slice(0, 5)
        .map((x) => `${Math.round(x.duration)} ms ${x.fn || '(anonymous)'} @ ${x.url.replace(/^.*\//, '')}`);
      return { seen: [...tasks, ...loafs.map((x) => x.blocking + 50)], culprits: scripts };
    },
    [before.tasks, before.loafs] as const,
  );
  await page.close();
  return {
    posts: started.total,
    collected: p.done,
    wallMs,
    longestTaskMs: seen.length ? Math.round(Math.max(...seen)) : 0,
    longTasks: seen.length,
    culprits,
  };
}
