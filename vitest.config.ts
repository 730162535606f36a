import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    environment: 'happy-dom',
    include: [
      'app/**/*.test.ts',
      'app/**/*.test.tsx',
      'utils/**/*.test.ts',
      'utils/**/*.test.tsx',
      'components/**/*.test.tsx',
      'components/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['./tests/setup-unit.ts'],
    restoreMocks: true,
  },
});
