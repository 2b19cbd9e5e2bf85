/** Reading screenshots in tests: decode a PNG with the browser itself, then count colours. */
import { expect, type Locator, type Page } from '@playwright/test'

export interface Pixels {
  width: number
  height: number
  /** RGBA bytes, row by row. */
  data: Uint8ClampedArray
}

/** Decodes `png` in the page (no image library needed in Node); the pixels come back as base64. */
export async function decodePng(page: Page, png: Buffer): Promise<Pixels> {
  const result = await page.evaluate(async (base64) => {
    // An <img>, not fetch(): the app's CSP allows data: images but no data: connections.
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const bitmap = await createImageBitmap(image)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
    ctx.drawImage(bitmap, 0, 0)
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
    // A binary string in chunks (a spread of millions of arguments would overflow the stack).
    let binary = ''
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000))
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) }
  }, png.toString('base64'))
  const bytes = Buffer.from(result.rgba, 'base64')
  return {
    width: result.width,
    height: result.height,
    data: new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.length),
  }
}

/** Distinct colours after quantising each channel to 32 levels. */
export function distinctColours(p: Pixels): number {
  const seen = new Set<number>()
  for (let i = 0; i < p.data.length; i += 4) {
    seen.add(
      ((p.data[i] as number) >> 3) * 1024 +
        ((p.data[i + 1] as number) >> 3) * 32 +
        ((p.data[i + 2] as number) >> 3),
    )
  }
  return seen.size
}

/** Whether a pixel is lit bone: warm ivory (red ≥ green ≥ blue), bright. */
export function isBone(p: Pixels, x: number, y: number): boolean {
  const i = (y * p.width + x) * 4
  const r = p.data[i] as number
  const g = p.data[i + 1] as number
  const b = p.data[i + 2] as number
  return r > 110 && r >= g && g >= b && r - b > 12
}

/** Share of bone pixels inside a box given as fractions of the image. */
export function boneShare(p: Pixels, x0: number, y0: number, x1: number, y1: number): number {
  let bone = 0
  let total = 0
  for (let y = Math.floor(y0 * p.height); y < y1 * p.height; y++) {
    for (let x = Math.floor(x0 * p.width); x < x1 * p.width; x++) {
      total++
      if (isBone(p, x, y)) bone++
    }
  }
  return bone / total
}

/** Pixels whose colour differs by more than `tolerance` in any channel. */
export function changedPixels(a: Pixels, b: Pixels, tolerance = 24): number {
  let changed = 0
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[i + c] as number) - (b.data[i + c] as number)) > tolerance) {
        changed++
        break
      }
    }
  }
  return changed
}

/**
 * The canvas shows a picture (many colours), not a blank or one-colour frame. Decoded in the same
 * page (`decodePng` goes through an `<img>`, which the app's Content-Security-Policy allows).
 */
export async function expectDrawn(
  page: Page,
  what: string,
  canvas: Locator = page.locator('canvas').first(),
): Promise<void> {
  const pixels = await decodePng(page, await canvas.screenshot())
  expect(distinctColours(pixels), `a drawn picture after ${what}`).toBeGreaterThan(12)
}
