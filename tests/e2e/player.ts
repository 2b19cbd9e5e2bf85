/** Reading the player's state in tests: what the page publishes on <html> and in the player bar. */
import type { Page } from '@playwright/test'

export const chapterOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.chapter)
export const isPlaying = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.playing === 'true')

/** Story time shown by the scrub bar, s. */
export async function storyTime(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Position in the story' }).inputValue())
}

/** Waits until the simulation of the page's current scenario has answered. */
export async function simulated(page: Page): Promise<void> {
  await page.waitForSelector('html[data-simulation="ready"]', { timeout: 60_000 })
}
