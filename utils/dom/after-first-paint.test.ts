import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

type Listener = (list: { getEntries(): { name: string }[] }) => void;

function fakeWindow(opts: { hidden?: boolean; painted?: boolean; observer?: boolean }) {
  const observers: Listener[] = [];
  class FakeObserver {
    constructor(cb: Listener) {
      observers.push(cb);
    }
    observe() {}
    disconnect() {}
  }
  const win = {
    document: { visibilityState: opts.hidden ? 'hidden' : 'visible' },
    performance: { getEntriesByName: (n: string) => (opts.painted && n === 'first-contentful-paint' ? [{}] : []) },
    PerformanceObserver: opts.observer === false ? undefined : FakeObserver,
  } as unknown as Window;
  const paint = () => {
    for (const o of observers) o({ getEntries: () => [{ name: 'first-contentful-paint' }] });
  };
  return { win, paint };
}

describe('afterFirstPaint', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the first contentful paint', async () => {
    vi.useFakeTimers();
    const { win, paint } = fakeWindow({});
    let resolved = false;
    void afterFirstPaint(win).then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(50);
    expect(resolved).toBe(false);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('resolves at once when the page has painted already, or is hidden', async () => {
    await afterFirstPaint(fakeWindow({ painted: true }).win);
    await afterFirstPaint(fakeWindow({ hidden: true }).win);
  });

  it('never waits past its bound (no paint timing, or no paint)', async () => {
    vi.useFakeTimers();
    let resolved = false;
    void afterFirstPaint(fakeWindow({ observer: false }).win, 300).then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
