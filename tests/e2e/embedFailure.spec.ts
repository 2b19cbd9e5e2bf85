import { embedFrame, eventsOf, openHost, postRaw, ready, testOrigins } from './embedHost.ts'
import { expect, test } from './fixtures.ts'
import { changedPixels, decodePng } from './pixels.ts'

const origins = testOrigins()
test.use({ otherOrigins: [origins.host, origins.stranger] })

test.describe('the embed, when things go wrong', () => {
  test('a page not on the allow-list is ignored: no reply, no event, nothing done', async ({
    watched: page,
  }) => {
    await openHost(page, origins, { from: origins.stranger, options: { timeoutMs: 1500 } })
    const frame = await embedFrame(page, origins)
    await frame.waitForSelector('html[data-embed="true"]')
    for (const command of ['play', 'getState', 'captureState'])
      await postRaw(page, origins, { spine3d: 1, id: command, command })
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.embedIgnored)).toBe('3')
    const refused = await page.evaluate(() =>
      window.player.play().then(
        () => 'obeyed',
        (e: { code: string; message: string }) => `${e.code}: ${e.message}`,
      ),
    )
    expect(refused).toMatch(
      /^timeout: play: expected a reply within 1\.5 s, got none — is this page's origin on the embed's allow-list/,
    )
    expect(await frame.evaluate(() => document.documentElement.dataset.playing)).toBe('false')
    expect(await page.evaluate(() => window.raw), 'messages the stranger received').toEqual([])
  })

  test('without WebGL: a still picture and text, a ready state that says so; a failed worker is reported', async ({
    watched: page,
  }) => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        return /webgl/.test(type) ? null : getContext.call(this, type as '2d', ...(rest as []))
      } as typeof getContext
    })
    // The simulation's worker fails to load (a broken deploy, a proxy that strips it).
    await page.route(`${origins.app}/assets/simulation.worker-*.js`, (route) =>
      route.fulfill({ status: 500, body: 'no worker here' }),
    )
    await openHost(page, origins, { options: { level: 'T12' } })
    const state = await ready(page)
    expect(state.status).toMatchObject({ ready: true, webgl: 'unavailable' })
    expect(state.scenario.level).toBe('T12')
    const frame = await embedFrame(page, origins)
    const still = frame.getByRole('img', { name: /still picture of balloon kyphoplasty/ })
    await expect(still).toBeVisible()
    expect(await still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(960)
    await expect(frame.getByRole('alert').first()).toContainText('needs WebGL')
    const screenshot = await page.evaluate(() =>
      window.player.screenshot().catch((e: { code: string }) => e.code),
    )
    expect(screenshot).toBe('no-webgl')
    // The worker's failure: in the page, and as an error event.
    await expect
      .poll(async () => (await eventsOf(page, 'error')).map((e) => e.code))
      .toEqual(expect.arrayContaining(['no-webgl', 'simulation']))
    await expect(frame.getByRole('alert', { name: 'The simulation stopped' })).toContainText(
      'simulation: expected a result from the worker',
    )
  })

  test('after a lost WebGL context, the view and its state come back', async ({ watched: page }) => {
    await openHost(page, origins, {
      options: {
        procedure: 'kyphoplasty',
        // The cement: its 3D texture and off-screen target must come back too.
        chapter: 'cement',
        t: 10,
        labels: false,
        captions: false,
        overlay: ['height'],
      },
    })
    await ready(page)
    const frame = await embedFrame(page, origins)
    await frame.waitForSelector('html[data-simulation="ready"]')
    await page.waitForTimeout(500)
    const before = await page.evaluate(() => window.player.captureState())
    const shotBefore = await page.evaluate(() => window.player.screenshot())

    await frame.evaluate(() => {
      const gl = document.querySelector('canvas')?.getContext('webgl2')
      const lose = gl?.getExtension('WEBGL_lose_context')
      ;(window as unknown as { lose: typeof lose }).lose = lose
      lose?.loseContext()
    })
    await expect
      .poll(async () => (await page.evaluate(() => window.player.getState())).status.webgl)
      .toBe('lost')
    // What the browser does by itself after a GPU reset, the test does here.
    await frame.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext())
    await expect
      .poll(async () => (await page.evaluate(() => window.player.getState())).status.webgl)
      .toBe('ok')
    await page.waitForTimeout(500)

    expect(await page.evaluate(() => window.player.captureState())).toEqual(before)
    const shotAfter = await page.evaluate(() => window.player.screenshot())
    const a = await decodePng(page, Buffer.from(shotBefore.split(',')[1] ?? '', 'base64'))
    const b = await decodePng(page, Buffer.from(shotAfter.split(',')[1] ?? '', 'base64'))
    expect(changedPixels(a, b), 'pixels that differ after the restore').toBeLessThan(
      a.width * a.height * 0.01,
    )
  })
})
