import type { Scenario } from '../../src/sim/scenario.ts'
import type { Outcome } from '../../src/sim/simulate.ts'
import { expect, openApp, test } from './fixtures.ts'

interface Simulated {
  scenario: Scenario
  outcome: Outcome
}

declare global {
  interface Window {
    __simulated: Simulated[]
  }
}

/** Every `spine3d:simulated` event's detail, recorded from before the app's first script runs. */
const RECORD_EVENTS = `
  window.__simulated = []
  window.addEventListener('spine3d:simulated', (event) => window.__simulated.push(event.detail))
`

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b))

test.describe('the simulation in the page', () => {
  test.beforeEach(async ({ watched: page }) => {
    await page.addInitScript(RECORD_EVENTS)
  })

  test('runs in a worker for the linked scenario and announces its outcome', async ({
    watched: page,
    baseURL,
  }) => {
    const worker = page.waitForEvent('worker')
    await openApp(page, '?level=L2&procedure=vertebroplasty&cementVolumeMl=4')
    const workerUrl = new URL((await worker).url())
    expect(workerUrl.origin, 'the bundled worker, from the page’s origin').toBe(new URL(baseURL ?? '').origin)
    expect(workerUrl.pathname).toMatch(/^\/assets\/simulation\.worker-[\w-]+\.js$/)
    await expect.poll(() => page.evaluate(() => window.__simulated.length)).toBeGreaterThan(0)
    await expect(page.locator('html')).toHaveAttribute('data-simulation', 'ready')
    const events = await page.evaluate(() => window.__simulated)
    expect(events, 'one run for one scenario').toHaveLength(1)
    const { scenario, outcome } = events[0] as Simulated
    expect(scenario).toMatchObject({ level: 'L2', procedure: 'vertebroplasty', cementVolumeMl: 4 })
    const { injectedMl, insideMl, leak } = outcome
    expect(relativeError(injectedMl, insideMl + leak.volumeMl), 'volume is conserved').toBeLessThan(1e-6)
    // Injection stops early only if the cement cures (15 min) or the body fills with nowhere to drain;
    // 4 mL at 2 mL/min from minute 5 ends at minute 7, so all of it goes in.
    expect(relativeError(injectedMl, 4), 'all the planned cement is injected').toBeLessThan(1e-6)
  })

  test('runs again when the grade changes in the educator panel', async ({ watched: page }) => {
    await openApp(page, '?level=L2&procedure=vertebroplasty&cementVolumeMl=4&grade=1&mode=educator')
    await expect(page.locator('html')).toHaveAttribute('data-simulation', 'ready')
    const grade = page.getByLabel('Genant grade')
    await grade.fill('3')
    await grade.press('Enter')
    await expect.poll(() => page.evaluate(() => window.__simulated.at(-1)?.scenario.grade)).toBe(3)
    await expect(page.locator('html')).toHaveAttribute('data-simulation', 'ready')
    const events = await page.evaluate(() => window.__simulated)
    const [first, last] = [events[0], events.at(-1)] as [Simulated, Simulated]
    expect(first.scenario.grade).toBe(1)
    expect(last.scenario).toMatchObject({ level: 'L2', heightLossPct: 50 })
    expect(last.outcome.heightsMm.fractured.anterior, 'a deeper fracture').toBeLessThan(
      first.outcome.heightsMm.fractured.anterior,
    )
  })
})
