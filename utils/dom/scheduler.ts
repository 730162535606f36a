import { type CollectWalk, finishCollect, startCollect, stepCollect } from './blocks';

/**
 * Time slicing: run work in chunks of ~8 ms, then give the page the main thread back, so none of our tasks
 * comes near the 50 ms long-task line even on a 4 MB page.
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Yields to the page: `scheduler.yield()` (keeps our priority) where present, else a MessageChannel hop, else setTimeout. */
export function yieldToMain(): Promise<void> {
  const sched = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (sched?.yield) return sched.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    });
  }
  // setTimeout(0) is clamped to 4 ms when nested; it is only the last resort.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** Work budget per slice in ms (default 8). */
  budgetMs?: number;
  /** Stop early; the promise then resolves to false. */
  signal?: AbortSignal;
  /** Clock (default `performance.now`). */
  now?: () => number;
  /** How to yield between slices (default `yieldToMain`). */
  yieldFn?: () => Promise<void>;
  /** Adds the time spent inside slices (not waiting between them) to `ms`. */
  busy?: { ms: number };
}

/** Number of items processed between clock reads: keeps `now()` off the hot path for tiny items. */
const CHECK_EVERY = 4;

/**
 * Runs `work` over `items` in order, yielding whenever a slice has used its budget. Resolves true when all items
 * ran, false when aborted. Items added to the array while running are processed too (a queue).
 */
export async function runSliced<T>(items: T[], work: (item: T) => void, options: SliceOptions = {}): Promise<boolean> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldFn = options.yieldFn ?? yieldToMain;
  const { signal } = options;
  let i = 0;
  while (i < items.length) {
    if (signal?.aborted) return false;
    const sliceStart = now();
    let n = 0;
    while (i < items.length) {
      work(items[i] as T);
      i++;
      n++;
      if (n % CHECK_EVERY === 0 && now() - sliceStart >= budget) break;
    }
    if (options.busy) options.busy.ms += now() - sliceStart;
    if (i < items.length) await yieldFn();
  }
  return !signal?.aborted;
}

/**
 * Reorders blocks (in document order) so those at and below the viewport's top come first, then the ones above.
 * Binary search over a few `getBoundingClientRect` calls: one layout at most, not one per block.
 */
export function visibleFirst(blocks: Element[], viewportTop = 0): Element[] {
  if (blocks.length < 2) return blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  let first = blocks.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const rect = (blocks[mid] as Element).getBoundingClientRect();
    if (rect.bottom >= viewportTop && !(rect.bottom === 0 && rect.top === 0 && rect.height === 0)) {
      first = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (first === 0 || first === blocks.length) return blocks;
  return blocks.slice(first).concat(blocks.slice(0, first));
}

/**
 * `collectBlocks` in slices. If the page removed the node the walk was paused on, the walk restarts (blocks
 * already found are kept, no duplicates). Resolves null when aborted.
 */
export async function collectBlocksSliced(root: Element, options: SliceOptions = {}): Promise<Element[] | null> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldFn = options.yieldFn ?? yieldToMain;
  let walk: CollectWalk = startCollect(root);
  for (;;) {
    if (options.signal?.aborted) return null;
    const sliceStart = now();
    if (stepCollect(walk, () => now() - sliceStart >= budget)) return finishCollect(walk);
    await yieldFn();
    const paused = walk.walker.currentNode;
    if (!root.contains(paused)) {
      const fresh = startCollect(root);
      fresh.seen = walk.seen;
      fresh.blocks = walk.blocks;
      fresh.needsSort = true;
      walk = fresh;
    }
  }
}
