// Tests of the built export (out/, or $NEXT_DIST_DIR): run after `npm run build`, never in the pre-build unit run.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/export/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
