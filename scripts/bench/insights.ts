/**
 * Issue 15: the Insights page over 50 000 collected posts. The posts and their packed facts chunks are written
 * straight into the extension's IndexedDB (the shapes of utils/posts: records, and chunks built by the same
 * encodeChunk), then insights.html is opened: navigation start → first chart drawn, and a filter change → the
 * charts redrawn. Targets: ≤ 500 ms and ≤ 100 ms. Figures are indicative (shared machine).
 */
import type { ExtensionSession } from '../../tests/support/browser';
import { CHUNK_SIZE, encodeChunk, factOf } from '../../utils/posts/facts';
import type { PostRecord } from '../../utils/posts/types';
import { median } from './stats';

export interface InsightsBenchResult {
  posts: number;
  firstChart: number[];
  filter: number[];
  /** Where the first chart's time went, per run: navigation → page mounted, IndexedDB read, rows built. */
  phases: { mounted: number; read: number; rows: number }[];
}

const MISSIONS = [
  ['US', '美国', 'United States', '1743951792', '美国驻华大使馆'],
  ['GB', '英国', 'United Kingdom', '3158440525', '英国驻华使馆'],
  ['EU', '欧盟', 'European Union', '1885275981', '欧盟在中国'],
  ['JP', '日本', 'Japan', '1862045462', '日本国驻华大使馆'],
  ['FR', '法国', 'France', '1891134291', '法国驻华大使馆'],
  ['DE', '德国', 'Germany', '2167345672', '德国驻华大使馆'],
  ['AU', '澳大利亚', 'Australia', '1948311823', '澳大利亚驻华使领馆'],
  ['CA', '加拿大', 'Canada', '1829468461', '加拿大驻华使馆'],
] as const;
const CONCEPTS = [
  'digital-diplomacy',
  'cyber-diplomacy',
  'public-diplomacy',
  'digital-sovereignty',
  'disinformation',
  'national-image',
  'soft-power',
  'cybersecurity',
  'digital-divide',
  'techno-nationalism',
  'internet-freedom',
  'nation-branding',
];

export function benchPost(i: number): PostRecord {
  const m = MISSIONS[i % MISSIONS.length] ?? MISSIONS[0];
  const id = `B${i.toString(36)}`;
  const permalink = `https://weibo.com/${m[3]}/${id}`;
  const concepts = [0, 1, 2]
    .slice(0, 1 + (i % 3))
    .map((k) => ({ id: CONCEPTS[(i * 7 + k * 5) % CONCEPTS.length] ?? 'digital-diplomacy', count: 1 + ((i + k) % 3) }))
    .filter((c, k, all) => all.findIndex((x) => x.id === c.id) === k);
  const published = Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000 + (i % 1440) * 60_000;
  return {
    key: permalink,
    context: {
      platform: 'weibo',
      postId: id,
      permalink,
      author: {
        name: m[4],
        id: m[3],
        url: `https://weibo.com/u/${m[3]}`,
        mission: { countryCode: m[0], countryZh: m[1], countryEn: m[2], missionType: 'embassy' },
      },
      publishedAt: new Date(published).toISOString(),
    },
    text: `#数字外交# 第 ${i} 条：数字外交与公共外交，网络空间治理与数字主权。Digital diplomacy post ${i}.`,
    concepts,
    pageUrl: `https://weibo.com/u/${m[3]}`,
    site: 'weibo.com',
    conceptIds: concepts.map((c) => c.id),
    country: m[0],
    lang: 'zh-Hans',
    published,
    collectedAt: Date.UTC(2024, 5, 1) + i * 1000,
    updatedAt: Date.UTC(2024, 5, 1) + i * 1000,
  };
}

const SEED = `async (batch) => {
  const open = () => new Promise((res, rej) => { const q = indexedDB.open('diplolens'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const db = await open();
  const tx = db.transaction(['posts', 'postFacts'], 'readwrite');
  for (const p of batch.posts) tx.objectStore('posts').put(p);
  for (const c of batch.chunks) tx.objectStore('postFacts').put({ ...c, data: Int32Array.from(c.data), concepts: Int32Array.from(c.concepts) });
  await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  db.close();
}`;

export async function measureInsights(
  session: ExtensionSession,
  count = 50_000,
  runs = 3,
): Promise<InsightsBenchResult> {
  const seeder = await session.context.newPage();
  // The options page opens the database (schema v3) before we write to it.
  await seeder.goto(`chrome-extension://${session.extensionId}/options.html`);
  await seeder.waitForTimeout(800);
  for (let start = 0; start < count; start += CHUNK_SIZE * 10) {
    const posts: (PostRecord & { chunk: number })[] = [];
    const chunks = [];
    for (let c = start; c < Math.min(count, start + CHUNK_SIZE * 10); c += CHUNK_SIZE) {
      const id = c / CHUNK_SIZE;
      const part = Array.from({ length: Math.min(CHUNK_SIZE, count - c) }, (_, k) => benchPost(c + k));
      for (const p of part) posts.push({ ...p, chunk: id });
      const chunk = encodeChunk(id, part.map(factOf));
      chunks.push({ ...chunk, data: [...chunk.data], concepts: [...chunk.concepts] });
    }
    await seeder.evaluate(`(${SEED})(${JSON.stringify({ posts, chunks })})`);
  }
  await seeder.close();
  const firstChart: number[] = [];
  const filter: number[] = [];
  const phases: InsightsBenchResult['phases'] = [];
  for (let r = 0; r < runs; r++) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/insights.html`);
    await page.waitForFunction(() => performance.getEntriesByName('diplolens:first-chart').length > 0, null, {
      timeout: 60_000,
    });
    firstChart.push(
      await page.evaluate(() => Math.round(performance.getEntriesByName('diplolens:first-chart')[0]?.startTime ?? -1)),
    );
    for (const code of ['GB', 'JP', '']) {
      const drawn = await page.evaluate(() => Number(document.documentElement.dataset.drawn ?? 0));
      await page.locator('#filter-country').selectOption(code);
      await page.waitForFunction((d) => Number(document.documentElement.dataset.drawn ?? 0) > d, drawn, {
        timeout: 30_000,
      });
      filter.push(await page.evaluate(() => Number(document.documentElement.dataset.filterMs ?? -1)));
    }
    await page.close();
  }
  return { posts: count, firstChart, filter, phases };
}

export function renderResearch(
  insights: InsightsBenchResult | undefined,
  collect:
    | { posts: number; collected: number; wallMs: number; longestTaskMs: number; longTasks: number; culprits: string[] }
    | undefined,
): string {
  const lines = ['## Research (issue 15) — indicative', ''];
  if (insights) {
    lines.push(
      `Insights over ${insights.posts.toLocaleString('en')} collected posts: first chart ${median(insights.firstChart)} ms (median of ${insights.firstChart.length}; target ≤ 500), ` +
        `filter → charts redrawn ${median(insights.filter)} ms (median of ${insights.filter.length}, max ${Math.max(...insights.filter)}; target ≤ 100).`,
    );
    const phase = (f: (p: InsightsBenchResult['phases'][number]) => number) => median(insights.phases.map(f));
    if (Number.isFinite(phase((p) => p.read)))
      lines.push(
        `First chart, where the time went (median): page mounted at ${phase((p) => p.mounted)} ms, ` +
          `IndexedDB read ${phase((p) => p.read)} ms, rows built ${phase((p) => p.rows)} ms; the rest is counting and drawing.`,
      );
  }
  if (collect) {
    lines.push(
      `Collect the posts on a ${collect.posts}-post page: ${collect.collected} stored in ${collect.wallMs} ms; longest task on the page ${collect.longestTaskMs} ms over ${collect.longTasks} long tasks/frames (target: none of ours over 50).`,
    );
    if (collect.culprits.length) lines.push(`Longest scripts in those frames: ${collect.culprits.join('; ')}.`);
  }
  return lines.join('\n');
}
