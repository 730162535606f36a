import { describe, expect, it } from 'vitest';
import { createBudget } from './budget';

describe('createBudget', () => {
  it('allows up to max attempts in a window, then stops for good', () => {
    let t = 0;
    const b = createBudget({ max: 3, windowMs: 60_000, now: () => t });
    expect([b.take(), b.take(), b.take()]).toEqual([true, true, true]);
    expect(b.used).toBe(3);
    expect(b.exhausted).toBe(false);
    t = 1000;
    expect(b.take()).toBe(false);
    expect(b.exhausted).toBe(true);
    // Even after the window has passed: a page that fought us to the bound is not fought again.
    t = 10 * 60_000;
    expect(b.take()).toBe(false);
  });

  it('forgets attempts older than the window', () => {
    let t = 0;
    const b = createBudget({ max: 2, windowMs: 1000, now: () => t });
    expect(b.take()).toBe(true);
    t = 600;
    expect(b.take()).toBe(true);
    t = 1001;
    // The first attempt left the window: one slot is free again.
    expect(b.used).toBe(1);
    expect(b.take()).toBe(true);
    expect(b.take()).toBe(false);
  });
});
