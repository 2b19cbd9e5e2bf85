/**
 * Page benchmarks: initial JavaScript (gzip), time to the first rendered frame over cold loads,
 * and frames per second, for the app and the bare baseline, in one browser, at 1280×720 — the two
 * pages measured alternately, so that both see the machine at the same speed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { initialScripts } from '../build/initialScripts.ts'

/** The app playing vertebroplasty's cement chapter: the ray-marched cement growing every frame. */
export const CEMENT_FILLING_QUERY = '?procedure=vertebroplasty&chapter=cement&t=1&play=1'
/** The same, as the fluoroscopy view: a new radiograph every frame instead of the 3D picture. */
export const FLUORO_VIEW_QUERY = `${CEMENT_FILLING_QUERY}&view=fluoro`
/** The same, as the 3D view with the fluoroscopy inset: both pictures every frame. */
export const FLUORO_INSET_QUERY = `${CEMENT_FILLING_QUERY}&overlay=fluoro`

/** The same, side by side: vertebroplasty and kyphoplasty in two canvases, both filling. */
export const COMPARE_QUERY = `${CEMENT_FILLING_QUERY}&view=compare`

const VIEWPORT = { width: 1280, height: 720 }

/** Gzipped size of the scripts a page runs before anything lazy (`initialScripts`). */
export async function initialJsGzipBytes(distDir: string): Promise<number> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const files = await initialScripts(html, (file) => readFileSync(join(distDir, file), 'utf8'))
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).byteLength, 0)
}

/** Milliseconds from navigation to the page's `first-frame` mark, in a fresh context (cold cache). */
async function coldLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 })
  const ms = await page.evaluate(
    () => performance.getEntriesByName('first-frame')[0]?.startTime ?? Number.NaN,
  )
  await context.close()
  return ms
}

/** Animation frames per second over `seconds`, rendering every frame. */
export async function framesPerSecond(browser: Browser, url: string, seconds: number): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}frameloop=always`)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 })
  await page.waitForTimeout(1000)
  // A string, not a function: tsx would wrap a named function in a helper the page lacks.
  const fps = await page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0
    const start = performance.now()
    const tick = (now) => {
      frames++
      if (now - start < ${seconds * 1000}) requestAnimationFrame(tick)
      else resolve((frames * 1000) / (now - start))
    }
    requestAnimationFrame(tick)
  })`)
  await context.close()
  return fps
}

/**
 * The JavaScript heap after load, MB: the page ready, a second to settle, then a full garbage
 * collection (CDP), so what is left is what the page keeps.
 */
export async function heapAfterLoadMb(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 })
  await page.waitForTimeout(1000)
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await context.close()
  return usedSize / 2 ** 20
}

/**
 * Cold loads of the bare page and the app, alternating (bare, app, bare, app…): on a shared
 * machine whose speed drifts, each app load then has a bare load beside it in time.
 */
export async function firstFrames(
  browser: Browser,
  urls: { bare: string; app: string },
  loads: number,
): Promise<{ bare: number[]; app: number[] }> {
  const out = { bare: [] as number[], app: [] as number[] }
  for (let i = 0; i < loads; i++) {
    out.bare.push(await coldLoad(browser, urls.bare))
    out.app.push(await coldLoad(browser, urls.app))
  }
  return out
}

/**
 * Frames per second of each page, in `rounds` rounds that each measure every page once (the bare
 * page first), and each page's rate as a share of the bare page's in the same round: the median of
 * those shares is the ratio a budget is held to. A round takes about 10 s a page.
 */
export async function frameRateRounds<Name extends string>(
  browser: Browser,
  pages: Record<Name | 'bare', string>,
  rounds: number,
  seconds: number,
): Promise<Record<Name | 'bare', { fps: number[]; ratio: number[] }>> {
  const names = Object.keys(pages) as (Name | 'bare')[]
  const out = Object.fromEntries(names.map((n) => [n, { fps: [], ratio: [] }])) as unknown as Record<
    Name | 'bare',
    { fps: number[]; ratio: number[] }
  >
  for (let r = 0; r < rounds; r++) {
    const bare = await framesPerSecond(browser, pages.bare, seconds)
    for (const name of names) {
      const fps = name === 'bare' ? bare : await framesPerSecond(browser, pages[name], seconds)
      out[name].fps.push(fps)
      out[name].ratio.push(fps / bare)
    }
  }
  return out
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
