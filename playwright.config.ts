import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/browser.ts'

/**
 * End-to-end tests in the system Chromium (never a downloaded one), with software WebGL, against
 * the production build served by `vite preview`. Assertions are on what the user sees: pixels,
 * DOM and events.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1, // two cores, and software WebGL is CPU-bound
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 720 },
    launchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npm run build && npm run preview',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
