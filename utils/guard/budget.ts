/**
 * A bound on how often we may repeat a defensive action (re-registering highlights a page removed, re-attaching
 * our UI host): at most `max` times in any `windowMs`. Past the bound we stop, so a page that undoes us in a loop
 * is never fought forever — the caller reports why instead.
 */
export interface Budget {
  /** Spends one attempt; false when the bound is reached (and from then on: the budget never refills). */
  take(): boolean;
  /** True once `take` has been refused. */
  readonly exhausted: boolean;
  /** Attempts spent inside the current window. */
  readonly used: number;
}

export interface BudgetOptions {
  max: number;
  windowMs: number;
  now?: () => number;
}

export function createBudget(options: BudgetOptions): Budget {
  const now = options.now ?? (() => Date.now());
  const times: number[] = [];
  let exhausted = false;
  const prune = (t: number) => {
    while (times.length > 0 && (times[0] as number) <= t - options.windowMs) times.shift();
  };
  return {
    take() {
      if (exhausted) return false;
      const t = now();
      prune(t);
      if (times.length >= options.max) {
        // A page that keeps undoing us is not a page to keep fighting: stop for good.
        exhausted = true;
        return false;
      }
      times.push(t);
      return true;
    },
    get exhausted() {
      return exhausted;
    },
    get used() {
      prune(now());
      return times.length;
    },
  };
}
