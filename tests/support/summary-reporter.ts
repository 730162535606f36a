/**
 * Prints one plain closing line per run — "unit: 212 passed, 0 failed" — that CI can read whatever the runner.
 * The label comes from DIPLOLENS_SUITE (set by the npm scripts). Scenarios that run once per browser (their
 * top-level block is named "chromium: …" / "firefox: …") are also counted per browser, on lines before it.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const perBrowser = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const mod of testModules) {
      // A file whose setup (import, beforeAll) failed has skipped tests and no failed one: count the file.
      const failedBefore = failed;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        const browser = /^(chromium|firefox): /.exec(test.fullName)?.[1];
        if (browser) {
          const b = perBrowser.get(browser) ?? { passed: 0, failed: 0, skipped: 0 };
          if (state === 'passed') b.passed += 1;
          else if (state === 'failed') b.failed += 1;
          else b.skipped += 1;
          perBrowser.set(browser, b);
        }
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (mod.state() === 'failed' && failed === failedBefore) failed += 1;
    }
    failed += unhandledErrors.length;
    const label = process.env.DIPLOLENS_SUITE ?? 'tests';
    if (perBrowser.size > 0) console.log('');
    for (const [browser, b] of perBrowser) {
      const name = browser === 'firefox' ? 'Firefox' : 'Chromium';
      console.log(
        `  scenarios in ${name}: ${b.passed} passed, ${b.failed} failed${b.skipped ? `, ${b.skipped} skipped` : ''}`,
      );
    }
    console.log(`\n${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
