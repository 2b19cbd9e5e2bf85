/**
 * The story, seen: what a viewer gets from each chapter's picture (scripts/story/measureFrame.ts),
 * as a patient on a laptop and on a phone and an educator on a laptop — the fractured vertebra
 * large and uncovered, the caption never over it, the cement changing a quarter of it by the end of
 * its chapter — and the view's share of the window, the way back to the story's camera, the words
 * always over the labels. One page per setting: each frame is opened the way the back button opens
 * one (the address, then `popstate`), not by reloading.
 */
import type { Page } from '@playwright/test'
import { boxesIntersect, measureFrame } from '../../scripts/story/measureFrame.ts'
import { CHAPTER_DURATION_S, type ChapterId, storyChapters } from '../../src/playback/story.ts'
import type { Procedure } from '../../src/sim/scenarioFields.ts'
import { expect, openApp, test } from './fixtures.ts'
import { simulated } from './player.ts'

const LEVEL = 'L1'
const CLOSE_UPS: readonly ChapterId[] = ['needle', 'balloon', 'cavity', 'cement']
const PROCEDURES: readonly Procedure[] = ['vertebroplasty', 'kyphoplasty']

/** The share of the view the fractured vertebra must cover in a chapter (the fracture chapter shows the column). */
function wantedCoverage(chapter: ChapterId): number {
  return CLOSE_UPS.includes(chapter) ? 0.2 : chapter === 'fracture' ? 0 : 0.1
}

/** Opens a frame in the page already open, as the back button would: the address, then `popstate`. */
async function openFrame(page: Page, query: string, chapter: ChapterId): Promise<void> {
  await page.evaluate((q) => {
    history.replaceState(null, '', q)
    dispatchEvent(new PopStateEvent('popstate'))
  }, query)
  await page.waitForSelector(`html[data-chapter="${chapter}"][data-simulation="ready"]`)
}

/** Every chapter of both procedures, each at 60 % of its length: coverage, and the caption off the bone. */
async function walkTheStory(page: Page, mode: 'patient' | 'educator', chapters?: readonly ChapterId[]) {
  const misses: string[] = []
  for (const procedure of PROCEDURES) {
    await openApp(page, `?debug=1&mode=${mode}&procedure=${procedure}&level=${LEVEL}`)
    await simulated(page)
    for (const { id } of storyChapters(procedure)) {
      if (chapters && !chapters.includes(id)) continue
      const t = (0.6 * CHAPTER_DURATION_S[id]).toFixed(2)
      await openFrame(
        page,
        `?debug=1&mode=${mode}&procedure=${procedure}&level=${LEVEL}&chapter=${id}&t=${t}`,
        id,
      )
      const m = await measureFrame(page, LEVEL)
      const where = `${procedure} ${id}`
      if (m.coverage < wantedCoverage(id))
        misses.push(
          `${where}: covers ${(100 * m.coverage).toFixed(1)} % (wanted ${100 * wantedCoverage(id)} %)`,
        )
      if (m.captionBox && m.subjectBox && boxesIntersect(m.captionBox, m.subjectBox))
        misses.push(`${where}: the caption lies over the vertebra`)
    }
  }
  expect(misses, 'chapters whose picture misses').toEqual([])
}

test.describe('the story, seen', () => {
  test.describe.configure({ timeout: 240_000 })

  test('a patient on a laptop sees the broken bone large, uncovered, beside the words', async ({
    watched: page,
  }) => {
    await walkTheStory(page, 'patient')
  })

  test('a patient on a phone sees the same', async ({ watched: page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await walkTheStory(page, 'patient')
  })

  test('an educator on a laptop sees the close-ups as large, the figures beside them', async ({
    watched: page,
  }) => {
    await walkTheStory(page, 'educator', ['access', ...CLOSE_UPS])
  })

  test('by the end of the cement chapter, the cement changes at least a quarter of the bone', async ({
    watched: page,
  }) => {
    for (const procedure of PROCEDURES) {
      const t = CHAPTER_DURATION_S.cement - 0.05
      await openApp(page, `?debug=1&procedure=${procedure}&level=${LEVEL}&chapter=cement&t=${t}`)
      await simulated(page)
      const m = await measureFrame(page, LEVEL)
      expect(m.cementChange, `${procedure}: share of the vertebra the cement changes`).toBeGreaterThanOrEqual(
        0.25,
      )
    }
  })
})

test.describe('the view', () => {
  test('takes at least 70 % of a laptop window in patient mode, the studies a click away', async ({
    watched: page,
  }) => {
    await openApp(page)
    const view = await page.locator('.view').boundingBox()
    expect(((view?.width ?? 0) * (view?.height ?? 0)) / (1280 * 720)).toBeGreaterThanOrEqual(0.7)
    const studies = page.getByRole('button', { name: 'What the studies say' })
    await expect(studies).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('heading', { name: 'What the studies say', level: 2 })).toBeHidden()
    await studies.click()
    await expect(studies).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('heading', { name: 'What the studies say', level: 2 })).toBeVisible()
    await page.getByRole('button', { name: 'Close the studies' }).click()
    await expect(studies).toHaveAttribute('aria-expanded', 'false')
  })

  test('keeps the words over the labels: a label under the caption or a dialog does not show', async ({
    watched: page,
  }) => {
    await openApp(page, '?debug=1&chapter=fracture&t=6')
    await page.evaluate(() => window.__spine3d?.idle())
    const caption = await page.locator('.caption').boundingBox()
    expect(caption).not.toBeNull()
    // A label moved under the middle of the caption: what shows there is the caption.
    // Hit-testing skips what ignores the pointer: both take it for the check.
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const label = document.querySelector<HTMLElement>('.level-label')
        const holder = label?.parentElement
        if (!label || !holder) return 'no label'
        const caption = document.querySelector<HTMLElement>('.caption')
        const r = label.getBoundingClientRect()
        holder.style.translate = `${x - r.x - r.width / 2}px ${y - r.y - r.height / 2}px`
        for (const e of [label, caption]) if (e) e.style.pointerEvents = 'auto'
        const hit = document.elementFromPoint(x, y)
        for (const e of [label, caption]) if (e) e.style.pointerEvents = ''
        holder.style.translate = ''
        return hit?.closest('.caption') ? 'caption' : (hit?.className ?? 'nothing')
      },
      { x: (caption?.x ?? 0) + (caption?.width ?? 0) / 2, y: (caption?.y ?? 0) + (caption?.height ?? 0) / 2 },
    )
    expect(onTop).toBe('caption')
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    const label = await page.locator('.level-label').first().boundingBox()
    const hit = await page.evaluate(
      ({ x, y }) => {
        const label = document.querySelector<HTMLElement>('.level-label')
        if (label) label.style.pointerEvents = 'auto'
        return document.elementFromPoint(x, y)?.closest('.level-label') ? 'label' : 'not the label'
      },
      { x: (label?.x ?? 0) + 2, y: (label?.y ?? 0) + 2 },
    )
    expect(hit, 'with a dialog open, a label is behind it').toBe('not the label')
  })

  test('goes back to the story’s camera after the viewer has turned it', async ({ watched: page }) => {
    await openApp(page, '?debug=1&procedure=kyphoplasty&chapter=balloon&t=4')
    await simulated(page)
    await page.evaluate(() => window.__spine3d?.idle())
    const story = await page.evaluate(() => window.__spine3d?.camera())
    const back = page.getByRole('button', { name: 'Back to the story’s view' })
    await expect(back).toBeHidden()
    const canvas = await page.locator('canvas').first().boundingBox()
    const x = (canvas?.x ?? 0) + (canvas?.width ?? 0) * 0.7
    const y = (canvas?.y ?? 0) + (canvas?.height ?? 0) * 0.5
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x - 160, y - 60, { steps: 8 })
    await page.mouse.up()
    await page.evaluate(() => window.__spine3d?.idle())
    const turned = await page.evaluate(() => window.__spine3d?.camera())
    expect(turned?.position).not.toEqual(story?.position)
    await back.click()
    await expect(back).toBeHidden()
    await page.evaluate(() => window.__spine3d?.idle(400))
    const returned = await page.evaluate(() => window.__spine3d?.camera())
    for (const axis of [0, 1, 2])
      expect(returned?.position[axis], `camera axis ${axis}`).toBeCloseTo(
        story?.position[axis] ?? Number.NaN,
        0,
      )
  })
})
