/**
 * Re-anchoring 500 saved highlights on one page: 500 notes whose quotes are taken from the page itself are seeded
 * for its URL; then the page is loaded on an article host (the content script runs there by itself) and we time
 * DOMContentLoaded → the last frame in which the number of painted note ranges changed.
 */
import type { DemoPage } from '../../demo/pages';
import type { ExtensionSession } from '../../tests/support/browser';
import { normalizeUrl } from '../../utils/notes/url';
import { benchNote } from './notes';
import { watchPaintedNotes } from './private-paint';
import type { ScanPage } from './scan';

export const REANCHOR_URL = 'https://www.mfa.gov.cn/diplolens-bench/reanchor.html';

export function reanchorPage(page: ScanPage): DemoPage {
  return {
    id: 'bench-reanchor',
    url: REANCHOR_URL,
    file: page.file,
    title: 'reanchor',
    autoRun: true,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  };
}

interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}

/** Picks `n` quotes spread over the page's longer text nodes, with their context, in the page's main world. */
function pickQuotes(n: number): string {
  return `(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let offset = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) {
      if (t.data.trim().length >= 24) nodes.push({ t, offset });
      offset += t.data.length;
    }
    const out = [];
    for (let i = 0; i < ${n} && nodes.length > 0; i++) {
      const { t, offset } = nodes[Math.floor((i * nodes.length) / ${n})];
      const d = t.data;
      const len = 8 + (i % 9);
      const at = Math.min(d.length - len, 4 + (i % 7));
      out.push({ exact: d.slice(at, at + len), prefix: d.slice(Math.max(0, at - 32), at), suffix: d.slice(at + len, at + len + 32), start: offset + at });
    }
    return out;
  })()`;
}

export interface ReanchorResult {
  notes: number;
  painted: number;
  /** DOMContentLoaded → last change in painted note ranges. */
  ms: number;
}

export async function measureReanchor(
  session: ExtensionSession,
  page: ScanPage,
  runs: number,
  seedIn: (records: unknown[]) => Promise<void>,
): Promise<ReanchorResult[]> {
  const probe = await session.context.newPage();
  let quotes: Quote[];
  try {
    await probe.goto(page.plainUrl, { waitUntil: 'load' });
    quotes = await probe.evaluate<Quote[]>(pickQuotes(500));
  } finally {
    await probe.close();
  }
  const url = normalizeUrl(REANCHOR_URL);
  const records = quotes.map((q, i) => ({
    ...benchNote(i),
    id: `reanchor-${i}`,
    url,
    site: 'mfa.gov.cn',
    pageTitle: 'reanchor',
    root: { kind: 'page' },
    country: '',
    quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    position: { type: 'TextPositionSelector', start: q.start, end: q.start + q.exact.length },
    anchorStatus: 'anchored',
  }));
  await seedIn(records);
  const out: ReanchorResult[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await session.context.newPage();
    try {
      await p.goto(REANCHOR_URL, { waitUntil: 'domcontentloaded' });
      // Saved passages are painted privately, in our closed shadow root (issue 11): watched from outside the page,
      // counting the notes painted on screen (those near the viewport).
      const watch = await watchPaintedNotes(p);
      // Wait for the count to settle: no change for 1.5 s after at least one range.
      let last = -1;
      let since = Date.now();
      const t0 = Date.now();
      for (;;) {
        const s = await watch.read();
        if (s.count !== last) {
          last = s.count;
          since = Date.now();
        } else if ((s.count >= records.length || s.count > 0) && Date.now() - since > 1500) {
          out.push({ notes: records.length, painted: s.count, ms: s.changedAt - s.dcl });
          break;
        }
        if (Date.now() - t0 > 60_000) {
          out.push({ notes: records.length, painted: s.count, ms: Number.NaN });
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await p.close();
    }
  }
  return out;
}
