/**
 * Soak: 500 scenario switches and 50 playbacks through every chapter in one page, as a display
 * left looping in a waiting room would go on all day. The JavaScript heap (CDP, after a forced
 * collection) may grow by less than 10 MB, and three.js must hold as many geometries, textures
 * and shader programs as after the warm-up (the `?debug=1` hook, src/scene/DebugHook.tsx).
 * `SOAK_SCALE` multiplies the counts for a longer local run.
 */
import type { CDPSession, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'

const SCALE = Number(process.env.SOAK_SCALE ?? 1)
const LEVELS = ['T4', 'T8', 'T12', 'L1', 'L2', 'L3', 'L5']
const SHAPES = ['wedge', 'biconcave', 'crush']
const PROCEDURES = ['vertebroplasty', 'kyphoplasty']
const VISCOSITIES = ['low', 'medium', 'high']
/** The case measured before and after: the same state, so the same objects should exist. */
const HOME = 'debug=1&labels=0&level=L1&grade=2&procedure=kyphoplasty&chapter=cement&t=3'

/** Switch `i`: a case that differs in level, grade, shape, procedure and cement (a new cement field). */
function switchQuery(i: number): string {
  const pick = <T>(list: T[], k: number) => list[k % list.length] as T
  return new URLSearchParams({
    debug: '1',
    labels: '0',
    level: pick(LEVELS, i),
    grade: String(i % 4),
    shape: pick(SHAPES, i >> 1),
    procedure: pick(PROCEDURES, i >> 2),
    cementViscosity: pick(VISCOSITIES, i >> 3),
    seed: String(1 + (i % 5)),
    chapter: 'cement',
    t: String(i % 9),
  }).toString()
}

/** Back/forward to an address: the app reads it through its URL path (src/state/syncUrl.ts). */
async function goTo(page: Page, query: string): Promise<void> {
  await page.evaluate(async (q) => {
    history.pushState(null, '', `/?${q}`)
    history.pushState(null, '', '/?soak=next')
    await new Promise<void>((resolve) => {
      addEventListener('popstate', () => resolve(), { once: true })
      history.back()
    })
  }, query)
}

const simulated = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute('data-simulation', 'ready', { timeout: 30_000 })

/** One playback from the start: every chapter reached by its key while playing, then the end. */
async function playback(page: Page, procedure: string, i: number): Promise<void> {
  await goTo(page, `debug=1&labels=0&procedure=${procedure}&level=${LEVELS[i % LEVELS.length]}&play=1`)
  const chapters = procedure === 'kyphoplasty' ? 6 : 5
  for (let c = 1; c <= chapters; c++) {
    await page.keyboard.press(String(c))
    await page.waitForTimeout(120)
  }
  await page.keyboard.press('End')
  await expect(page.locator('html')).not.toHaveAttribute('data-playing', 'true')
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 2 ** 20
}

type Counts = { geometries: number; textures: number; programs: number }
async function measure(page: Page, cdp: CDPSession): Promise<{ heap: number; counts: Counts }> {
  await goTo(page, HOME)
  await simulated(page)
  await page.waitForTimeout(1500) // the camera's flight ends; every part of the frame is built
  const counts = await page.evaluate(() => {
    const r = window.__spine3d?.renderer()
    return { geometries: r?.geometries ?? -1, textures: r?.textures ?? -1, programs: r?.programs ?? -1 }
  })
  return { heap: await heapMb(cdp), counts }
}

test('500 scenario switches and 50 playbacks: heap and three.js objects flat', async ({ watched: page }) => {
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 640, height: 400 })
  await openApp(page, `?${HOME}`)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  // Warm-up: every kind of part built once (both procedures, every chapter, the shapes).
  for (let i = 0; i < 12; i++) await goTo(page, switchQuery(i))
  await simulated(page)
  for (const procedure of PROCEDURES) await playback(page, procedure, 0)
  const before = await measure(page, cdp)
  const started = Date.now()

  const switches = Math.round(500 * SCALE)
  for (let i = 0; i < switches; i++) {
    await goTo(page, switchQuery(i))
    // Every 5th waits for its simulation, so the cement field and leaks are built from its result.
    if (i % 5 === 4) await simulated(page)
  }
  const switchedS = (Date.now() - started) / 1000
  const playbacks = Math.round(50 * SCALE)
  for (let i = 0; i < playbacks; i++) await playback(page, PROCEDURES[i % 2] as string, i)
  const after = await measure(page, cdp)
  const totalS = (Date.now() - started) / 1000
  console.log(
    `soak: ${switches} switches in ${switchedS.toFixed(0)} s, ${playbacks} playbacks in ${(totalS - switchedS).toFixed(0)} s; ` +
      `heap ${before.heap.toFixed(1)} → ${after.heap.toFixed(1)} MB; three.js ${JSON.stringify(before.counts)} → ${JSON.stringify(after.counts)}`,
  )
  expect(before.counts.geometries, 'the debug hook answers').toBeGreaterThan(0)
  expect(after.counts, 'geometries, textures and programs after the soak').toEqual(before.counts)
  expect(after.heap - before.heap, 'heap growth, MB').toBeLessThan(10)
})
