import { defineConfig } from 'vitest/config';

// The demo pages are checked in Debian's Chromium (playwright-core), outside the unit-test config's globs:
// npx vitest run -c demo/vitest.demo.config.ts
export default defineConfig({
  test: {
    environment: 'node',
    include: ['demo/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
