/**
 * `npm run bench`: figures, not pass/fail. Builds the app and a bare R3F page with the same
 * toolchain, measures both in the same run in headless Chromium at 1280×720 (initial JS gzip,
 * navigation → first rendered frame over cold loads, frames per second over 5 s; also while the
 * cement fills, in the 3D view, the X-ray view and the 3D view with the X-ray inset), prints the
 * app/bare ratios, then the fractured vertebra's re-mesh time and the simulation's figures.
 * Software WebGL (SwiftShader) on two cores: compare ratios, not absolute numbers.
 */
import { execSync } from 'node:child_process'
import { join } from 'node:path'
import {
  CEMENT_FILLING_QUERY,
  COMPARE_QUERY,
  FLUORO_INSET_QUERY,
  FLUORO_VIEW_QUERY,
  framesPerSecond,
  heapAfterLoadMb,
  measurePage,
  median,
  type PageFigures,
} from './bench/pages.ts'
import { remeshMs } from './bench/remesh.ts'
import { simBenchmarks } from './bench/sim.ts'
import { serveStatic } from './bench/staticServer.ts'
import { launchChromium } from './browser.ts'

const root = join(import.meta.dirname, '..')
const LOADS = Number(process.env.BENCH_LOADS ?? 5)

const row = (name: string, value: string, note = '') =>
  console.log(`${name.padEnd(58)} ${value.padStart(12)}  ${note}`)
/** A ratio against the bare page, with its budget (issue 11) and whether it is met. */
const ratioRow = (name: string, value: number, budget: string, met: boolean) =>
  row(name, value.toFixed(2), `budget ${budget}: ${met ? 'met' : 'MISSED'}`)

console.log('building the app and the bare baseline…')
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' })
execSync('npx vite build --config bench/vite.bare.config.ts', { cwd: root, stdio: 'inherit' })

const app = await serveStatic(join(root, 'dist'))
const bare = await serveStatic(join(root, 'dist-bench', 'bare'))
const browser = await launchChromium()
let figures: { app: PageFigures; bare: PageFigures }
let cementFps: number
let fluoroFps: number
let insetFps: number
let compareFps: number
let heapMb: { app: number; bare: number }
try {
  figures = {
    bare: await measurePage(browser, bare.url, join(root, 'dist-bench', 'bare'), LOADS),
    app: await measurePage(browser, app.url, join(root, 'dist'), LOADS),
  }
  cementFps = await framesPerSecond(browser, `${app.url}${CEMENT_FILLING_QUERY}`, 5)
  fluoroFps = await framesPerSecond(browser, `${app.url}${FLUORO_VIEW_QUERY}`, 5)
  insetFps = await framesPerSecond(browser, `${app.url}${FLUORO_INSET_QUERY}`, 5)
  compareFps = await framesPerSecond(browser, `${app.url}${COMPARE_QUERY}`, 5)
  heapMb = { app: await heapAfterLoadMb(browser, app.url), bare: await heapAfterLoadMb(browser, bare.url) }
} finally {
  await browser.close()
  app.server.close()
  bare.server.close()
}

console.log(`\npages (headless Chromium, SwiftShader, 1280×720, ${LOADS} cold loads each)`)
const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`
for (const name of ['bare', 'app'] as const) {
  const f = figures[name]
  row(`${name}: initial JavaScript (gzip)`, kb(f.initialJsGzipBytes))
  row(
    `${name}: navigation → first frame (median)`,
    `${median(f.firstFrameMs).toFixed(0)} ms`,
    `all: ${f.firstFrameMs.map((v) => v.toFixed(0)).join(', ')}`,
  )
  row(`${name}: frames per second over 5 s`, f.fps.toFixed(1))
}
const fpsRatio = (fps: number) => fps / figures.bare.fps
ratioRow(
  'ratio app/bare: initial JavaScript',
  figures.app.initialJsGzipBytes / figures.bare.initialJsGzipBytes,
  '≤ 1.3',
  figures.app.initialJsGzipBytes / figures.bare.initialJsGzipBytes <= 1.3,
)
const firstFrameRatio = median(figures.app.firstFrameMs) / median(figures.bare.firstFrameMs)
ratioRow('ratio app/bare: first frame', firstFrameRatio, '≤ 1.3', firstFrameRatio <= 1.3)
row('ratio app/bare: frames per second, nothing moving', fpsRatio(figures.app.fps).toFixed(2))
for (const [what, fps] of [
  ['3D view, cement filling (VP)', cementFps],
  ['X-ray view, cement filling', fluoroFps],
  ['compare, both filling', compareFps],
  ['3D + X-ray inset, cement filling', insetFps],
] as const) {
  row(`app: frames per second, ${what}`, fps.toFixed(1))
  ratioRow(`ratio app/bare: fps, ${what}`, fpsRatio(fps), '≥ 0.6', fpsRatio(fps) >= 0.6)
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
