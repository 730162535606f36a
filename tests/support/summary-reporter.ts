/**
 * Prints one plain closing line per run — "unit: 212 passed, 0 failed" — that CI can read whatever the runner.
 * The label comes from DIPLOLENS_SUITE (set by the npm scripts).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      // A file whose setup (import, beforeAll) failed has skipped tests and no failed one: count the file.
      const failedBefore = failed;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (mod.state() === 'failed' && failed === failedBefore) failed += 1;
    }
    failed += unhandledErrors.length;
    const label = process.env.DIPLOLENS_SUITE ?? 'tests';
    console.log(`\n${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
