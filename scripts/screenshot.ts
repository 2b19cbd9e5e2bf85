/**
 * Takes a screenshot of the built app (served by `npm run preview`) once it is ready:
 *   npx tsx scripts/screenshot.ts "?level=L1&grade=3" out.png [width] [height]
 */
import { launchChromium } from './browser.ts'

const [query = '', out = 'screenshot.png', width = '1280', height = '720'] = process.argv.slice(2)
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', (e) => console.error('pageerror:', e.message))
await page.goto(`http://127.0.0.1:4173/${query}`)
await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
await page.waitForTimeout(1200) // let the camera settle
await page.screenshot({ path: out })
await browser.close()
console.log(`wrote ${out}`)
