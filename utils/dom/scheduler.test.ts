import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectBlocks } from './blocks';
import { collectBlocksSliced, runSliced, visibleFirst, yieldToMain } from './scheduler';
import { html } from './test-helpers';

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('runSliced', () => {
  it('yields once a slice has used its ~8 ms budget, and finishes only as timers run', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const now = () => clock;
    const yieldFn = () => new Promise<void>((r) => setTimeout(r, 0));
    const done: number[] = [];
    const items = Array.from({ length: 40 }, (_, i) => i);
    const p = runSliced(
      items,
      (i) => {
        clock += 1; // each item "costs" 1 ms
        done.push(i);
      },
      { now, yieldFn, budgetMs: 8 },
    );
    // The first slice ran synchronously and stopped at the budget.
    expect(done.length).toBe(8);
    await vi.advanceTimersByTimeAsync(0);
    expect(done.length).toBe(16);
    await vi.runAllTimersAsync();
    await expect(p).resolves.toBe(true);
    expect(done).toEqual(items);
  });

  it('never lets a slice run far past the budget', async () => {
    let clock = 0;
    let sliceStart = 0;
    let longest = 0;
    const yieldFn = async () => {
      longest = Math.max(longest, clock - sliceStart);
      sliceStart = clock;
    };
    await runSliced(
      Array.from({ length: 1000 }, (_, i) => i),
      () => {
        clock += 0.5;
      },
      { now: () => clock, yieldFn },
    );
    expect(longest).toBeGreaterThanOrEqual(8);
    expect(longest).toBeLessThanOrEqual(10);
  });

  it('stops on abort and resolves false', async () => {
    const ctrl = new AbortController();
    let clock = 0;
    const seen: number[] = [];
    const ok = await runSliced(
      Array.from({ length: 100 }, (_, i) => i),
      (i) => {
        clock += 4;
        seen.push(i);
        if (i === 5) ctrl.abort();
      },
      { now: () => clock, yieldFn: async () => {}, signal: ctrl.signal },
    );
    expect(ok).toBe(false);
    expect(seen.length).toBeLessThan(100);
  });

  it('processes items appended while running (queue semantics)', async () => {
    const items = [1, 2];
    const seen: number[] = [];
    await runSliced(items, (i) => {
      seen.push(i);
      if (i === 2) items.push(3);
    });
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('yieldToMain', () => {
  it('uses scheduler.yield when the browser has it', async () => {
    const spy = vi.fn(() => Promise.resolve());
    (globalThis as { scheduler?: unknown }).scheduler = { yield: spy };
    await yieldToMain();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('falls back to a macrotask hop', async () => {
    let after = false;
    const p = yieldToMain().then(() => {
      after = true;
    });
    await Promise.resolve();
    expect(after).toBe(false);
    await p;
    expect(after).toBe(true);
  });
});

describe('visibleFirst', () => {
  it('starts at the first block reaching the viewport, with few layout reads', () => {
    const blocks = Array.from({ length: 100 }, (_, i) => {
      const el = document.createElement('p');
      const top = i * 100 - 5000; // blocks 0..49 are above the viewport
      el.getBoundingClientRect = vi.fn(() => ({ top, bottom: top + 90, height: 90 }) as DOMRect);
      return el;
    });
    const ordered = visibleFirst(blocks);
    expect(ordered[0]).toBe(blocks[50]);
    expect(ordered.length).toBe(100);
    expect(ordered[50]).toBe(blocks[0]);
    const reads = blocks.filter((b) => (b.getBoundingClientRect as ReturnType<typeof vi.fn>).mock.calls.length > 0);
    expect(reads.length).toBeLessThanOrEqual(8);
  });
});

describe('collectBlocksSliced', () => {
  const page = () =>
    html(Array.from({ length: 200 }, (_, i) => `<div class="post"><p>第${i}条</p><span>x</span>尾</div>`).join(''));

  it('finds the same blocks as collectBlocks, across many slices', async () => {
    const host = page();
    let clock = 0;
    let yields = 0;
    const found = await collectBlocksSliced(host, {
      now: () => clock++,
      budgetMs: 2,
      yieldFn: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThan(5);
    expect(found).toEqual(collectBlocks(host));
    document.body.replaceChildren();
  });

  it('restarts without duplicates when the page removes the node the walk paused on', async () => {
    const host = page();
    let clock = 0;
    let removed = false;
    const found = await collectBlocksSliced(host, {
      now: () => clock++,
      budgetMs: 2,
      yieldFn: async () => {
        if (removed) return;
        removed = true;
        // Remove the first 40 posts (the walk is paused inside one of them), and add a new block at the end.
        for (const post of [...host.querySelectorAll('.post')].slice(0, 40)) post.remove();
        const extra = document.createElement('p');
        extra.textContent = '新的';
        host.append(extra);
      },
    });
    expect(found).toBeTruthy();
    const connected = (found ?? []).filter((b) => b.isConnected);
    expect(new Set(found).size).toBe(found?.length);
    expect(connected).toEqual(collectBlocks(host));
    document.body.replaceChildren();
  });
});
