import { readFileSync } from 'node:fs'
import { procedureTimeAt, storyChapters } from '../../src/playback/story.ts'
import { estimateRisk } from '../../src/sim/risk.ts'
import { sampleProcedure } from '../../src/sim/sampleProcedure.ts'
import { DEFAULT_SCENARIO, parseScenario } from '../../src/sim/scenario.ts'
import { simulate } from '../../src/sim/simulate.ts'
import { expect, openApp, settledCanvas, test } from './fixtures.ts'
import { boneShare, changedPixels, decodePng } from './pixels.ts'
import { chapterOf, simulated, storyTime } from './player.ts'

// The educator's controls: the toolbar, the figures, the panel.
const QUIET = 'captions=0&labels=0&mode=educator'
const canvasPixels = async (page: import('@playwright/test').Page) =>
  decodePng(page, await settledCanvas(page))

test.describe('overlays and views', () => {
  test('each overlay and view changes what is drawn', async ({ watched: page }) => {
    await openApp(page, `?chapter=cement&t=12&${QUIET}`)
    await simulated(page)
    const base = await canvasPixels(page)
    for (const name of ['Height', 'Leak risk']) {
      const button = page.getByRole('button', { name, exact: true })
      await button.click()
      await expect(button).toHaveAttribute('aria-pressed', 'true')
      const on = await canvasPixels(page)
      expect(changedPixels(base, on), `${name} changes the picture`).toBeGreaterThan(1500)
      await button.click()
      await expect(button).toHaveAttribute('aria-pressed', 'false')
    }
    await page.getByRole('button', { name: 'Cut-away', exact: true }).click()
    await expect(page).toHaveURL(/view=cutaway/)
    const cut = await canvasPixels(page)
    expect(changedPixels(base, cut), 'the cut-away changes the picture').toBeGreaterThan(5000)
    const position = page.getByRole('slider', { name: 'Cut position' })
    await position.fill('8')
    const moved = await canvasPixels(page)
    expect(changedPixels(cut, moved), 'moving the cut changes the picture').toBeGreaterThan(1000)
  })

  test('the risk overlay has its legend, and shows the risk the simulation estimates for the case', async ({
    watched: page,
  }) => {
    await openApp(page, `?procedure=vertebroplasty&chapter=cement&t=12&overlay=risk&${QUIET}`)
    const figures = page.getByRole('region', { name: 'Chance of a cement leak' })
    await expect(figures.getByRole('img', { name: /How often cement reached the wall/ })).toBeVisible()
    const shown = figures.locator('[data-risk]')
    await expect(shown).toHaveAttribute('data-risk', /\d/, { timeout: 30_000 })
    const expected = estimateRisk(parseScenario({ procedure: 'vertebroplasty' }).scenario, 32)
    expect(Number(await shown.getAttribute('data-risk'))).toBeCloseTo(expected.pLeak, 6)
    await expect(figures).toContainText(`${Math.round(expected.pLeak * 100)}%`)
    await expect(figures.getByRole('button', { name: 'Source: Hulme 2006' })).toBeVisible()
    await figures.getByRole('button', { name: 'Source: Zhan 2017' }).click()
    await expect(page.getByRole('dialog', { name: 'Sources' })).toContainText('World Neurosurg 2017')
  })

  test('changing the cement updates the risk figures (how fast: npm run bench)', async ({
    watched: page,
  }) => {
    await openApp(page, `?procedure=vertebroplasty&chapter=cement&t=12&overlay=risk&${QUIET}`)
    const shown = page.locator('[data-risk]')
    await expect(shown).toHaveAttribute('data-risk', /\d/, { timeout: 30_000 })
    const before = Number(await shown.getAttribute('data-risk'))
    await page.locator('.educator-panel').getByText('Cement', { exact: true }).first().click() // unfold the panel's cement folder
    await page.getByLabel('Cement viscosity').selectOption({ label: 'low' })
    await expect(shown).not.toHaveAttribute('data-risk', String(before), { timeout: 5_000 })
    await expect(shown).toHaveAttribute('data-risk', /\d/)
    const expected = estimateRisk(
      parseScenario({ procedure: 'vertebroplasty', cementViscosity: 'low' }).scenario,
      32,
    )
    expect(Number(await shown.getAttribute('data-risk'))).toBeCloseTo(expected.pLeak, 6)
  })

  test('the height figures are the simulation’s at that time', async ({ watched: page }) => {
    const scenario = parseScenario({ procedure: 'kyphoplasty' }).scenario
    const result = simulate(scenario)
    await openApp(page, `?chapter=balloon&t=6&overlay=height&${QUIET}`)
    await simulated(page)
    const storyS = await storyTime(page)
    const { heightsMm } = sampleProcedure(result, procedureTimeAt('kyphoplasty', result.phases, storyS))
    for (const key of ['anterior', 'middle', 'posterior'] as const)
      await expect(page.locator(`[data-height="${key}"]`)).toHaveText(`${heightsMm[key].toFixed(1)} mm`)
    expect(DEFAULT_SCENARIO.procedure).toBe('kyphoplasty')
  })

  test('compare shows both procedures on the same chapter, both moving when played', async ({
    watched: page,
  }) => {
    await openApp(page, `?view=compare&chapter=cement&t=1&${QUIET}`)
    await simulated(page)
    await expect(page.locator('canvas')).toHaveCount(2)
    await expect(page.getByRole('heading', { name: /Vertebroplasty · The cement/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: /Balloon kyphoplasty · The cement/ })).toBeVisible()
    // Educators see the model's figures, labelled as the model's, beside what the studies found.
    await expect(page.getByText(/^Leak seen on X-ray, model of \d+ patients$/)).toHaveCount(2)
    await expect(page.locator('.outcome').first()).toContainText('studies:')
    const shots = async () =>
      Promise.all([0, 1].map(async (i) => decodePng(page, await page.locator('canvas').nth(i).screenshot())))
    const before = await shots()
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4')
    await page.keyboard.press('k')
    await page.waitForTimeout(2500)
    await page.keyboard.press('k')
    expect(await chapterOf(page)).toBe('cement')
    const after = await shots()
    for (const i of [0, 1])
      expect(changedPixels(before[i] as never, after[i] as never), `view ${i + 1} moved`).toBeGreaterThan(200)
  })

  test('compare in patient mode shows what head-to-head studies found under each picture, never the model’s interval', async ({
    watched: page,
  }) => {
    await openApp(page, '?view=compare&chapter=cement&t=1&captions=0&labels=0&mode=patient')
    const sides = page.locator('.outcome')
    await expect(sides).toHaveCount(2)
    await expect(sides.nth(0)).toHaveAttribute('aria-label', 'What studies found for vertebroplasty')
    await expect(sides.nth(0)).toContainText('About 8 in 10 treated bones')
    await expect(sides.nth(1)).toContainText('About 7 in 10 treated bones')
    for (const i of [0, 1]) {
      const side = sides.nth(i)
      await expect(side).toContainText('Pain relief')
      await expect(side).toContainText('About the same after either')
      await expect(side.getByRole('button', { name: 'Source: KAVIAR (Dohm 2014)' })).toBeVisible()
      await expect(side.getByRole('button', { name: 'Source: Papanastassiou 2012' })).toBeVisible()
      const words = (await side.textContent()) ?? ''
      expect(words, 'no simulated interval for patients').not.toMatch(/95|interval|this case|model/i)
    }
    // The same view for educators: the model's figures, with their interval.
    await page.getByRole('button', { name: 'Educators' }).click()
    await expect(sides.nth(0)).toContainText(/95% interval|Computing/)
  })

  for (const [width, height] of [
    [360, 640],
    [844, 390],
    [1920, 1080],
  ] as const) {
    test(`every view fits a ${width}×${height} screen without scrolling sideways, each picture tall enough to see`, async ({
      watched: page,
    }) => {
      // Six loads of the app; a 1920 × 1080 compare view is the heaviest picture the suite draws.
      test.setTimeout(150_000)
      await page.setViewportSize({ width, height })
      for (const mode of ['educator', 'patient'])
        for (const view of ['scene', 'compare', 'cutaway']) {
          await openApp(page, `?view=${view}&overlay=risk,height&chapter=cement&t=8&mode=${mode}`)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow, `${mode}, ${view}: page wider than the screen`).toBeLessThanOrEqual(0)
          const boxes = await page
            .locator('canvas')
            .evaluateAll((all) => all.map((c) => c.getBoundingClientRect()))
          const across = boxes.reduce((sum, b) => sum + b.width, 0)
          expect(across, `${mode}, ${view}: the view has room`).toBeGreaterThan(width * 0.4)
          // A short window once left compare's pictures 10 px tall under their titles and outcomes
          // (78 px on a phone held upright); a phone's caption under the view leaves it ~180 px.
          for (const box of boxes)
            expect(box.height, `${mode}, ${view}: a picture's height`).toBeGreaterThanOrEqual(150)
        }
    })
  }
})

test('chapters of both procedures are aligned for compare mode', () => {
  const start = (p: 'vertebroplasty' | 'kyphoplasty') =>
    storyChapters(p).find((c) => c.id === 'cement')?.startS
  expect(start('vertebroplasty')).toBe(start('kyphoplasty'))
})

test.describe('the patient’s own fracture', () => {
  test('heights= from the radiograph set the grade, the shape and the scene, and impossible ones are refused', async ({
    watched: page,
  }) => {
    await openApp(page, '?level=L1&heights=13,18,26&mode=educator')
    await expect(page.locator('[data-measured]')).toHaveText(
      /Genant grade 3, wedge fracture; wedge angle \d+(\.\d)?°/,
    )
    await expect(page.getByRole('img', { name: /wedge fracture of L1/ })).toBeVisible()
    await expect(page).toHaveURL(/heights=13%2C18%2C26/)
    const form = page.getByRole('form', { name: /Heights on the patient’s radiograph/ })
    await form.getByLabel('Front').fill('23')
    await form.getByLabel('Middle').fill('14')
    await form.getByLabel('Back').fill('25')
    await form.getByRole('button', { name: 'Apply' }).click()
    await expect(page.locator('[data-measured]')).toHaveText(/biconcave fracture/)
    await openApp(page, '?level=L1&heights=0,20,26&mode=educator')
    await expect(page.getByRole('alert')).toContainText('heights: expected three positive heights in mm')
  })
})

test('presenter mode hides the chrome, keeps the disclaimer, and steps chapters with a clicker’s keys', async ({
  watched: page,
}) => {
  await openApp(page, '?mode=educator&chapter=access&t=2')
  await page.keyboard.press('p')
  await expect(page.locator('.app')).toHaveClass(/app--presenting/)
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.locator('.educator-panel')).toBeHidden()
  await expect(page.getByText(/not a substitute for the advice of a doctor/)).toBeVisible()
  await page.keyboard.press('PageDown')
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.chapter)).toBe('balloon')
  await page.keyboard.press('p')
  await expect(page.locator('.app-header')).toBeVisible()
})

test('anatomy labels name the parts of the fractured vertebra', async ({ watched: page }) => {
  await openApp(page, '?mode=educator&chapter=fracture&t=7')
  await page.getByRole('button', { name: 'Anatomy', exact: true }).click()
  for (const name of [
    'Vertebral body',
    'Pedicle',
    'Lamina',
    'Spinous process',
    'Transverse process',
    'Endplate',
    'Spinal canal',
    'Disc',
    'Basivertebral vein',
  ])
    await expect(page.locator('.anatomy-label', { hasText: name })).toBeVisible()
  await expect(page).toHaveURL(/overlay=anatomy/)
})

/** Records about 2.5 s with the educator's button; the video's size and length, read in a blank page. */
async function recordVideo(page: import('@playwright/test').Page) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Record video' }).click()
  await page.waitForTimeout(2500)
  await page.getByRole('button', { name: 'Stop recording' }).click()
  const file = await download
  const bytes = readFileSync(await file.path())
  // Its duration, as a video element reads it (WebM from MediaRecorder needs a seek to learn it),
  // in a blank page: the app's CSP plays no media from data: or blob: addresses, rightly.
  const blank = await page.context().newPage()
  const video = await blank.evaluate(async (b64) => {
    const video = document.createElement('video')
    video.src = URL.createObjectURL(await (await fetch(`data:video/webm;base64,${b64}`)).blob())
    await new Promise((r) => video.addEventListener('loadedmetadata', r, { once: true }))
    if (!Number.isFinite(video.duration)) {
      video.currentTime = 1e9
      await new Promise((r) => video.addEventListener('durationchange', r, { once: true }))
    }
    return { seconds: video.duration, width: video.videoWidth }
  }, bytes.toString('base64'))
  await blank.close()
  return { name: file.suggestedFilename(), bytes: bytes.byteLength, ...video }
}

test('records the procedure as a WebM video with its captions', async ({ watched: page }) => {
  await openApp(page, '?mode=educator&procedure=vertebroplasty')
  await simulated(page)
  const video = await recordVideo(page)
  expect(video.name).toBe('spine3d-vertebroplasty-L1.webm')
  expect(video.bytes, 'bytes of video').toBeGreaterThan(5_000)
  expect(video.seconds, 'seconds of video').toBeGreaterThan(1)
})

test('in compare mode the video shows both sides', async ({ watched: page }) => {
  await openApp(page, '?mode=educator&view=compare')
  await simulated(page)
  const sides = await page
    .locator('canvas')
    .evaluateAll((all) => all.map((c) => c.getBoundingClientRect().width))
  const video = await recordVideo(page)
  expect(video.seconds, 'seconds of video').toBeGreaterThan(1)
  expect(video.width, 'as wide as the two sides').toBeGreaterThanOrEqual(
    Math.floor((sides[0] ?? 0) + (sides[1] ?? 0)),
  )
})

test('share: a copied link reopens the same picture, camera included; a picture of the view saves as PNG', async ({
  watched: page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page, `?mode=educator&chapter=balloon&t=5&${QUIET}&debug=1`)
  await simulated(page)
  // Turn the view away from the chapter's own camera, so the link must carry it.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft')
  const before = await canvasPixels(page)
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/camera=/)
  expect(link).toMatch(/chapter=balloon/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save picture' }).click()
  expect((await download).suggestedFilename()).toBe('spine3d-kyphoplasty-L1.png')
  await page.goto(link)
  await page.waitForSelector('html[data-ready="true"]')
  await simulated(page)
  const after = await canvasPixels(page)
  expect(changedPixels(before, after), 'pixels that differ on the reopened link').toBeLessThan(
    before.width * before.height * 0.01,
  )
})

test('a saved picture shows what the view shows: both sides in compare, the X-ray inset over the 3D view', async ({
  watched: page,
}) => {
  const save = async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save picture' }).click()
    const path = await (await download).path()
    return decodePng(page, readFileSync(path))
  }
  await openApp(page, `?view=compare&chapter=cement&t=12&${QUIET}`)
  await simulated(page)
  await settledCanvas(page, page.locator('canvas').last())
  const sides = await page
    .locator('canvas')
    .evaluateAll((all) => all.map((c) => c.getBoundingClientRect().width))
  expect(sides).toHaveLength(2)
  const both = await save()
  expect(both.width, 'as wide as the two sides').toBeGreaterThanOrEqual(
    Math.floor((sides[0] ?? 0) + (sides[1] ?? 0)),
  )
  for (const [name, x0] of [
    ['left', 0],
    ['right', 0.5],
  ] as const)
    expect(boneShare(both, x0, 0.1, x0 + 0.5, 0.9), `bone in the ${name} side`).toBeGreaterThan(0.05)

  await openApp(page, `?overlay=fluoro&chapter=cement&t=12&${QUIET}`)
  await simulated(page)
  await settledCanvas(page, page.locator('canvas').first())
  const view = await page.locator('canvas').first().boundingBox()
  const inset = await page.locator('canvas.fluoro-inset-image').boundingBox()
  if (!view || !inset) throw new Error('expected the view and the X-ray inset on the page')
  const picture = await save()
  // The inset's middle in the saved picture is the radiograph: grey, not the 3D view's warm bone.
  const scale = picture.width / view.width
  let grey = 0
  let total = 0
  for (let y = inset.y + inset.height * 0.3; y < inset.y + inset.height * 0.7; y += 2)
    for (let x = inset.x + inset.width * 0.3; x < inset.x + inset.width * 0.7; x += 2) {
      const i = (Math.round((y - view.y) * scale) * picture.width + Math.round((x - view.x) * scale)) * 4
      const [r, g, b] = [picture.data[i] ?? 0, picture.data[i + 1] ?? 0, picture.data[i + 2] ?? 0]
      total++
      if (Math.max(r, g, b) - Math.min(r, g, b) < 10) grey++
    }
  expect(grey / total, 'grey pixels where the inset is').toBeGreaterThan(0.8)
})

test('the print view: one page with a picture of each chapter, the figures with sources, the disclaimer', async ({
  watched: page,
}) => {
  await page.addInitScript(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed++
    }
  })
  await openApp(page, '?mode=educator&procedure=vertebroplasty')
  await simulated(page)
  await page.getByRole('button', { name: 'Print for the patient' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 30_000 })
    .toBe(1)
  await page.emulateMedia({ media: 'print' })
  const sheet = page.locator('.print-sheet')
  await expect(sheet).toBeVisible()
  await expect(page.locator('.app')).toBeHidden()
  await expect(sheet.locator('.print-frames img')).toHaveCount(5)
  await expect(sheet).toContainText('What the studies say')
  await expect(sheet).toContainText('Hulme 2006')
  // The risks beside the benefits, and the patient's day, on paper too.
  await expect(sheet.locator('h3', { hasText: 'Risks' })).toHaveCount(1) // the sheet is aria-hidden: not by role
  await expect(sheet).toContainText('infection')
  await expect(sheet).toContainText('goes to the lungs')
  await expect(sheet).toContainText('J Orthop Surg Res 2018')
  await expect(sheet).toContainText('Before, during and after')
  await expect(sheet).toContainText('Kallmes')
  await expect(sheet).toContainText('not a substitute for the advice of a doctor')
  const src = await sheet.locator('.print-frames img').first().getAttribute('src')
  expect(src?.startsWith('data:image/png')).toBe(true)
})
