/**
 * `npm run bench`: figures, not pass/fail. Builds the app and a bare R3F page with the same
 * toolchain, measures both in the same run in headless Chromium at 1280×720 (initial JS gzip,
 * navigation → first rendered frame over cold loads, frames per second over 4 s: the app still,
 * and while the cement fills in the 3D view, the X-ray view, compare and the 3D view with the X-ray
 * inset), prints the app/bare ratios, then the fractured vertebra's re-mesh time and the
 * simulation's figures. Software WebGL (SwiftShader) on two shared cores, whose speed drifts by
 * up to 2× within minutes: the two pages are measured alternately and each frame rate is divided
 * by the bare page's in the same round, so compare ratios, not absolute numbers.
 * BENCH_LOADS (5) and BENCH_ROUNDS (3) set the counts.
 */
import { execSync } from 'node:child_process'
import { join } from 'node:path'
import {
  CEMENT_FILLING_QUERY,
  COMPARE_QUERY,
  FLUORO_INSET_QUERY,
  FLUORO_VIEW_QUERY,
  firstFrames,
  frameRateRounds,
  heapAfterLoadMb,
  initialJsGzipBytes,
  median,
} from './bench/pages.ts'
import { remeshMs } from './bench/remesh.ts'
import { simBenchmarks } from './bench/sim.ts'
import { serveStatic } from './bench/staticServer.ts'
import { launchChromium } from './browser.ts'

const root = join(import.meta.dirname, '..')
const LOADS = Number(process.env.BENCH_LOADS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const FPS_SECONDS = 4

const row = (name: string, value: string, note = '') =>
  console.log(`${name.padEnd(58)} ${value.padStart(12)}  ${note}`)
/** A ratio against the bare page, with its budget (issue 11) and whether it is met. */
const ratioRow = (name: string, value: number, budget: string, met: boolean) =>
  row(name, value.toFixed(2), `budget ${budget}: ${met ? 'met' : 'MISSED'}`)
const list = (values: number[], digits = 0) => values.map((v) => v.toFixed(digits)).join(', ')

console.log('building the app and the bare baseline…')
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' })
execSync('npx vite build --config bench/vite.bare.config.ts', { cwd: root, stdio: 'inherit' })

const dist = { app: join(root, 'dist'), bare: join(root, 'dist-bench', 'bare') }
const app = await serveStatic(dist.app)
const bare = await serveStatic(dist.bare)
const browser = await launchChromium()
const SCENES = {
  idle: '',
  cement: CEMENT_FILLING_QUERY,
  fluoro: FLUORO_VIEW_QUERY,
  compare: COMPARE_QUERY,
  inset: FLUORO_INSET_QUERY,
} as const
const SCENE_NAMES: Record<keyof typeof SCENES, string> = {
  idle: 'nothing moving',
  cement: '3D view, cement filling (VP)',
  fluoro: 'X-ray view, cement filling',
  compare: 'compare, both filling',
  inset: '3D + X-ray inset, cement filling',
}
let firstFrameMs: Awaited<ReturnType<typeof firstFrames>>
let rates: Awaited<ReturnType<typeof frameRateRounds<keyof typeof SCENES>>>
let heapMb: { app: number; bare: number }
try {
  firstFrameMs = await firstFrames(browser, { bare: bare.url, app: app.url }, LOADS)
  const appPages = Object.fromEntries(
    Object.entries(SCENES).map(([name, query]) => [name, `${app.url}${query}`]),
  ) as Record<keyof typeof SCENES, string>
  rates = await frameRateRounds(browser, { bare: bare.url, ...appPages }, ROUNDS, FPS_SECONDS)
  heapMb = { app: await heapAfterLoadMb(browser, app.url), bare: await heapAfterLoadMb(browser, bare.url) }
} finally {
  await browser.close()
  app.server.close()
  bare.server.close()
}

console.log(
  `\npages (headless Chromium, SwiftShader, 1280×720; ${LOADS} cold loads each and ${ROUNDS} rounds of ` +
    `${FPS_SECONDS} s frame counts, the bare page and the app alternating)`,
)
const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`
const js = { bare: await initialJsGzipBytes(dist.bare), app: await initialJsGzipBytes(dist.app) }
for (const name of ['bare', 'app'] as const) {
  row(`${name}: initial JavaScript (gzip)`, kb(js[name]))
  row(
    `${name}: navigation → first frame (median)`,
    `${median(firstFrameMs[name]).toFixed(0)} ms`,
    `all: ${list(firstFrameMs[name])}`,
  )
}
row('bare: frames per second', median(rates.bare.fps).toFixed(1), `rounds: ${list(rates.bare.fps, 1)}`)
ratioRow('ratio app/bare: initial JavaScript', js.app / js.bare, '≤ 1.3', js.app / js.bare <= 1.3)
const firstFrameRatio = median(firstFrameMs.app) / median(firstFrameMs.bare)
ratioRow('ratio app/bare: first frame', firstFrameRatio, '≤ 1.3', firstFrameRatio <= 1.3)
for (const name of Object.keys(SCENES) as (keyof typeof SCENES)[]) {
  const { fps, ratio } = rates[name]
  row(`app: frames per second, ${SCENE_NAMES[name]}`, median(fps).toFixed(1), `rounds: ${list(fps, 1)}`)
  const share = median(ratio)
  const note = `rounds: ${list(ratio, 2)}`
  if (name === 'idle') row(`ratio app/bare: fps, ${SCENE_NAMES[name]}`, share.toFixed(2), note)
  else
    row(
      `ratio app/bare: fps, ${SCENE_NAMES[name]}`,
      share.toFixed(2),
      `budget ≥ 0.6: ${share >= 0.6 ? 'met' : 'MISSED'}; ${note}`,
    )
}
row('bare: JavaScript heap after load (after GC)', `${heapMb.bare.toFixed(1)} MB`)
row(
  'app: JavaScript heap after load (after GC)',
  `${heapMb.app.toFixed(1)} MB`,
  `budget ≤ 80 MB: ${heapMb.app <= 80 ? 'met' : 'MISSED'}`,
)

const remesh = await remeshMs()
console.log('\nfracture')
row(
  're-mesh of the fractured vertebra (warp + normals, Node)',
  `${remesh.medianMs.toFixed(2)} ms`,
  `${remesh.vertices} vertices, median of 50 slider steps; budget ≤ 16 ms: ${remesh.medianMs <= 16 ? 'met' : 'MISSED'}`,
)

console.log('\nsimulation (Node)')
for (const r of await simBenchmarks()) row(r.name, `${r.value} ${r.unit}`, r.note ?? '')
