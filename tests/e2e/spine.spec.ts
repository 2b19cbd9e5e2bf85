import { initialScripts } from '../../scripts/build/initialScripts.ts'
import { expect, openApp, settledCanvas, test } from './fixtures.ts'
import { boneShare, changedPixels, decodePng, distinctColours } from './pixels.ts'

test.describe('the spine view', () => {
  test('opens on a lit, shaded spine down the middle, with no errors and no network', async ({
    watched: page,
  }, info) => {
    await openApp(page)
    const shot = await settledCanvas(page)
    await info.attach('default-view', { body: shot, contentType: 'image/png' })
    await page.screenshot({ path: info.outputPath('default-view.png') })
    const pixels = await decodePng(page, shot)
    expect(distinctColours(pixels), 'shading gives many distinct colours').toBeGreaterThan(150)
    expect(boneShare(pixels, 0.42, 0.1, 0.58, 0.9), 'bone down the centre').toBeGreaterThan(0.25)
    expect(boneShare(pixels, 0, 0, 0.15, 0.15), 'background in the corner').toBe(0)
    await expect(page.getByRole('img', { name: /fracture of L1/ })).toBeVisible()
    await expect(page.getByText(/not a substitute for the advice of a doctor/)).toBeVisible()
  })

  test('changing the grade in the educator panel re-shapes the fractured vertebra and the link', async ({
    watched: page,
  }) => {
    await openApp(page, '?level=L1&grade=1&shape=wedge&mode=educator')
    const before = await decodePng(page, await settledCanvas(page))
    const grade = page.getByLabel('Genant grade')
    await grade.fill('3')
    await grade.press('Enter')
    await expect(page).toHaveURL(/grade=3/)
    await expect(page.getByRole('textbox', { name: 'Height loss' })).toHaveValue(/^50/)
    const after = await decodePng(page, await settledCanvas(page))
    expect(changedPixels(before, after), 'pixels that changed').toBeGreaterThan(1500)
  })

  test('a shared link reopens the same fracture', async ({ watched: page }) => {
    await openApp(page, '?level=T8&loss=45&shape=crush&mode=educator')
    await expect(page.getByRole('img', { name: /crush fracture of T8 that has lost 45%/ })).toBeVisible()
    // leva's select holds option indices as values: read the chosen option's text.
    await expect(page.getByLabel('Level', { exact: true }).locator('option:checked')).toHaveText('T8')
    await expect(page.locator('.level-label--fractured')).toHaveText('T8')
    await expect(page).toHaveURL(/level=T8/)
    await expect(page).toHaveURL(/loss=45/)
  })

  test('bad values in the link are refused or clamped, with a message saying what is allowed', async ({
    watched: page,
  }) => {
    await openApp(page, '?level=Z9&loss=75&shape=cube')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Z9')
    await expect(alert).toContainText('T4 | T5')
    await expect(alert).toContainText('loss: 75 is outside 0–60 % — clamped to 60')
    await expect(alert).toContainText('wedge | biconcave | crush')
    await expect(page.getByRole('img', { name: /wedge fracture of L1 that has lost 60%/ })).toBeVisible()
    await alert.getByRole('button', { name: 'Dismiss' }).first().click()
    await expect(alert.getByRole('listitem')).toHaveCount(2)
  })

  test('level labels can be switched off and on', async ({ watched: page }) => {
    await openApp(page, '?mode=educator')
    await expect(page.locator('.level-label')).toHaveCount(17)
    // leva draws its own checkbox over the real one, which sits out of view.
    await page.getByLabel('Level labels').dispatchEvent('click')
    await expect(page.locator('.level-label')).toHaveCount(0)
    await expect(page).toHaveURL(/labels=0/)
  })

  test('zooming and panning stay within limits that keep the spine in view', async ({ watched: page }) => {
    await openApp(page)
    const canvas = page.locator('canvas')
    const box = await canvas.boundingBox()
    if (!box) throw new Error('no canvas')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 400) // far out
    const out = await decodePng(page, await settledCanvas(page))
    expect(boneShare(out, 0.3, 0.2, 0.7, 0.8), 'bone still in view when zoomed out').toBeGreaterThan(0.005)
    // Pan (right-drag) far to one side.
    await page.mouse.move(box.x + 100, box.y + box.height / 2)
    await page.mouse.down({ button: 'right' })
    await page.mouse.move(box.x + box.width - 50, box.y + box.height / 2, { steps: 12 })
    await page.mouse.up({ button: 'right' })
    const panned = await decodePng(page, await settledCanvas(page))
    expect(boneShare(panned, 0, 0, 1, 1), 'bone still in view after a long pan').toBeGreaterThan(0.002)
  })

  test('turns and zooms from the keyboard', async ({ watched: page }) => {
    await openApp(page)
    const before = await decodePng(page, await settledCanvas(page))
    await page.locator('canvas').focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft')
    const turned = await decodePng(page, await settledCanvas(page))
    expect(changedPixels(before, turned), 'pixels changed by turning').toBeGreaterThan(3000)
    for (let i = 0; i < 3; i++) await page.keyboard.press('+')
    const zoomed = await decodePng(page, await settledCanvas(page))
    expect(boneShare(zoomed, 0, 0, 1, 1), 'zooming in shows more bone').toBeGreaterThan(
      boneShare(turned, 0, 0, 1, 1),
    )
  })

  test('fills its container as it resizes, down to a phone held upright', async ({ watched: page }) => {
    await openApp(page)
    for (const [width, height] of [
      [700, 900],
      [360, 640],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height })
      await expect
        .poll(
          async () => {
            const box = await page.locator('canvas').boundingBox()
            const view = await page.locator('.view').boundingBox()
            return box && view ? Math.round(box.width) === Math.round(view.width) : false
          },
          { message: `canvas as wide as the view at ${width} px` },
        )
        .toBe(true)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `no sideways scroll at ${width} px`,
      ).toBeLessThanOrEqual(width)
    }
  })

  test('keeps the educator panel (leva) out of the first JavaScript', async ({ watched: page, request }) => {
    await openApp(page, '?mode=educator')
    const html = await (await request.get('/')).text()
    // What the page runs before anything lazy: its entry script and the app's script with its imports.
    const first = await initialScripts(html, async (file) => (await request.get(`/${file}`)).text())
    expect(first.length, 'the entry and the app').toBeGreaterThan(1)
    const code = (await Promise.all(first.map(async (file) => (await request.get(`/${file}`)).text()))).join(
      '\n',
    )
    expect(code).not.toContain('leva__')
    // The panel's chunk is named there, to be fetched when an educator opens it.
    expect(code).toContain('EducatorPanel')
  })
})

test('paints the title and a still picture of the view before it fetches the app’s script; nothing larger later', async ({
  watched: page,
}) => {
  // On a slow line the app's 400 KiB would share the bandwidth with the first paint, and on a slow
  // phone its first second of work would hold the picture back: the picture comes first. And the
  // app's own copy of the picture must not count as a new, later "largest paint": at 1350 × 940
  // the page's copy was cut by 0.2 px and the app's became the largest, after all its script.
  await page.addInitScript(() => {
    const paints: { className: string; at: number }[] = []
    ;(window as unknown as { __paints: typeof paints }).__paints = paints
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LargestContentfulPaint[])
        paints.push({ className: entry.element?.className ?? '', at: entry.startTime })
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1350, height: 940 },
    { width: 412, height: 823 },
  ]) {
    await page.setViewportSize(viewport)
    await openApp(page)
    const { paints, appScriptAt } = await page.evaluate(() => ({
      paints: (window as unknown as { __paints: { className: string; at: number }[] }).__paints,
      appScriptAt: performance
        .getEntriesByType('resource')
        .find((r) => /\/assets\/main-[^/]*\.js$/.test(r.name))?.startTime,
    }))
    const size = `${viewport.width}×${viewport.height}`
    const largest = paints.at(-1)
    expect(
      largest?.className,
      `${size}: the largest paint is the still picture: ${JSON.stringify(paints)}`,
    ).toBe('view-poster')
    expect(appScriptAt, `${size}: the app's script was fetched`).toBeDefined()
    expect(
      largest?.at ?? Number.POSITIVE_INFINITY,
      `${size}: painted before the app's script was fetched`,
    ).toBeLessThan(appScriptAt ?? 0)
  }
})

test('says plainly when WebGL is missing, instead of a blank page', async ({ watched: page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('needs WebGL')
})
