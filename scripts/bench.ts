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
  FLUORO_INSET_QUERY,
  FLUORO_VIEW_QUERY,
  framesPerSecond,
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
try {
  figures = {
    bare: await measurePage(browser, bare.url, join(root, 'dist-bench', 'bare'), LOADS),
    app: await measurePage(browser, app.url, join(root, 'dist'), LOADS),
  }
  cementFps = await framesPerSecond(browser, `${app.url}${CEMENT_FILLING_QUERY}`, 5)
  fluoroFps = await framesPerSecond(browser, `${app.url}${FLUORO_VIEW_QUERY}`, 5)
  insetFps = await framesPerSecond(browser, `${app.url}${FLUORO_INSET_QUERY}`, 5)
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
row(
  'ratio app/bare: initial JavaScript',
  (figures.app.initialJsGzipBytes / figures.bare.initialJsGzipBytes).toFixed(2),
)
row(
  'ratio app/bare: first frame',
  (median(figures.app.firstFrameMs) / median(figures.bare.firstFrameMs)).toFixed(2),
)
row('ratio app/bare: frames per second', (figures.app.fps / figures.bare.fps).toFixed(2))
row('app: frames per second while the cement fills (VP)', cementFps.toFixed(1))
row('ratio app (cement filling)/bare: frames per second', (cementFps / figures.bare.fps).toFixed(2))
row('app: frames per second, X-ray view, cement filling', fluoroFps.toFixed(1))
row('ratio app (X-ray view, cement filling)/bare: fps', (fluoroFps / figures.bare.fps).toFixed(2))
row('app: frames per second, 3D + X-ray inset, cement filling', insetFps.toFixed(1))
row('ratio app (3D + X-ray inset, cement filling)/bare: fps', (insetFps / figures.bare.fps).toFixed(2))

const remesh = await remeshMs()
console.log('\nfracture')
row(
  're-mesh of the fractured vertebra (warp + normals, Node)',
  `${remesh.medianMs.toFixed(2)} ms`,
  `${remesh.vertices} vertices, median of 50 slider steps`,
)

console.log('\nsimulation (Node)')
for (const r of await simBenchmarks()) row(r.name, `${r.value} ${r.unit}`, r.note ?? '')
