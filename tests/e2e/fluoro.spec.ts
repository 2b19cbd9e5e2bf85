import type { Page } from '@playwright/test'
import { expect, openApp, settledCanvas, test } from './fixtures.ts'
import { changedPixels, decodePng, type Pixels } from './pixels.ts'
import { simulated } from './player.ts'

// Captions and labels off: the pixel tests look at the picture alone; the educator's toolbar.
const QUIET = 'captions=0&labels=0&mode=educator'
const VP_CEMENT = '?procedure=vertebroplasty&chapter=cement'
/** A vertebroplasty whose cement leaks into veins, enough for an X-ray to show (seed chosen for it). */
const LEAKING = '?procedure=vertebroplasty&chapter=cement&t=15&cementViscosity=low&cementVolumeMl=6&seed=7'
/** Story time the cement chapter starts at (fracture 8 s + access 10 s + needle 12 s). */
const CEMENT_STORY_S = 30

/** Hides what the page lays over the canvas (readouts, captions, controls, the educator panel). */
async function pictureOnly(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      '.stage > :not(:has(canvas)), .view > :not(:has(canvas)), .educator-panel { visibility: hidden !important; }',
  })
}

/** The view's picture, settled: the WebGL canvas (and whatever the page lays over it, such as the inset). */
async function picture(page: Page): Promise<Pixels> {
  return decodePng(page, await settledCanvas(page, page.locator('canvas[data-engine]')))
}

/**
 * Pixels by colour: grey (channels within 12 of each other), warm (the warning colour's side:
 * r ≥ g ≥ b), other. The first and last rows are left out: with the canvas on a fractional pixel,
 * a screenshot of it takes in a row of the page around it.
 */
function colours(p: Pixels): { grey: number; warm: number; other: number; total: number } {
  let grey = 0
  let warm = 0
  let other = 0
  for (let i = 4 * p.width; i < p.data.length - 4 * p.width; i += 4) {
    const r = p.data[i] as number
    const g = p.data[i + 1] as number
    const b = p.data[i + 2] as number
    if (Math.max(r, g, b) - Math.min(r, g, b) <= 12) grey++
    else if (r >= g && g >= b) warm++
    else other++
  }
  return { grey, warm, other, total: p.width * (p.height - 2) }
}

/** Near-white pixels (cement, metal) and the summed grey of the picture. */
interface Brightness {
  white: number
  sum: number
}

function brightness(p: Pixels): Brightness {
  let white = 0
  let sum = 0
  for (let i = 0; i < p.data.length; i += 4) {
    const v = p.data[i] as number
    sum += v
    if (v >= 225) white++
  }
  return { white, sum }
}

test.describe('the fluoroscopy view', () => {
  for (const projection of ['lateral', 'ap'] as const) {
    test(`is essentially greyscale (${projection})`, async ({ watched: page }) => {
      await openApp(page, `${VP_CEMENT}&t=12&view=fluoro&fluoro=${projection}&${QUIET}`)
      await simulated(page)
      await pictureOnly(page)
      const p = await picture(page)
      const c = colours(p)
      expect(c.grey / c.total, `grey share; warm ${c.warm}, other ${c.other}`).toBeGreaterThanOrEqual(0.98)
      // A picture, not a blank: dark field outside, bone greys, white cement and needle.
      const { white } = brightness(p)
      expect(white, 'near-white pixels (cement, needle)').toBeGreaterThan(300)
      expect(new Set(Array.from(p.data.filter((_, i) => i % 4 === 0))).size, 'grey levels').toBeGreaterThan(
        60,
      )
    })
  }

  test('marks cement outside the bone in the warning colour, and nothing else in colour', async ({
    watched: page,
  }) => {
    await openApp(page, `${LEAKING}&view=fluoro&${QUIET}`)
    await simulated(page)
    await pictureOnly(page)
    const c = colours(await picture(page))
    expect(c.grey / c.total, `grey share; warm ${c.warm}, other ${c.other}`).toBeGreaterThanOrEqual(0.98)
    expect(c.warm, 'pixels in the warning colour').toBeGreaterThan(150)
    expect(c.other / c.total, 'pixels neither grey nor the warning colour').toBeLessThan(0.002)
  })

  test('the cement gets brighter and larger through its chapter', async ({ watched: page }) => {
    await openApp(page, `${VP_CEMENT}&t=0.5&view=fluoro&${QUIET}`)
    await simulated(page)
    await pictureOnly(page)
    const scrub = page.getByRole('slider', { name: 'Position in the story' })
    const steps: Brightness[] = []
    for (const s of [0.5, 5, 9, 13, 15.9]) {
      await scrub.fill(String(CEMENT_STORY_S + s))
      steps.push(brightness(await picture(page)))
    }
    const whites = steps.map((s) => s.white).join(', ')
    for (let i = 1; i < steps.length; i++) {
      const now = steps[i] as Brightness
      const before = steps[i - 1] as Brightness
      expect(now.white, `near-white pixels at step ${i}: ${whites}`).toBeGreaterThanOrEqual(before.white - 40)
      expect(now.sum, `summed grey at step ${i}`).toBeGreaterThanOrEqual(before.sum * 0.998)
    }
    const first = steps[0] as Brightness
    const last = steps.at(-1) as Brightness
    expect(last.white - first.white, `growth of the white: ${whites}`).toBeGreaterThan(800)
  })

  test('switches from the 3D view and back, and between lateral and AP, from the toolbar', async ({
    watched: page,
  }) => {
    await openApp(page, `${VP_CEMENT}&t=12&${QUIET}`)
    await simulated(page)
    const scene = await picture(page)
    await page.getByRole('button', { name: 'X-ray', exact: true }).click()
    await expect(page).toHaveURL(/view=fluoro/)
    const lateral = await picture(page)
    expect(changedPixels(scene, lateral), '3D → X-ray').toBeGreaterThan(scene.width * scene.height * 0.3)
    await expect(page.getByRole('heading', { name: 'Lateral X-ray' })).toBeVisible()
    await page.getByRole('button', { name: 'AP', exact: true }).click()
    await expect(page).toHaveURL(/fluoro=ap/)
    await expect(page.getByRole('heading', { name: 'AP X-ray' })).toBeVisible()
    const ap = await picture(page)
    expect(changedPixels(lateral, ap), 'lateral → AP').toBeGreaterThan(lateral.width * lateral.height * 0.05)
    await page.getByRole('button', { name: '3D', exact: true }).click()
    const again = await picture(page)
    expect(changedPixels(scene, again), 'back to 3D').toBeLessThan(scene.width * scene.height * 0.01)
  })

  test('as an inset, shows the X-ray in the upper right of the 3D view', async ({ watched: page }) => {
    await openApp(page, `${VP_CEMENT}&t=12&${QUIET}`)
    await simulated(page)
    const scene = await picture(page)
    await page.getByRole('button', { name: 'X-ray inset' }).click()
    await expect(page).toHaveURL(/overlay=fluoro/)
    const inset = page.getByRole('img', { name: /^Lateral X-ray/ })
    await expect(inset).toBeVisible()
    const box = await inset.boundingBox()
    const canvas = await page.locator('canvas').first().boundingBox()
    if (!box || !canvas)
      throw new Error('fluoro inset: expected the inset and the canvas on screen, got none')
    // Upper right (the readout has the upper left, the caption the bottom), about a quarter of the
    // view's width or a third of its height.
    expect(box.x + box.width).toBeGreaterThan(canvas.x + canvas.width * 0.9)
    expect(box.y).toBeLessThan(canvas.y + canvas.height * 0.1)
    expect(box.width).toBeGreaterThan(Math.min(canvas.width * 0.2, canvas.height * 0.3))
    const withInset = await picture(page)
    const changed = changedPixels(scene, withInset)
    expect(changed, 'pixels the inset changed').toBeGreaterThan(box.width * box.height * 0.3)
    expect(changed, 'the 3D view stays').toBeLessThan(scene.width * scene.height * 0.2)
    // The inset's picture is an X-ray: grey but for the warning colour.
    const c = colours(await decodePng(page, await inset.screenshot()))
    expect(c.grey / c.total, 'grey share of the inset').toBeGreaterThanOrEqual(0.98)
    await page.getByRole('button', { name: 'AP', exact: true }).click()
    await expect(page.getByRole('img', { name: /^AP X-ray/ })).toBeVisible()
  })
})
