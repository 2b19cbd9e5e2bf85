import { defineConfig } from 'vitest/config'

/**
 * Unit tests run in Node: anatomy, sim, geometry and state are plain TypeScript (three.js
 * geometry needs no WebGL). What the user sees is tested in real Chromium by Playwright
 * (tests/e2e, see playwright.config.ts), not here.
 */
export default defineConfig({
  // Resolve three's ES module build in Node rather than its CommonJS one.
  ssr: { resolve: { mainFields: ['module', 'main'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
