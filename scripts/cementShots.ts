/**
 * Screenshots of the cement harness (harness/cement.html) served by a dev server:
 *   npx vite --port 5180 --strictPort --host 127.0.0.1 &
 *   npx tsx scripts/cementShots.ts out-dir "procedure=vertebroplasty&at=mid" "procedure=kyphoplasty&at=end" …
 * Each query becomes out-dir/<n>-<query>.png (700 × 700). `--fps` also measures frames per second.
 */
import { mkdirSync } from 'node:fs'
import { launchChromium } from './browser.ts'

const args = process.argv.slice(2)
const fps = args.includes('--fps')
const [outDir = 'cement-shots', ...queries] = args.filter((a) => a !== '--fps')
const base = process.env.HARNESS_URL ?? 'http://127.0.0.1:5180/harness/cement.html'
mkdirSync(outDir, { recursive: true })
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 700, height: 740 } })
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', (e) => console.error('pageerror:', e.message))
for (const [n, query] of queries.entries()) {
  await page.goto(`${base}?${query}`)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 })
  await page.waitForTimeout(500)
  const name = `${outDir}/${String(n).padStart(2, '0')}-${query.replace(/[^a-z0-9=.]+/gi, '_')}.png`
  await page.screenshot({ path: name })
  let line = `wrote ${name}`
  if (fps) line += `  fps ${(await page.evaluate(() => window.cementHarness.measureFps(4000))).toFixed(1)}`
  console.log(line)
}
await browser.close()
