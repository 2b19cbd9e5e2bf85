import { expect, openApp, settledCanvas, test } from './fixtures.ts'
import { changedPixels, decodePng, type Pixels } from './pixels.ts'
import { chapterOf, isPlaying, simulated, storyTime } from './player.ts'

/**
 * Pixels of the balloon tamp's translucent blue (over bone or background): nothing else in the
 * scene is this blue. The right of the view, where the educator panel's blue sliders sit, is left out.
 */
function balloonPixels(p: Pixels): number {
  let n = 0
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width * 0.7; x++) {
      const i = (y * p.width + x) * 4
      const r = p.data[i] as number
      const g = p.data[i + 1] as number
      const b = p.data[i + 2] as number
      if (b > 110 && b - r > 55 && b - g > 20) n++
    }
  }
  return n
}

// Captions and labels off: the pixel tests look at the scene alone.
const QUIET = 'captions=0&labels=0'

test.describe('the player', () => {
  test('opens a linked frame, paused, in that chapter, with its caption', async ({ watched: page }) => {
    await openApp(page, '?procedure=vertebroplasty&chapter=cement&t=4.5')
    await simulated(page)
    await expect.poll(() => chapterOf(page)).toBe('cement')
    await expect.poll(() => isPlaying(page)).toBe(false)
    await expect(page.getByRole('heading', { name: 'The cement' })).toBeVisible()
    await expect(page.getByRole('button', { name: '4 The cement' })).toHaveAttribute('aria-current', 'step')
    expect(await storyTime(page)).toBeCloseTo(30 + 4.5, 1)
    await expect(page).toHaveURL(/chapter=cement&t=4\.5/)
  })

  test('says what is wrong with a bad chapter or time, and opens sensibly', async ({ watched: page }) => {
    await openApp(page, '?procedure=vertebroplasty&chapter=balloon&t=abc')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('"balloon" is not a chapter of vertebroplasty')
    await expect(alert).toContainText('t: expected seconds from 0 to 12, got "abc"')
    await expect.poll(() => chapterOf(page)).toBe('needle')
  })

  test('draws a balloon in kyphoplasty, and never in vertebroplasty', async ({ watched: page }) => {
    await openApp(page, `?procedure=kyphoplasty&chapter=balloon&t=7&${QUIET}`)
    await simulated(page)
    const kypho = balloonPixels(await decodePng(page, await settledCanvas(page)))
    expect(kypho, 'balloon pixels while it inflates').toBeGreaterThan(400)
    for (const [chapter, t] of [
      ['access', 8],
      ['needle', 6],
      ['cement', 8],
      ['result', 2],
    ] as const) {
      await openApp(page, `?procedure=vertebroplasty&chapter=${chapter}&t=${t}&${QUIET}`)
      await simulated(page)
      const vp = balloonPixels(await decodePng(page, await settledCanvas(page)))
      expect(vp, `balloon pixels in vertebroplasty's ${chapter} chapter`).toBeLessThan(40)
    }
  })

  test('scrubbing away and back restores the earlier image', async ({ watched: page }) => {
    await openApp(page, `?procedure=kyphoplasty&chapter=balloon&t=6&${QUIET}`)
    await simulated(page)
    const first = await decodePng(page, await settledCanvas(page))
    const scrub = page.getByRole('slider', { name: 'Position in the story' })
    await scrub.fill('48')
    await expect.poll(() => chapterOf(page)).toBe('result')
    const away = await decodePng(page, await settledCanvas(page))
    expect(changedPixels(first, away), 'the result chapter looks different').toBeGreaterThan(5000)
    await scrub.fill('24')
    await expect.poll(() => chapterOf(page)).toBe('balloon')
    const back = await decodePng(page, await settledCanvas(page))
    expect(changedPixels(first, back), 'pixels that differ after coming back').toBeLessThan(
      first.width * first.height * 0.01,
    )
  })

  test('plays, advancing the story and the chapters, and pauses at the end', async ({ watched: page }) => {
    await openApp(page, '?procedure=vertebroplasty&chapter=result&t=6')
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4')
    await page.getByRole('button', { name: 'Play' }).click()
    await expect.poll(() => isPlaying(page)).toBe(true)
    await expect.poll(() => isPlaying(page), { timeout: 15_000 }).toBe(false)
    expect(await storyTime(page)).toBeCloseTo(56, 0)
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  })

  test('the address follows the player only while it is paused', async ({ watched: page }) => {
    await openApp(page, '?procedure=kyphoplasty&chapter=access&t=1')
    await page.keyboard.press('k')
    await page.waitForTimeout(1500)
    await expect(page).toHaveURL(/chapter=access&t=1(&|$)/)
    await page.keyboard.press('k')
    await expect.poll(() => isPlaying(page)).toBe(false)
    const shown = await storyTime(page)
    await expect(page).not.toHaveURL(/chapter=access&t=1(&|$)/)
    await page.reload()
    await page.waitForSelector('html[data-ready="true"]')
    expect(await storyTime(page)).toBeCloseTo(shown, 0)
  })

  test('a scenario change while playing keeps playing and shows the new result', async ({
    watched: page,
  }) => {
    await openApp(page, '?procedure=kyphoplasty&chapter=cement&t=0&mode=educator')
    await simulated(page)
    await page.getByRole('button', { name: 'Play' }).click()
    const before = await storyTime(page)
    const simulatedAgain = page.evaluate(
      () =>
        new Promise((resolve) =>
          window.addEventListener(
            'spine3d:simulated',
            (e) => resolve((e as CustomEvent).detail.scenario.level),
            { once: true },
          ),
        ),
    )
    await page.getByLabel('Level', { exact: true }).selectOption({ label: 'T12' })
    expect(await simulatedAgain).toBe('T12')
    // Still playing and still moving: the page did not freeze while the worker simulated.
    await expect.poll(() => isPlaying(page)).toBe(true)
    await expect.poll(() => storyTime(page)).toBeGreaterThan(before + 1)
    await expect.poll(() => chapterOf(page)).toBe('cement')
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0
          const start = performance.now()
          const tick = () => {
            n++
            if (performance.now() - start < 1000) requestAnimationFrame(tick)
            else resolve(n)
          }
          requestAnimationFrame(tick)
        }),
    )
    expect(frames, 'animation frames in a second').toBeGreaterThan(3)
  })
})

test.describe('the player keys', () => {
  for (const focus of ['view', 'player'] as const) {
    test(`work with the focus on the ${focus}`, async ({ watched: page }) => {
      await openApp(page, '?procedure=kyphoplasty&chapter=balloon&t=2')
      if (focus === 'view') await page.locator('canvas').focus()
      else await page.getByRole('slider', { name: 'Position in the story' }).focus()
      const at = () => storyTime(page)
      await page.keyboard.press('ArrowRight')
      await expect.poll(at).toBeCloseTo(25, 1)
      await page.keyboard.press('ArrowLeft')
      await expect.poll(at).toBeCloseTo(20, 1)
      await page.keyboard.press('l')
      await expect.poll(at).toBeCloseTo(30, 1)
      await page.keyboard.press('j')
      await expect.poll(at).toBeCloseTo(20, 1)
      await page.keyboard.press('.')
      await expect.poll(at).toBeCloseTo(20.1, 1)
      await page.keyboard.press(',')
      await expect.poll(at).toBeCloseTo(20, 1)
      await page.keyboard.press('End')
      await expect.poll(at).toBe(56)
      await page.keyboard.press('Home')
      await expect.poll(at).toBe(0)
      await page.keyboard.press('5')
      await expect.poll(() => chapterOf(page)).toBe('cement')
      await page.keyboard.press('PageDown')
      await expect.poll(() => chapterOf(page)).toBe('result')
      await page.keyboard.press('PageUp')
      await page.keyboard.press('PageUp') // at the chapter's start: to the one before
      await expect.poll(() => chapterOf(page)).toBe('cavity')
      await page.keyboard.press('k')
      await expect.poll(() => isPlaying(page)).toBe(true)
      await page.keyboard.press('k')
      await expect.poll(() => isPlaying(page)).toBe(false)
      if (focus === 'view') {
        await page.keyboard.press(' ')
        await expect.poll(() => isPlaying(page)).toBe(true)
        await page.keyboard.press(' ')
        await expect.poll(() => isPlaying(page)).toBe(false)
      }
      await page.keyboard.press('c')
      await expect(page.locator('.caption')).toBeHidden()
      await page.keyboard.press('c')
      await expect(page.locator('.caption')).toBeVisible()
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toBeHidden()
    })
  }

  test('leave text fields alone', async ({ watched: page }) => {
    await openApp(page, '?chapter=balloon&t=2&mode=educator')
    const field = page.getByRole('textbox', { name: 'Height loss' })
    await field.focus()
    await page.keyboard.press('End')
    await page.keyboard.press('k')
    expect(await storyTime(page)).toBeCloseTo(20, 1)
    await expect.poll(() => isPlaying(page)).toBe(false)
  })
})

test.describe('the frame loop', () => {
  const framesDrawn = (page: import('@playwright/test').Page) =>
    page.evaluate(() => window.__spine3d?.renderer().frames ?? Number.NaN)

  test('draws nothing while paused and nothing moves, and draws while playing', async ({ watched: page }) => {
    await openApp(page, '?chapter=cement&t=2&debug=1')
    await simulated(page)
    await settledCanvas(page)
    const before = await framesDrawn(page)
    await page.waitForTimeout(1500)
    expect(await framesDrawn(page), 'frames drawn in 1.5 s, paused').toBe(before)
    await page.keyboard.press('k')
    await page.waitForTimeout(1500)
    expect(await framesDrawn(page), 'frames drawn in 1.5 s, playing').toBeGreaterThan(before + 3)
  })

  test('on a software renderer, draws the intact column coarse and at 0.55 of the pixels’ size while playing, in full when paused', async ({
    watched: page,
  }) => {
    await openApp(page, '?chapter=cement&t=2&debug=1')
    const renderer = (await page.locator('[data-renderer]').first().getAttribute('data-renderer')) ?? ''
    test.skip(
      !/swiftshader|llvmpipe|software/i.test(renderer),
      `a hardware renderer (${renderer}) keeps its detail`,
    )
    await simulated(page)
    await settledCanvas(page)
    const triangles = () => page.evaluate(() => window.__spine3d?.renderer().triangles ?? Number.NaN)
    // The canvas's backing store against its size on the page (MOVING_DPR in scene/motionDpr.ts).
    const resolution = () =>
      page.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width)
    const paused = await triangles()
    expect(await resolution(), 'pixels per CSS pixel, paused').toBeCloseTo(1, 1)
    await page.keyboard.press('k')
    await expect.poll(triangles, { message: 'triangles drawn a frame, playing' }).toBeLessThan(paused * 0.6)
    await expect.poll(resolution, { message: 'pixels per CSS pixel, playing' }).toBeCloseTo(0.55, 1)
    // Still so a second later, after the page has re-rendered the canvas (the chapter readouts).
    await page.waitForTimeout(1000)
    expect(await resolution(), 'pixels per CSS pixel, still playing').toBeCloseTo(0.55, 1)
    await page.keyboard.press('k')
    await expect
      .poll(triangles, { message: 'triangles drawn a frame, paused again' })
      .toBeGreaterThan(paused * 0.9)
    await expect.poll(resolution, { message: 'pixels per CSS pixel, paused again' }).toBeCloseTo(1, 1)
  })

  test('with reduced motion, cuts to each chapter’s view instead of flying', async ({ watched: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openApp(page, '?chapter=fracture&t=6&debug=1')
    const camera = () => page.evaluate(() => window.__spine3d?.camera().position ?? [])
    const start = await camera()
    await page.keyboard.press('3')
    // One frame later the camera is already where the chapter wants it, and stays.
    await page.waitForTimeout(300)
    const cut = await camera()
    await page.waitForTimeout(700)
    expect(await camera()).toEqual(cut)
    expect(Math.hypot(...cut.map((v, i) => v - (start[i] as number)))).toBeGreaterThan(50)
  })
})

/** Neutral grey pixels, light to mid: the cement (#dde2e6, shaded). Bone is warm, discs and background bluish. */
function cementPixels(p: Pixels): number {
  let n = 0
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width * 0.7; x++) {
      const i = (y * p.width + x) * 4
      const r = p.data[i] as number
      const g = p.data[i + 1] as number
      const b = p.data[i + 2] as number
      if (r >= 80 && Math.max(r, g, b) - Math.min(r, g, b) <= 10) n++
    }
  }
  return n
}

test.describe('the cement', () => {
  test('grows through the cement chapter, and scrubbing back shrinks it again', async ({ watched: page }) => {
    const counts: number[] = []
    await openApp(page, `?procedure=vertebroplasty&chapter=cement&t=0.5&${QUIET}`)
    await simulated(page)
    const scrub = page.getByRole('slider', { name: 'Position in the story' })
    for (const t of [30.5, 34, 38, 42, 45.9]) {
      await scrub.fill(String(t))
      counts.push(cementPixels(await decodePng(page, await settledCanvas(page))))
    }
    for (let i = 1; i < counts.length; i++)
      expect(counts[i], `cement pixels at step ${i}: ${counts.join(', ')}`).toBeGreaterThanOrEqual(
        (counts[i - 1] as number) - 150,
      )
    expect((counts.at(-1) as number) - (counts[0] as number), `growth: ${counts.join(', ')}`).toBeGreaterThan(
      1000,
    )
    await scrub.fill('30.5')
    const back = cementPixels(await decodePng(page, await settledCanvas(page)))
    expect(Math.abs(back - (counts[0] as number)), 'back at the start of the chapter').toBeLessThan(300)
  })
})

test.describe('the two audiences', () => {
  test('a first visit opens for patients: the story, plain figures with sources, no technical panel', async ({
    watched: page,
  }) => {
    await openApp(page)
    await expect(page).toHaveURL(/mode=patient/)
    await expect(page.getByRole('button', { name: 'Patients' })).toHaveAttribute('aria-pressed', 'true')
    const studies = page.locator('.side .studies')
    // Beside the view on demand (the view keeps the window until then).
    await page.getByRole('button', { name: 'What the studies say' }).click()
    await expect(page.getByRole('heading', { name: 'What the studies say' })).toBeVisible()
    // The benefits, with similar pain relief after either, and the risks beside them, not behind a click.
    await expect(studies).toContainText('pain eased about as much after each')
    await expect(studies.getByRole('heading', { name: 'Risks' })).toBeVisible()
    await expect(studies).toContainText('about 9 in 100 bones treated by balloon kyphoplasty')
    await expect(studies).toContainText('an infection or bleed')
    await expect(page.locator('.educator-panel')).toHaveCount(0)
    await expect(page.locator('.caption-note')).toHaveCount(0)
    await page.getByRole('button', { name: 'Vertebroplasty' }).click()
    await expect(studies).toContainText('about 41 in 100 bones treated by vertebroplasty')
    await page.getByRole('button', { name: 'How do doctors choose?' }).click()
    const dialog = page.getByRole('dialog', { name: 'How do doctors choose?' })
    await expect(dialog).toContainText('Questions you may want to ask your doctor')
    await expect(dialog.getByRole('heading', { name: 'Before, during and after' })).toBeVisible()
    await expect(dialog).toContainText('Most people go home the same day.')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Educators' }).click()
    await expect(page).toHaveURL(/mode=educator/)
    await expect(page.locator('.educator-panel')).toBeVisible()
    await page.reload()
    await page.waitForSelector('html[data-ready="true"]')
    await expect(page.getByRole('button', { name: 'Educators' })).toHaveAttribute('aria-pressed', 'true')
  })

  test('the text size control scales the page’s text', async ({ watched: page }) => {
    await openApp(page, '?mode=patient')
    const size = () =>
      page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.querySelector('.caption-text') as Element).fontSize),
      )
    const before = await size()
    await page.getByRole('button', { name: 'Larger text' }).click()
    await page.getByRole('button', { name: 'Larger text' }).click()
    expect(await size()).toBeGreaterThan(before * 1.25)
  })
})
