/**
 * Frames per second of the cement harness with and without the volume, measured in alternation
 * (A, B, A, B, …) so that load from other processes falls on both alike; prints the medians.
 *   npx vite --port 5180 --strictPort --host 127.0.0.1 &
 *   npx tsx scripts/cementFps.ts "procedure=vertebroplasty&at=end&zoom=1.9" [rounds] [width] [height]
 */
import { launchChromium } from './browser.ts'

const [query = 'procedure=vertebroplasty&at=end', rounds = '3', width = '700', height = '740'] =
  process.argv.slice(2)
const base = process.env.HARNESS_URL ?? 'http://127.0.0.1:5180/harness/cement.html'
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
const runs: Record<'with' | 'without', number[]> = { with: [], without: [] }
for (let r = 0; r < Number(rounds); r++) {
  for (const [key, extra] of [
    ['with', ''],
    ['without', '&volume=0'],
  ] as const) {
    await page.goto(`${base}?${query}${extra}`)
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
    runs[key].push(await page.evaluate(() => window.cementHarness.measureFps(3000)))
  }
}
await browser.close()
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number
const w = median(runs.with)
const wo = median(runs.without)
console.log(
  `${query}: with the volume ${w.toFixed(1)} fps, without ${wo.toFixed(1)} fps (ratio ${(w / wo).toFixed(2)}; runs ${runs.with.map((v) => v.toFixed(1))} / ${runs.without.map((v) => v.toFixed(1))})`,
)
