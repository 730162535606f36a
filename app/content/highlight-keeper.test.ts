import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBudget } from '../../utils/guard/budget';
import { createHighlightKeeper, type KeptHighlight } from './highlight-keeper';

/** The registry and Highlight as the page can touch them: a Map of Sets with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const asHighlight = (h: FakeHighlight) => h as unknown as Highlight;
const range = () => ({}) as AbstractRange;

function setup(max = 3) {
  const registry = new Map<string, Highlight>() as unknown as HighlightRegistry;
  const ours = new FakeHighlight();
  ours.priority = 5;
  const ranges = [range(), range(), range()];
  for (const r of ranges) ours.add(r);
  registry.set('diplolens-term', asHighlight(ours));
  const entry: KeptHighlight = { name: 'diplolens-term', highlight: asHighlight(ours), ranges: () => ranges };
  let t = 0;
  const onGiveUp = vi.fn();
  const keeper = createHighlightKeeper({
    registry,
    entries: () => [entry],
    intervalMs: 1_000_000,
    budget: createBudget({ max, windowMs: 60_000, now: () => t }),
    onGiveUp,
  });
  return { registry, ours, ranges, keeper, onGiveUp, advance: (ms: number) => (t += ms) };
}

afterEach(() => vi.useRealTimers());

describe('highlight keeper', () => {
  it('leaves an intact registration alone', () => {
    const s = setup();
    expect(s.keeper.check()).toBe(false);
    s.keeper.stop();
  });

  it('re-registers after CSS.highlights.clear() and .delete(name)', () => {
    const s = setup();
    s.registry.clear();
    expect(s.keeper.check()).toBe(true);
    expect(s.registry.get('diplolens-term')).toBe(asHighlight(s.ours));
    s.registry.delete('diplolens-term');
    expect(s.keeper.check()).toBe(true);
    expect(s.registry.get('diplolens-term')).toBe(asHighlight(s.ours));
    s.keeper.stop();
  });

  it('refills our Highlight when the page empties it or adds to it, and puts our entry back over a replacement', () => {
    const s = setup();
    s.ours.clear();
    expect(s.keeper.check()).toBe(true);
    expect([...s.ours]).toEqual(s.ranges);
    s.ours.add(range());
    s.ours.priority = -100;
    expect(s.keeper.check()).toBe(true);
    expect([...s.ours]).toEqual(s.ranges);
    expect(s.ours.priority).toBe(5);
    s.registry.set('diplolens-term', asHighlight(new FakeHighlight()));
    expect(s.keeper.check()).toBe(true);
    expect(s.registry.get('diplolens-term')).toBe(asHighlight(s.ours));
    s.keeper.stop();
  });

  it('stops after the bound and says so, never fighting a page in a loop', () => {
    const s = setup(3);
    for (let i = 0; i < 3; i++) {
      s.registry.clear();
      s.advance(100);
      expect(s.keeper.check()).toBe(true);
    }
    s.registry.clear();
    expect(s.keeper.check()).toBe(false);
    expect(s.keeper.gaveUp()).toBe(true);
    expect(s.onGiveUp).toHaveBeenCalledTimes(1);
    expect(s.registry.has('diplolens-term')).toBe(false);
    // No more attempts, whatever the page does next.
    s.advance(120_000);
    expect(s.keeper.check()).toBe(false);
    expect(s.onGiveUp).toHaveBeenCalledTimes(1);
  });

  it('checks by itself on a timer', () => {
    vi.useFakeTimers();
    const registry = new Map<string, Highlight>() as unknown as HighlightRegistry;
    const ours = asHighlight(new FakeHighlight());
    const keeper = createHighlightKeeper({
      registry,
      entries: () => [{ name: 'n', highlight: ours, ranges: () => [] }],
      intervalMs: 500,
    });
    expect(registry.get('n')).toBeUndefined();
    vi.advanceTimersByTime(500);
    expect(registry.get('n')).toBe(ours);
    keeper.stop();
  });
});
