import { defineConfig } from 'vitest/config';

// The benchmark's helpers live outside the unit-test config's globs: npx vitest run -c scripts/bench/vitest.bench.config.ts
export default defineConfig({
  test: {
    environment: 'node',
    include: ['scripts/bench/**/*.test.ts'],
  },
});
