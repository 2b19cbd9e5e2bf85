import AxeBuilder from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures.ts'
import { simulated } from './player.ts'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const cases = [
  ['patient', 'scene', 'chapter=cement&t=6'],
  ['patient', 'compare', 'chapter=cement&t=6'],
  ['educator', 'scene', 'chapter=cement&t=6&overlay=risk,height,anatomy'],
  ['educator', 'compare', 'chapter=balloon&t=4'],
  ['educator', 'cutaway', 'chapter=cement&t=10'],
  ['educator', 'fluoro', 'chapter=cement&t=10&overlay=fluoro'],
] as const

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const [mode, view, query] of cases) {
    test(`no violations: ${mode}, ${view} view`, async ({ watched: page }) => {
      await openApp(page, `?mode=${mode}&view=${view}&${query}`)
      await simulated(page)
      await page.waitForTimeout(800)
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const summary = violations.map(
        (v) =>
          `${v.id}: ${v.nodes.length} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')})`,
      )
      expect(summary).toEqual([])
    })
  }

  test('the dialogs too: keyboard help, sources, how doctors choose', async ({ watched: page }) => {
    await openApp(page, '?mode=patient')
    for (const open of [
      () => page.keyboard.press('?'),
      () => page.getByRole('button', { name: 'How do doctors choose?' }).click(),
      async () => {
        // What the studies say opens beside the view on demand; its sources open the dialog.
        await page.getByRole('button', { name: 'What the studies say' }).click()
        await page.getByRole('button', { name: 'Source: Hulme 2006' }).first().click()
      },
    ]) {
      await open()
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
        [],
      )
      await page.keyboard.press('Escape')
    }
  })
})

test('a whole procedure by keyboard alone, with the focus always visible', async ({ watched: page }) => {
  await openApp(page, '?mode=patient&procedure=vertebroplasty')
  await simulated(page)
  const titles = ['The broken bone', 'Reaching the bone', 'Into the bone', 'The cement', 'Afterwards']
  for (const [i, title] of titles.entries()) {
    await page.keyboard.press(String(i + 1))
    await expect(page.locator('.caption-title')).toHaveText(title)
  }
  // Tab to the speed menu, choose 4×, and play from the start to the end.
  let found = false
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      const outline = el ? getComputedStyle(el).outlineStyle : 'none'
      return { label: el?.getAttribute('aria-label') ?? el?.closest('label')?.textContent ?? '', outline }
    })
    expect(focused.outline, `focus visible on ${focused.label}`).not.toBe('none')
    found = focused.label.startsWith('Speed')
  }
  expect(found, 'the speed menu is reachable by Tab').toBe(true)
  await page.keyboard.press('End') // the last option: 4×
  await page.keyboard.press('Escape')
  await page.keyboard.press('Home')
  await page.locator('body').press('k')
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.playing), { timeout: 60_000 })
    .toBe('false')
  await expect(page.locator('.caption-title')).toHaveText('Afterwards')
})
