/**
 * Shared e2e fixtures: every page fails its test on a console error, an uncaught exception, or a
 * request to any origin but its own (the app must not use the network after load). The one
 * exception: the embedding tests' host pages live on other origins by design, and list them in
 * `otherOrigins`; only the top page may use them, the embedded app must still stay on its own.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test'

export const test = base.extend<{ watched: Page; problems: string[]; otherOrigins: string[] }>({
  otherOrigins: [[], { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern
  problems: async ({}, use) => {
    await use([])
  },
  watched: async ({ page, baseURL, problems, otherOrigins }, use) => {
    const app = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
    const hostOrigins = new Set([app, ...otherOrigins])
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
    page.on('request', (r) => {
      const url = r.url()
      const allowed = r.frame() === page.mainFrame() ? hostOrigins : new Set([app])
      if (!url.startsWith('data:') && !url.startsWith('blob:') && !allowed.has(new URL(url).origin)) {
        problems.push(`request off the page's origin: ${url}`)
      }
    })
    await use(page)
    expect(problems, 'console errors, exceptions or off-origin requests').toEqual([])
  },
})

export { expect }

/** Opens the app at `query` and waits until the models are drawn. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
}

/** Waits for the picture to stop changing (camera easing, re-mesh), then returns it; `canvas` the page's one canvas by default. */
export async function settledCanvas(page: Page, canvas: Locator = page.locator('canvas')): Promise<Buffer> {
  let previous = await canvas.screenshot()
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300)
    const next = await canvas.screenshot()
    if (next.equals(previous)) return next
    previous = next
  }
  return previous
}
