import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './e2e/browser.ts';
import { freePort } from './e2e/static-server.ts';

// The config is loaded again in each worker: the port chosen once goes to them through the environment.
process.env.E2E_PORT ??= String(await freePort());
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

/** Browser checks of the built site: journeys, search, accessibility, layout at phone width. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  reporter: 'list',
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    // A system Chrome or Chromium, or the one npm ci installed (e2e/browser.ts). The config is
    // loaded first by the runner, which unpacks that one before any worker starts.
    launchOptions: browserLaunchOptions(),
  },
  webServer: {
    // Builds the fixture site (articles enough for page 2, an Arabic one, a photo) and serves it.
    command: `"${process.execPath}" e2e/serve.ts --port ${process.env.E2E_PORT}`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
