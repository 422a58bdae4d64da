/**
 * Playwright e2e tests: tests/e2e, one Chromium project, against the Vite dev server on port 5174 (5173 stays free
 * for `npm run dev`). Screenshots are compared with zero tolerance and without a platform suffix: the OSD must draw
 * the same pixels on any machine (software WebGL via SwiftShader, device scale factor 1).
 * Which Chromium is used: scripts/chromium.mjs. `npm test` adds a JSON reporter on the command line.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts run their suites side by side.
const E2E_PORT = Number(process.env.E2E_PORT ?? 5174);
const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // The server on E2E_PORT must be this checkout's (a reused one may be another checkout's): support/checkServer.ts.
  globalSetup: './tests/e2e/support/checkServer.ts',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  // Two cores and a software GPU: one worker keeps rendering (and screenshot) timing stable.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  expect: {
    toHaveScreenshot: { maxDiffPixels: 0, threshold: 0, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
    // A trace of each failure to debug locally; CI keeps no artifacts, so it skips the cost.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1600, height: 1000 },
        deviceScaleFactor: 1,
        launchOptions: { executablePath: browser.executablePath, args: chromiumArgs() },
      },
    },
  ],
  webServer: {
    command: `npx vite --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    // Vite's own client module answers even before the app has an index.html.
    url: `${BASE_URL}/@vite/client`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
