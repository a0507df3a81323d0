import { defineConfig } from '@playwright/test';
import { CHROME_FLAGS, CHROMIUM } from './scripts/chromium';

const PORT = Number(process.env.CODEBOOK_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROME_FLAGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs out ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
