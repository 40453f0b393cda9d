import { defineConfig } from '@playwright/test';

import { BASE_URL } from './support/env';

/**
 * End-to-end tests against a running stack (`make run`, or the e2e stack of `make test`):
 *   E2E_BASE_URL=http://localhost:5173 npm run e2e
 * Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH); Playwright downloads no browser.
 * Keycloak is found through the app's own redirects.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // One browser at a time: the machine also runs Keycloak, the API and PostgreSQL.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  outputDir: '../test-results/e2e-artifacts',
  reporter: [['list'], ['./support/summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
