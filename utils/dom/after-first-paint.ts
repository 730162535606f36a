/**
 * Resolves once the page has painted its first content (the `first-contentful-paint` entry of its own performance
 * timeline), or at once if it already has, or in a hidden document (which paints nothing until shown), and never
 * later than `maxWaitMs`. The in-page UI script (a quarter of a megabyte to parse and run) waits here, so that only
 * the terms, never our UI, run before the page's first paint.
 */
export function afterFirstPaint(win: Window = window, maxWaitMs = 500): Promise<void> {
  const perf = win.performance;
  if (win.document.visibilityState === 'hidden') return Promise.resolve();
  if (perf?.getEntriesByName?.('first-contentful-paint').length) return Promise.resolve();
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  return new Promise((resolve) => {
    let done = false;
    let observer: PerformanceObserver | null = null;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(finish, maxWaitMs);
    if (typeof Observer !== 'function') return;
    try {
      observer = new Observer((list) => {
        if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) finish();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the bound decides.
    }
  });
}
