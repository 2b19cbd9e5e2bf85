import { expect, openApp, test } from './fixtures.ts'
import { isPlaying, simulated, storyTime } from './player.ts'

// The one place the service worker runs (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

test.describe('offline', () => {
  test('after the first visit, the app opens and plays with the network cut, every file from the service worker', async ({
    watched: page,
    context,
  }) => {
    await openApp(page, '?level=T8&procedure=vertebroplasty&chapter=cement&t=1')
    // It registers after the first frame; `ready` means installed (the build cached) and active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await context.setOffline(true)
    const notFromWorker: string[] = []
    const failed: string[] = []
    page.on('response', (r) => {
      if (!r.url().startsWith('data:') && !r.fromServiceWorker()) notFromWorker.push(r.url())
    })
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`))
    await page.reload()
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
    await simulated(page) // the simulation's worker script came from the cache too

    const before = await storyTime(page)
    await page.getByRole('button', { name: 'Play' }).click()
    await expect.poll(() => isPlaying(page)).toBe(true)
    await expect.poll(() => storyTime(page), { timeout: 15_000 }).toBeGreaterThan(before + 0.5)
    expect(failed, 'requests that failed offline').toEqual([])
    expect(notFromWorker, 'responses not from the service worker').toEqual([])
    await context.setOffline(false)
  })
})
