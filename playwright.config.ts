import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/browser.ts'

// PW_PORT: test against your own build on another port (4173 may be another preview's); CI uses 4173.
const port = Number(process.env.PW_PORT ?? 4173)
const app = `http://127.0.0.1:${port}`

/**
 * End-to-end tests in the system Chromium (never a downloaded one), with software WebGL, against
 * the production build served as a deployment would (`npm run preview`: compressed files, the
 * security headers). The offline service worker is blocked but in the tests that check it, so each
 * test's page loads from the server. Assertions are on what the user sees: pixels,
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
    baseURL: app,
    viewport: { width: 1280, height: 720 },
    // The app follows the browser's language when a link names none: tests read English unless they say otherwise.
    locale: 'en-US',
    launchOptions,
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npm run build && npm run preview -- --port ${port}`,
      url: app,
      // The embedding tests' host page (the second server) is on the embed's allow-list, as a
      // deployment would put a clinic's site there (docs/EMBEDDING.md).
      // Both of the host page's origins may frame the app (the CSP's frame-ancestors), so the tests
      // can show that framing alone gives a page no control: only the allow-list's page drives it.
      env: {
        SPINE3D_ALLOWED_ORIGINS: `http://127.0.0.1:${port + 100}`,
        SPINE3D_FRAME_ANCESTORS: `'self' http://127.0.0.1:${port + 100} http://localhost:${port + 100}`,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // A second origin for the embedding tests' host page (tests/e2e/host/); static files only.
      command: `npx vite preview --outDir tests/e2e/host --host 127.0.0.1 --port ${port + 100} --strictPort`,
      url: `http://127.0.0.1:${port + 100}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
})
