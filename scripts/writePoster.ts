/**
 * Writes `public/poster.webp`, the still picture the page shows while the models load: the default
 * case's view (L1, a grade 2 wedge, its first chapter) without labels or captions, so it stands
 * for any level. Run against a preview of a build (`npm run build && npm run preview`):
 *   npx tsx scripts/writePoster.ts [http://127.0.0.1:4173/] [quality 0–1, default 0.6]
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from './browser.ts'

const [base = 'http://127.0.0.1:4173/', quality = '0.6'] = process.argv.slice(2)
const out = join(import.meta.dirname, '..', 'public', 'poster.webp')
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(new URL('?labels=0&captions=0', base).href)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 90_000 })
  await page.waitForTimeout(2500) // the camera's first flight settles
  const png = (await page.locator('canvas').first().screenshot()).toString('base64')
  // Encoded by the browser (no image library here). A string: tsx would wrap a function in a helper the page lacks.
  const webp = await page.evaluate<string>(`(async () => {
    // From bytes, not a data: fetch, which the page's Content-Security-Policy refuses.
    const png = Uint8Array.from(atob('${png}'), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    canvas.getContext('2d').drawImage(bitmap, 0, 0)
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: ${Number(quality)} })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(binary)
  })()`)
  const bytes = Buffer.from(webp, 'base64')
  writeFileSync(out, bytes)
  console.log(`wrote ${out} (${(bytes.byteLength / 1024).toFixed(1)} KiB)`)
} finally {
  await browser.close()
}
