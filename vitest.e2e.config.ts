import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium.
// One browser at a time: the machines have two cores and Chromium is heavy.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    environment: 'node',
    // demo/*.test.ts check the demo pages themselves in Chromium (no extension).
    include: ['tests/e2e/**/*.e2e.ts', 'demo/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
