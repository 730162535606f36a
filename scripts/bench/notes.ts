/**
 * Notes scale (issue 7): N notes seeded straight into the extension's IndexedDB (same record shape as
 * utils/notes/types.ts), then the popup's first render, search-as-you-type, and the options page's export/import.
 */
import { readFileSync } from 'node:fs';
import type { ExtensionSession } from '../../tests/support/browser';
import { openOptions, openPopup } from '../../tests/support/browser';
import type { NoteRecord } from '../../utils/notes/types';
import { type CpuProfile, type ProfileSummary, summarizeProfile } from './profile';
import { median } from './stats';

export interface NotesSizeResult {
  count: number;
  seed?: number;
  /** popup.html navigation start → first note rows in the DOM (median). */
  popupFirstRender?: number;
  /** popup.html navigation start → every note read and searchable (median). */
  popupAllLoaded?: number;
  /** input event → the list's last DOM change, typed once every note is loaded (median over the keystrokes). */
  keystroke?: number;
  keystrokeMax?: number;
  exportMs?: number;
  importMs?: number;
  /** CPU profile of one extra popup load (our code's share, top functions). */
  profile?: ProfileSummary;
}

export interface NotesResult {
  sizes: NotesSizeResult[];
  /** DOMContentLoaded → all note ranges painted, 500 notes on one page (median). */
  reanchor500?: number;
  reanchorPainted?: number;
  remarks: string[];
}

const QUOTES = [
  '数字外交让交流更直接',
  'Digital diplomacy is about listening as much as talking',
  '网络空间治理合作',
  '应对虚假信息，需要政府、平台和公众共同努力',
  'cyber sovereignty and the governance of the internet',
  '數位外交與公共外交',
  '技术民族主义和“小院高墙”',
  'public diplomacy through livestreams',
];
const TAGS = ['digital diplomacy', '数字外交', 'weibo', 'EU', 'UK', 'US', 'method', 'quote', 'thesis', 'ch3'];
const CONCEPTS = ['digital-diplomacy', 'cyber-diplomacy', 'public-diplomacy', 'digital-sovereignty', 'disinformation'];
const SITES = ['weibo.com', 'mfa.gov.cn', 'fmprc.gov.cn', 'think.example'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** The i-th benchmark note: varied quotes, notes, tags, concepts, sites and times. */
export function benchNote(i: number): NoteRecord {
  const pickOf = <T>(xs: readonly T[], k: number): T => xs[k % xs.length] as T;
  const quote = `${pickOf(QUOTES, i)} #${i}`;
  const site = pickOf(SITES, i * 7);
  const weibo = site === 'weibo.com';
  const t = 1_700_000_000_000 + i * 60_000;
  return {
    id: `bench-${i.toString(36).padStart(6, '0')}`,
    url: weibo ? `https://weibo.com/1743951792/B${i.toString(36)}` : `https://www.${site}/a/${i % 500}.html`,
    pageTitle: weibo ? '美国驻华大使馆的微博' : `Diplomacy article ${i % 500}`,
    site,
    root: weibo ? { kind: 'post', platform: 'weibo', postId: `B${i.toString(36)}` } : { kind: 'page' },
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: '前文', suffix: '后文' },
    position: { type: 'TextPositionSelector', start: i % 300, end: (i % 300) + quote.length },
    color: pickOf(COLORS, i * 3),
    note: i % 3 === 0 ? `读书笔记 ${i}: 与第${(i % 7) + 1}章对照 / compare with chapter ${(i % 7) + 1}` : '',
    tags: [pickOf(TAGS, i), pickOf(TAGS, i * 5 + 1)].filter((v, k, a) => a.indexOf(v) === k),
    conceptIds: [pickOf(CONCEPTS, i)],
    lang: /[a-z]/i.test(pickOf(QUOTES, i).charAt(0)) ? 'en' : 'zh-Hans',
    country: weibo ? 'US' : '',
    ...(weibo
      ? {
          context: {
            platform: 'weibo' as const,
            postId: `B${i.toString(36)}`,
            permalink: `https://weibo.com/1743951792/B${i.toString(36)}`,
            author: {
              name: '美国驻华大使馆',
              id: '1743951792',
              mission: {
                countryCode: 'US',
                countryZh: '美国',
                countryEn: 'United States',
                missionType: 'embassy' as const,
              },
            },
          },
        }
      : {}),
    createdAt: t,
    updatedAt: t,
    anchorStatus: i % 50 === 0 ? 'orphan' : 'anchored',
    archived: 0,
    lastReviewedAt: 0,
    reviewCount: 0,
  };
}

/** In an extension page: replaces every note with `benchNote(0..count-1)` in one transaction; returns ms. */
export function seedForProbe(count: number): string {
  return seedScript(count);
}

function seedScript(count: number): string {
  const fn = benchNote.toString();
  return `(async () => {
    const __name = (f) => f; // tsx's keepNames helper, absent in the page
    const QUOTES = ${JSON.stringify(QUOTES)};
    const TAGS = ${JSON.stringify(TAGS)};
    const CONCEPTS = ${JSON.stringify(CONCEPTS)};
    const SITES = ${JSON.stringify(SITES)};
    const COLORS = ${JSON.stringify(COLORS)};
    const benchNote = ${fn};
    const t0 = performance.now();
    const db = await new Promise((res, rej) => { const r = indexedDB.open('diplolens'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    if (!db.objectStoreNames.contains('notes')) { db.close(); throw new Error('no notes store yet (open the popup once first)'); }
    await new Promise((res, rej) => {
      const tx = db.transaction('notes', 'readwrite');
      const store = tx.objectStore('notes');
      store.clear();
      for (let i = 0; i < ${count}; i++) store.put(benchNote(i));
      tx.oncomplete = res; tx.onerror = () => rej(tx.error); tx.onabort = () => rej(tx.error);
    });
    db.close();
    return performance.now() - t0;
  })()`;
}

/** In an extension page: replaces every note with the given records in one transaction. */
export function seedRecordsScript(records: readonly unknown[]): string {
  return `(async () => {
    const records = ${JSON.stringify(records)};
    const db = await new Promise((res, rej) => { const r = indexedDB.open('diplolens'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    await new Promise((res, rej) => {
      const tx = db.transaction('notes', 'readwrite');
      const store = tx.objectStore('notes');
      store.clear();
      for (const r of records) store.put(r);
      tx.oncomplete = res; tx.onerror = () => rej(tx.error); tx.onabort = () => rej(tx.error);
    });
    db.close();
    return records.length;
  })()`;
}

const CLEAR_NOTES = `(async () => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('diplolens'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  await new Promise((res, rej) => { const tx = db.transaction('notes', 'readwrite'); tx.objectStore('notes').clear(); tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  db.close();
})()`;

/**
 * Registered before the popup's own scripts: clicks the Notes tab the moment it exists (the popup opens on
 * "This page") and records when the first note row enters the DOM, in ms since navigation start.
 */
const WATCH_FIRST_ROW = `(() => {
  window.__firstRow = 0;
  window.__tabAt = 0;
  const mo = new MutationObserver(() => {
    const tab = document.getElementById('tab-notes');
    if (tab && !window.__tabAt) { window.__tabAt = performance.now(); tab.click(); }
    if (!window.__firstRow && document.querySelector('article.note')) {
      window.__firstRow = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
})()`;

/**
 * Types `text` into the search box one character at a time; per keystroke, input event → the list's last DOM
 * change, waiting until the list has been quiet for 200 ms (or 5 s passed) before the next character.
 */
function typeScript(text: string): string {
  return `(async () => {
    const input = document.querySelector('[data-role="search"]');
    const panel = document.querySelector('.notes-view');
    let last = 0;
    const mo = new MutationObserver(() => { last = performance.now(); });
    mo.observe(panel, { childList: true, subtree: true, characterData: true });
    const out = [];
    for (const ch of ${JSON.stringify([...text])}) {
      last = 0;
      input.value += ch;
      const t0 = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        const now = performance.now();
        if (now - Math.max(last, t0) >= 200 || now - t0 > 5000) break;
      }
      out.push(last ? last - t0 : 0);
    }
    mo.disconnect();
    return out;
  })()`;
}

/** True once the Notes view has read every note (builds before issue 12: the count shows the total). */
function allLoaded(count: number): string {
  return `(() => {
    const view = document.querySelector('.notes-view');
    if (!view) return false;
    if (view.dataset.complete !== undefined) return view.dataset.complete === 'true';
    const text = (document.querySelector('[data-role="note-count"]') || {}).textContent || '';
    return text.includes('of ${count} ') || text.includes('共 ${count} ');
  })()`;
}

async function measurePopup(
  session: ExtensionSession,
  runs: number,
  count: number,
): Promise<{ first: number[]; loaded: number[]; keys: number[] }> {
  const first: number[] = [];
  const loaded: number[] = [];
  let keys: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.context.newPage();
    try {
      await page.addInitScript(WATCH_FIRST_ROW);
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.waitForSelector('article.note', { timeout: 60_000 });
      first.push(await page.evaluate<number>('window.__firstRow'));
      // Keystrokes are timed once every note is searchable: while a large database is read, the list also changes
      // because more notes arrive, which would be counted against the keys.
      // Polled from here: waitForFunction evaluates a string in the page, which the popup's CSP forbids.
      const deadline = Date.now() + 300_000;
      while (!(await page.evaluate<boolean>(allLoaded(count)))) {
        if (Date.now() > deadline) throw new Error(`${count} notes not all loaded within 300 s`);
        await page.waitForTimeout(20);
      }
      loaded.push(await page.evaluate<number>('performance.now()'));
      if (i === 0) keys = await page.evaluate<number[]>(typeScript('数字外交 diplomacy'));
    } finally {
      await page.close();
    }
  }
  return { first, loaded, keys };
}

async function profilePopup(
  session: ExtensionSession,
  source?: (path: string) => string | undefined,
): Promise<ProfileSummary> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.addInitScript(WATCH_FIRST_ROW);
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForSelector('article.note', { timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return summarizeProfile(profile, `chrome-extension://${session.extensionId}/`, 8, source);
  } finally {
    await page.close();
  }
}

async function measureExportImport(session: ExtensionSession, count: number): Promise<{ exp: number; imp: number }> {
  const page = await openOptions(session);
  try {
    const button = page.getByRole('button', { name: /backup|备份/i }).first();
    await button.waitFor({ timeout: 30_000 });
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    const exp = Date.now() - t0;
    const path = await download.path();
    const content = readFileSync(path, 'utf8');
    await page.evaluate(CLEAR_NOTES);
    const status = page.locator('div.status[role="status"]');
    const t1 = Date.now();
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    // The data section's own status line (the page has another, empty one for notices).
    await page.waitForFunction(
      () => {
        const s = document.querySelector('div.status[role="status"]');
        return !!s && (s.classList.contains('error') || /imported|已导入/i.test(s.textContent ?? ''));
      },
      undefined,
      { timeout: 180_000 },
    );
    const imp = Date.now() - t1;
    const text = (await status.textContent()) ?? '';
    if (!/imported|已导入/i.test(text) || !text.includes(String(count))) {
      throw new Error(`import reported: ${text.slice(0, 200)}`);
    }
    return { exp, imp };
  } finally {
    await page.close();
  }
}

export interface NotesOptions {
  /** Largest count whose export/import is measured (import of 50 000 takes minutes). */
  importUpTo?: number;
  /** Source of an extension file, to quote profiled functions. */
  source?: (path: string) => string | undefined;
}

export async function measureNotes(
  session: ExtensionSession,
  counts: readonly number[],
  popupRuns: number,
  options: NotesOptions = {},
): Promise<NotesResult> {
  const remarks: string[] = [];
  const sizes: NotesSizeResult[] = [];
  // Let the extension create its database (schema by Dexie) before seeding it directly.
  const warm = await openPopup(session);
  await warm.waitForTimeout(1000);
  for (const count of counts) {
    const r: NotesSizeResult = { count };
    sizes.push(r);
    try {
      r.seed = await warm.evaluate<number>(seedScript(count));
    } catch (err) {
      remarks.push(`${count}: seeding failed: ${String(err).slice(0, 200)}`);
      continue;
    }
    try {
      const { first, loaded, keys } = await measurePopup(session, popupRuns, count);
      r.popupFirstRender = median(first);
      r.popupAllLoaded = median(loaded);
      if (keys.length > 0) {
        r.keystroke = median(keys);
        r.keystrokeMax = Math.max(...keys);
      }
      if (count === counts[0]) r.profile = await profilePopup(session, options.source);
    } catch (err) {
      remarks.push(`${count}: popup not measured: ${String(err).split('\n')[0]?.slice(0, 200)}`);
    }
    if (count > (options.importUpTo ?? Number.POSITIVE_INFINITY)) {
      remarks.push(
        `${count.toLocaleString('en')}: export/import not run by default (import takes minutes): \`--import-50k\``,
      );
      continue;
    }
    try {
      const { exp, imp } = await measureExportImport(session, count);
      r.exportMs = exp;
      r.importMs = imp;
    } catch (err) {
      remarks.push(`${count}: export/import not measured: ${String(err).split('\n')[0]?.slice(0, 200)}`);
    }
  }
  await warm.close();
  return { sizes, remarks };
}
