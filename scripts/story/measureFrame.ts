/**
 * What a viewer gets from one frame of the story, measured on the page as it is shown (the caption
 * and everything over the view included), through the `?debug=1` hook:
 * - coverage: the share of the view's pixels where the fractured vertebra shows, uncovered — its
 *   mesh painted flat magenta for one frame, the magenta pixels counted in a screenshot of the view.
 *   The cement and leaks are hidden meanwhile: they are inside the subject (once the story cuts the
 *   bone open they lie in front of its cut face, and would count against it), as the opaque
 *   magenta hid them inside a see-through bone;
 * - the subject's box: where those pixels lie with the caption taken away (what it would cover);
 * - cement change: the share of the vertebra's visible pixels that change when the cement and the
 *   leaks are hidden.
 * Used by `npm run storyboard` and the browser tests (tests/e2e/story.spec.ts).
 */
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface FrameMeasures {
  /** Share of the view's pixels that show the fractured vertebra, uncovered (0–1). */
  coverage: number
  /** The vertebra's pixels, in the page's coordinates, as if nothing lay over the view; null if none. */
  subjectBox: Box | null
  /** The caption's box in the page, if one shows. */
  captionBox: Box | null
  /** Share of the vertebra's visible pixels that the cement and leaks change (0–1). */
  cementChange: number
}

/** A colour no part of the scene has. */
export const MAGENTA = '#ff00ff'

export function decode(png: Buffer): PNG {
  return PNG.sync.read(png)
}

/** Pixels painted magenta (a little blending at the edges allowed). */
export function magentaMask(image: PNG): Uint8Array {
  const mask = new Uint8Array(image.width * image.height)
  const d = image.data
  for (let i = 0; i < mask.length; i++) {
    const r = d[4 * i] as number
    const g = d[4 * i + 1] as number
    const b = d[4 * i + 2] as number
    mask[i] = r - g > 150 && b - g > 150 ? 1 : 0
  }
  return mask
}

/** The smallest box holding every set pixel of `mask` (null if none). */
export function maskBox(mask: Uint8Array, width: number): Box | null {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -1
  let y1 = -1
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue
    const x = i % width
    const y = (i - x) / width
    x0 = Math.min(x0, x)
    x1 = Math.max(x1, x)
    y0 = Math.min(y0, y)
    y1 = Math.max(y1, y)
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }
}

/** Share of `mask`'s pixels whose colour differs between `a` and `b` by more than `tolerance`. */
export function changedShare(a: PNG, b: PNG, mask: Uint8Array, tolerance = 24): number {
  let inside = 0
  let changed = 0
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue
    inside++
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[4 * i + c] as number) - (b.data[4 * i + c] as number)) > tolerance) {
        changed++
        break
      }
    }
  }
  return inside === 0 ? 0 : changed / inside
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

async function shot(page: Page, clip: Box): Promise<PNG> {
  await page.evaluate(() => window.__spine3d?.idle())
  return decode(await page.screenshot({ clip }))
}

/** Measures the frame on screen (the app opened with `?debug=1`, paused). */
export async function measureFrame(page: Page, level: string): Promise<FrameMeasures> {
  const view = await page.locator('.view').first().boundingBox()
  if (!view) throw new Error('measureFrame: expected a .view element on the page, got none')
  const clip = {
    x: Math.round(view.x),
    y: Math.round(view.y),
    width: Math.floor(view.width),
    height: Math.floor(view.height),
  }
  const vertebra = `vertebra-${level}`
  const shown = await shot(page, clip)
  await page.evaluate(() => {
    window.__spine3d?.hide('cement', true)
    window.__spine3d?.hide('leaks', true)
  })
  const withoutCement = await shot(page, clip)
  await page.evaluate(({ name, color }) => window.__spine3d?.paint(name, color), {
    name: vertebra,
    color: MAGENTA,
  })
  const painted = await shot(page, clip)
  const mask = magentaMask(painted)
  const caption = page.locator('.caption:not([hidden])')
  const captionBox = (await caption.count()) > 0 ? await caption.first().boundingBox() : null
  let subjectBox = maskBox(mask, painted.width)
  if (captionBox) {
    await caption.first().evaluate((e: HTMLElement) => {
      e.style.visibility = 'hidden'
    })
    subjectBox = maskBox(magentaMask(await shot(page, clip)), clip.width)
    await caption.first().evaluate((e: HTMLElement) => {
      e.style.visibility = ''
    })
  }
  await page.evaluate((name) => {
    window.__spine3d?.paint(name, null)
    window.__spine3d?.hide('cement', false)
    window.__spine3d?.hide('leaks', false)
  }, vertebra)
  await page.evaluate(() => window.__spine3d?.idle())
  let count = 0
  for (const v of mask) count += v
  return {
    coverage: count / mask.length,
    subjectBox: subjectBox && { ...subjectBox, x: subjectBox.x + clip.x, y: subjectBox.y + clip.y },
    captionBox,
    cementChange: changedShare(shown, withoutCement, mask),
  }
}
