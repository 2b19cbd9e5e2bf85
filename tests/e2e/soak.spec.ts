/**
 * Soak: 500 scenario switches and 50 playbacks through every chapter in one page, as a display
 * left looping in a waiting room would go on all day. The JavaScript heap (CDP, after a forced
 * collection) may grow by less than 10 MB, and three.js must hold as many geometries and textures
 * as after the warm-up, and no more shader programs (the `?debug=1` hook, src/scene/DebugHook.tsx).
 * `SOAK_SCALE` multiplies the counts for a longer local run.
 *
 * The loops run inside the page (one `evaluate` per batch, no round trip per step). A switch goes
 * through the browser's back button (the app reads the address as at a page load) and is drawn; every
 * 5th waits for its simulation's result (the cement field and leaks are built from it). A playback plays from
 * the start and jumps chapter to chapter with the player's number keys, drawing each chapter for a
 * few frames (the needle, balloon and cement parts are made and thrown away), then ends with End.
 */
import type { CDPSession, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { expectDrawn } from './pixels.ts'

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

/** Playback `i`: from the start, playing, alternating procedures over the levels. */
function playbackQuery(i: number): Step {
  const procedure = PROCEDURES[i % 2] as string
  return {
    query: `debug=1&labels=0&procedure=${procedure}&level=${LEVELS[i % LEVELS.length]}&play=1`,
    chapters:
      procedure === 'kyphoplasty'
        ? ['fracture', 'access', 'balloon', 'cavity', 'cement', 'result']
        : ['fracture', 'access', 'needle', 'cement', 'result'],
    settle: true,
  }
}

/** An address to go to; `settle`: wait for its simulation's result (cement, leaks) to be drawn. */
type Step = { query: string; chapters: string[]; settle: boolean }

/**
 * Runs `steps` inside the page: each goes to its address through back/forward, waits for the
 * simulation when it should settle, then (a playback) visits its chapters with the number keys and ends with End.
 * Returns the steps that did not get where they should, with why.
 */
function run(page: Page, steps: Step[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const root = document.documentElement
    const frame = () => new Promise((r) => requestAnimationFrame(r))
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await frame()
    }
    const until = async (done: () => boolean, ms = 30_000) => {
      const start = performance.now()
      while (!done()) {
        if (performance.now() - start > ms) return false
        await frame()
      }
      return true
    }
    const key = (k: string) => dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))
    const failed: string[] = []
    for (const { query, chapters, settle } of list) {
      history.pushState(null, '', `/?${query}`)
      history.pushState(null, '', '/?soak=next')
      await new Promise<void>((resolve) => {
        addEventListener('popstate', () => resolve(), { once: true })
        history.back()
      })
      // The new case is drawn at once; its run starts after a quiet 150 ms (a newer case cancels it).
      await frames(2)
      if (settle && !(await until(() => root.dataset.simulation === 'ready')))
        failed.push(`${query}: simulation ${root.dataset.simulation}`)
      if (settle) await frames(2)
      for (const [n, chapter] of chapters.entries()) {
        key(String(n + 1))
        if (!(await until(() => root.dataset.chapter === chapter, 5000)))
          failed.push(`${query}: chapter ${root.dataset.chapter}, expected ${chapter}`)
        await frames(2)
      }
      if (chapters.length > 0) {
        if (root.dataset.playing !== 'true') failed.push(`${query}: not playing in the last chapter`)
        key('End')
        if (!(await until(() => root.dataset.playing === 'false', 5000)))
          failed.push(`${query}: still playing after End`)
        await frames(1)
      }
    }
    return failed
  }, steps)
}

async function heapMb(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 2 ** 20
}

type Counts = { geometries: number; textures: number; programs: number; inScene: number }
/**
 * At the home case, after the camera's flight: every part drawn once (`drawAll`, so the counts do
 * not depend on what the camera happened to see), then three.js's counts and the heap after
 * forced collections.
 */
async function measure(page: Page, cdp: CDPSession): Promise<{ heap: number; counts: Counts }> {
  expect(await run(page, [{ query: HOME, chapters: [], settle: true }])).toEqual([])
  await page.waitForTimeout(1500)
  const counts = await page.evaluate(() => {
    const hook = window.__spine3d
    const inScene = hook?.drawAll().geometries ?? -1
    const r = hook?.renderer()
    return {
      geometries: r?.geometries ?? -1,
      textures: r?.textures ?? -1,
      programs: r?.programs ?? -1,
      inScene,
    }
  })
  return { heap: await heapMb(cdp), counts }
}

test('500 scenario switches and 50 playbacks: heap and three.js objects flat', async ({ watched: page }) => {
  // About 4 min on a quiet two-core machine (500 switches 150 s, 50 playbacks 77 s, the warm-up): room for a busy one.
  test.setTimeout(480_000)
  await page.setViewportSize({ width: 640, height: 400 })
  await openApp(page, `?${HOME}`)
  const cdp = await page.context().newCDPSession(page)
  // Warm-up: every kind of part built once (both procedures, every chapter, the shapes, viscosities).
  const warm = Array.from({ length: 24 }, (_, i) => ({ query: switchQuery(i), chapters: [], settle: true }))
  expect(await run(page, [...warm, playbackQuery(0), playbackQuery(1)])).toEqual([])
  const before = await measure(page, cdp)
  console.log(`soak warm-up: heap ${before.heap.toFixed(1)} MB, three.js ${JSON.stringify(before.counts)}`)

  const switches = Math.round(500 * SCALE)
  const started = Date.now()
  for (let from = 0; from < switches; from += 100) {
    const batch = Array.from({ length: Math.min(100, switches - from) }, (_, k) => ({
      query: switchQuery(from + k),
      chapters: [],
      // Every 5th waits for its simulation, so cement fields and leaks are built from results too.
      settle: (from + k) % 5 === 4,
    }))
    expect(await run(page, batch), `switches ${from}–${from + batch.length - 1}`).toEqual([])
  }
  const switchedS = (Date.now() - started) / 1000
  console.log(`soak: ${switches} switches in ${switchedS.toFixed(1)} s`)
  const playbacks = Math.round(50 * SCALE)
  for (let from = 0; from < playbacks; from += 10) {
    const batch = Array.from({ length: Math.min(10, playbacks - from) }, (_, k) => playbackQuery(from + k))
    expect(await run(page, batch), `playbacks ${from}–${from + batch.length - 1}`).toEqual([])
  }
  const playedS = (Date.now() - started) / 1000 - switchedS
  console.log(`soak: ${playbacks} playbacks in ${playedS.toFixed(1)} s`)
  const after = await measure(page, cdp)
  console.log(
    `soak result: heap ${before.heap.toFixed(1)} → ${after.heap.toFixed(1)} MB ` +
      `(${(after.heap - before.heap).toFixed(2)} MB); three.js ${JSON.stringify(before.counts)} → ${JSON.stringify(after.counts)}`,
  )
  expect(before.counts.geometries, 'the debug hook answers').toBeGreaterThan(0)
  const { programs, ...held } = after.counts
  const { programs: programsBefore, ...heldBefore } = before.counts
  expect(held, 'geometries and textures after the soak').toEqual(heldBefore)
  // Shader programs: three.js frees one when the last material using it goes, so the warm-up may
  // still hold one the home case no longer needs (12 → 11 seen); a leak of materials would add.
  expect(programs, 'shader programs after the soak').toBeLessThanOrEqual(programsBefore)
  expect(after.heap - before.heap, 'heap growth, MB').toBeLessThan(10)
  await expectDrawn(page, 'the soak')
})
