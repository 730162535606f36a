/**
 * Code that runs inside the benchmarked pages (main world). Kept as plain strings: tsx/esbuild would otherwise
 * wrap named functions in a `__name` helper that does not exist in the page.
 */

/** Registered before any page script: long tasks and long animation frames (with script attribution). */
export const OBSERVE_LONG_TASKS = `(() => {
  const b = (window.__bench = { longtasks: [], loafs: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.longtasks.push({
          start: e.startTime,
          duration: e.duration,
          attribution: (e.attribution || []).map((a) => ({
            name: a.name, containerType: a.containerType, containerSrc: a.containerSrc, containerName: a.containerName,
          })),
        });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) { b.longtaskError = String(err); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts || []).map((s) => ({
            url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, type: s.invokerType,
            duration: s.duration, forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (err) { b.loafError = String(err); }
})();`;

export interface LongTask {
  start: number;
  duration: number;
  attribution: { name: string; containerType: string; containerSrc: string; containerName: string }[];
}

export interface LoafScript {
  url: string;
  fn: string;
  invoker: string;
  type: string;
  duration: number;
  forcedStyleAndLayout: number;
}

export interface Loaf {
  start: number;
  duration: number;
  blocking: number;
  scripts: LoafScript[];
}

export interface ScanEntry {
  start: number;
  duration: number;
  /** Time inside the pass's slices (builds without it: the duration). */
  busy: number;
  blocks: number;
  characters: number;
  matches: number;
}

export interface PageSnapshot {
  scans: ScanEntry[];
  domContentLoaded: number;
  highlights: number;
  longtasks: LongTask[];
  loafs: Loaf[];
}

/** Reads what the page has recorded so far. */
export const SNAPSHOT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const h = CSS.highlights && CSS.highlights.get('diplolens-term');
  const b = window.__bench || { longtasks: [], loafs: [] };
  return {
    scans: performance.getEntriesByName('diplolens:scan').map((e) => ({
      start: e.startTime, duration: e.duration,
      blocks: (e.detail && e.detail.blocks) || 0,
      characters: (e.detail && e.detail.characters) || 0,
      matches: (e.detail && e.detail.matches) || 0,
      busy: e.detail && typeof e.detail.busy === 'number' ? e.detail.busy : e.duration,
    })),
    domContentLoaded: nav ? nav.domContentLoadedEventStart : 0,
    highlights: h ? h.size : 0,
    longtasks: b.longtasks,
    loafs: b.loafs,
  };
})()`;

/** The floor: one TreeWalker pass that only reads every text node's data. */
export const FLOOR = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) { nodes++; chars += n.data.length; }
  return { ms: performance.now() - t0, nodes, chars };
})()`;

/** mark.js over the whole body with the given surfaces; resolves when its `done` callback fires. */
export function markJs(surfaces: readonly string[], accuracy: 'partially' | 'exactly'): string {
  return `new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(${JSON.stringify(surfaces)}, {
      separateWordSearch: false, diacritics: false, caseSensitive: false, accuracy: ${JSON.stringify(accuracy)},
      done: (n) => resolve({ ms: performance.now() - t0, matches: n }),
    });
  })`;
}

/** Clears the scan measures so the next read sees only what follows. */
export const CLEAR_SCANS = `performance.clearMeasures('diplolens:scan')`;

/** Resolves after two animation frames plus `ms` (mutations are coalesced to the next frame). */
export function settle(ms: number): string {
  return `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ${ms}))))`;
}

/**
 * Registered before the page loads: from the first animation frame on, checks once per frame whether the term
 * highlight holds a range inside the viewport, and records the time it sees one, in that frame's animation-frame
 * callback (the frame's rendering, which paints it, follows at once). Not the frame's own timestamp: a frame can
 * begin before a long parsing task and run its callbacks after it, so its timestamp can precede DOMContentLoaded
 * and the range (a content script that starts at document_start paints within such a frame).
 */
export const FIRST_PAINT_PROBE = `(() => {
  const b = (window.__firstPaint = { frame: 0 });
  const inView = () => {
    const h = CSS.highlights && CSS.highlights.get('diplolens-term');
    if (!h || h.size === 0) return false;
    for (const r of h) {
      const range = document.createRange();
      try { range.setStart(r.startContainer, r.startOffset); range.setEnd(r.endContainer, r.endOffset); } catch { continue; }
      const rect = range.getBoundingClientRect();
      if (rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && rect.height > 0) return true;
    }
    return false;
  };
  const tick = (t) => {
    if (inView()) { b.frame = performance.now(); return; }
    if (t < 60000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface FirstPaint {
  domContentLoaded: number;
  /** When the probe first saw a term range in view, in the frame that paints it (0: not yet). */
  frame: number;
  /** The scanner's `diplolens:first-paint` mark (0 when the build sets none). */
  mark: number;
  /** The page's own first contentful paint (0: none recorded): no term can be on screen before it. */
  pagePaint: number;
}

export const READ_FIRST_PAINT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const m = performance.getEntriesByName('diplolens:first-paint')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    domContentLoaded: nav ? nav.domContentLoadedEventStart : 0,
    frame: window.__firstPaint.frame,
    mark: m ? m.startTime : 0,
    pagePaint: fcp ? fcp.startTime : 0,
  };
})()`;
