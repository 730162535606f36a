/**
 * Keeps our term highlights registered. `CSS.highlights` is shared with the page, which can `clear()` it,
 * `delete('diplolens-term')`, replace our entry or empty our Highlight object. A cheap check twice a second puts
 * back what is missing (so terms return within a second), spending a bounded budget (utils/guard/budget.ts): a
 * page that keeps removing them is not fought in a loop — we stop, and the popup's "This page" says why.
 */
import { type Budget, createBudget } from '../../utils/guard/budget';

export interface KeptHighlight {
  name: string;
  /** Our Highlight object, or null when this entry paints nothing now (nothing to keep). */
  highlight: Highlight | null;
  /** The ranges it must hold now. */
  ranges(): readonly AbstractRange[];
}

export interface HighlightKeeper {
  /** Checks now (also runs by itself every `intervalMs`); true when something was put back. */
  check(): boolean;
  /** True once the page removed our highlights more often than the bound allows and we stopped. */
  gaveUp(): boolean;
  stop(): void;
}

export interface KeeperOptions {
  registry: HighlightRegistry;
  entries(): readonly KeptHighlight[];
  intervalMs?: number;
  budget?: Budget;
  /** Called once, when we stop restoring. */
  onGiveUp?(): void;
}

/** At most this many restorations a minute; then we stop. */
export const HIGHLIGHT_RESTORES_PER_MINUTE = 10;
export const KEEPER_INTERVAL_MS = 500;

export function createHighlightKeeper(options: KeeperOptions): HighlightKeeper {
  const { registry } = options;
  const budget = options.budget ?? createBudget({ max: HIGHLIGHT_RESTORES_PER_MINUTE, windowMs: 60_000 });
  const priorities = new Map<Highlight, number>();
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const damaged = (e: KeptHighlight, h: Highlight): boolean => {
    if (registry.get(e.name) !== h) return true;
    if (h.size !== e.ranges().length) return true;
    const p = priorities.get(h);
    return p !== undefined && h.priority !== p;
  };

  function check(): boolean {
    if (stopped || budget.exhausted) return false;
    const entries = options.entries();
    for (const e of entries)
      if (e.highlight && !priorities.has(e.highlight)) priorities.set(e.highlight, e.highlight.priority);
    const broken = entries.filter((e): e is KeptHighlight & { highlight: Highlight } =>
      Boolean(e.highlight && damaged(e, e.highlight)),
    );
    if (broken.length === 0) return false;
    if (!budget.take()) {
      stop();
      options.onGiveUp?.();
      return false;
    }
    for (const e of broken) {
      const h = e.highlight;
      const ranges = e.ranges();
      if (h.size !== ranges.length) {
        h.clear();
        for (const r of ranges) h.add(r);
      }
      const p = priorities.get(h);
      if (p !== undefined) h.priority = p;
      if (registry.get(e.name) !== h) registry.set(e.name, h);
    }
    return true;
  }

  function stop(): void {
    stopped = true;
    clearInterval(timer);
  }

  timer = setInterval(check, options.intervalMs ?? KEEPER_INTERVAL_MS);
  return { check, gaveUp: () => budget.exhausted, stop };
}
