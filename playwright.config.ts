import { defineConfig } from '@playwright/test';
import { TEST_SITE_PORT } from './tests/helpers/stack.ts';

/**
 * API tests (tests/api/, *.api.ts: the intake on SQLite and PostgreSQL) and browser tests against the real stack
 * (tests/helpers/global-setup.ts). One worker: the tests that publish in
 * Strapi rebuild the one site the others read, and this machine has two cores for Strapi, the build and Chromium.
 * Debian's Chromium is used: nothing downloads a browser.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['**/*.api.ts', '**/*.e2e.ts', '**/*.a11y.ts'],
  workers: 1,
  timeout: 120_000,
  retries: 0,
  globalSetup: './tests/helpers/global-setup.ts',
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${TEST_SITE_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
