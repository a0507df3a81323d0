import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // Playwright specs (*.spec.ts under tests/browser) are run by Playwright, not vitest.
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'components/**/*.test.ts?(x)'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
