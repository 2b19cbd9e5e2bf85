import { embedFrame, openHost, ready, testOrigins } from './embedHost.ts'
import { expect, openApp, test } from './fixtures.ts'

const origins = testOrigins()
test.use({ otherOrigins: [origins.host, origins.stranger] })

const playing = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const { playback, status } = await window.player.getState()
    return { playing: playback.playing, visible: status.visible }
  })

test.describe('the embed in a page', () => {
  test('fits 320 × 240 and grows with its box; autoplay waits for sight and for motion to be welcome', async ({
    watched: page,
  }, info) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openHost(page, origins, {
      width: 320,
      height: 240,
      options: { autoplay: true, loop: true, level: 'L3' },
    })
    await ready(page)
    await page.waitForTimeout(500)
    expect((await playing(page)).playing, 'no autoplay with reduced motion').toBe(false)

    const frame = await embedFrame(page, origins)
    const fit = await frame.evaluate(() => {
      const root = document.documentElement
      const canvas = document.querySelector('canvas')?.getBoundingClientRect()
      return {
        scrollW: root.scrollWidth,
        scrollH: root.scrollHeight,
        canvasW: canvas?.width,
        canvasH: canvas?.height,
      }
    })
    expect(fit, 'nothing overflows the frame; the view keeps most of it').toMatchObject({
      scrollW: 320,
      scrollH: 240,
    })
    expect(fit.canvasH ?? 0).toBeGreaterThan(150)
    await expect(frame.getByText('For education only.')).toBeVisible()
    const open = frame.getByRole('link', { name: /Open this view in the full Spine3D app/ })
    await expect(open).toBeVisible()
    await expect(open).toHaveAttribute('target', '_blank')
    await open.focus()
    const href = new URL((await open.getAttribute('href')) ?? '')
    expect([href.origin, href.searchParams.get('level'), href.searchParams.has('embed')]).toEqual([
      origins.app,
      'L3',
      false,
    ])
    await page.locator('#box').screenshot({ path: info.outputPath('embed-320x240.png') })

    // Out of sight: paused, drawing nothing; back in sight: playing again.
    await page.evaluate(() => window.player.play())
    await expect.poll(() => playing(page)).toEqual({ playing: true, visible: true })
    await page.evaluate(() => window.scrollTo(0, 2000))
    await expect.poll(() => playing(page)).toEqual({ playing: false, visible: false })
    await page.evaluate(() => window.player.play()) // asked while out of sight: held until seen
    expect((await playing(page)).playing).toBe(false)
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect.poll(() => playing(page)).toEqual({ playing: true, visible: true })

    // A larger box: the view follows.
    await page.evaluate(() => {
      const box = document.getElementById('box') as HTMLElement
      box.style.width = '800px'
      box.style.height = '450px'
    })
    await expect.poll(async () => (await frame.locator('canvas').boundingBox())?.width).toBe(800)
  })

  test('"copy embed code" gives an iframe that reopens the same frame', async ({
    watched: page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origins.app })
    await openApp(
      page,
      '?level=T8&loss=45&procedure=vertebroplasty&chapter=cement&t=4&labels=0&mode=educator',
    )
    await page.getByRole('button', { name: 'Copy embed code' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible()
    const code = await page.evaluate(() => navigator.clipboard.readText())
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1[^"]*" width="640" height="360" title="/,
    )
    const src = new URL((code.match(/src="([^"]+)"/)?.[1] ?? '').replace(/&amp;/g, '&'))
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      level: 'T8',
      loss: '45',
      procedure: 'vertebroplasty',
      chapter: 'cement',
      t: '4',
      labels: '0',
      mode: 'educator',
      embed: '1',
    })
    expect(src.searchParams.get('camera')?.split(',')).toHaveLength(6)

    // debug=1: read the camera back (window.__spine3d).
    await page.goto(`${src}&debug=1`)
    await page.waitForSelector('html[data-ready="true"]')
    const camera = (src.searchParams.get('camera') ?? '').split(',').map(Number)
    await expect
      .poll(() => page.evaluate(() => window.__spine3d?.camera().position))
      .toEqual(camera.slice(0, 3).map((n) => expect.closeTo(n, 0)))
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({
      embed: 'true',
      chapter: 'cement',
    })
    // An embed has no header, and no educator panel even for educators: the host page drives it.
    await expect(page.getByRole('heading', { name: 'Spine3D' })).toHaveCount(0)
    await expect(page.locator('.educator-panel')).toHaveCount(0)
    await expect(page.getByRole('link', { name: /Open this view/ })).toBeVisible()
  })
})
