import { gzipSync } from 'node:zlib'
import type { CapturedState } from '../../sdk/types.ts'
import { embedFrame, eventsOf, openHost, postRaw, ready, testOrigins } from './embedHost.ts'
import { expect, test } from './fixtures.ts'
import { decodePng, distinctColours } from './pixels.ts'

const origins = testOrigins()
test.use({ otherOrigins: [origins.host, origins.stranger] })

test.describe('the embed, driven from another origin through the SDK', () => {
  test('each command is answered, and events arrive', async ({ watched: page }) => {
    await openHost(page, origins, {
      options: { procedure: 'vertebroplasty', level: 'L2', grade: 1, chapter: 'needle', t: 2, labels: false },
    })
    const first = await ready(page)
    expect(first.scenario).toMatchObject({ procedure: 'vertebroplasty', level: 'L2', grade: 1 })
    expect(first.playback).toMatchObject({ chapter: 'needle', t: 2, playing: false })
    expect(first.mode, 'an embed starts in patient mode').toBe('patient')
    expect(first.status).toMatchObject({ ready: true, webgl: 'ok', visible: true, ignoredMessages: 0 })
    expect((await eventsOf(page, 'statechange')).length, 'statechange before ready').toBeGreaterThan(0)

    // play: the clock runs, timeupdate comes about four times a second, the chapter changes.
    await page.evaluate(() => window.player.setChapter('needle', 11.4))
    const startedAt = await page.evaluate(() => performance.now())
    expect(await page.evaluate(() => window.player.play())).toBeNull()
    await expect
      .poll(() => eventsOf(page, 'chapterchange'))
      .toContainEqual({
        chapter: 'cement',
        procedure: 'vertebroplasty',
      })
    await page.waitForTimeout(1000)
    const updates = await page.evaluate(
      (since) => window.events.filter((e) => e.name === 'timeupdate' && e.at > since).map((e) => e.at),
      startedAt,
    )
    const spanS = ((updates.at(-1) ?? 0) - (updates[0] ?? 0)) / 1000
    expect(updates.length, 'timeupdate events while playing').toBeGreaterThan(2)
    // Sent at most every 250 ms; received with some jitter on a loaded machine.
    expect(updates.length - 1, 'timeupdate at most ~4 Hz').toBeLessThanOrEqual(Math.ceil(spanS * 4) + 1)
    expect(await page.evaluate(() => window.player.pause())).toBeNull()
    expect((await page.evaluate(() => window.player.getState())).playback.playing).toBe(false)

    // seek, and play to the end: `ended`.
    const seeked = await page.evaluate(() => window.player.seek(20))
    expect(seeked).toMatchObject({ chapter: 'needle', time: 20 })
    await page.evaluate(() => window.player.setChapter('result', 9.6))
    await page.evaluate(() => window.player.play())
    await expect.poll(() => eventsOf(page, 'ended')).toEqual([{ time: 56 }])
    expect((await page.evaluate(() => window.player.getState())).playback).toMatchObject({
      ended: true,
      playing: false,
    })

    // setScenario: applied through the schema; what it refused is in the reply, an error event and the page.
    const changed = await page.evaluate(() =>
      window.player.setScenario({ procedure: 'kyphoplasty', loss: 40, level: 'Z9' as never }),
    )
    expect(changed.scenario).toMatchObject({ procedure: 'kyphoplasty', heightLossPct: 40, level: 'L2' })
    expect(changed.problems.map((p) => p.key)).toEqual(['level'])
    await expect
      .poll(async () => (await eventsOf(page, 'error')).map((e) => e.message))
      .toContainEqual(expect.stringContaining('got "Z9" — kept L2'))
    const frame = await embedFrame(page, origins)
    await expect(frame.getByRole('alert')).toContainText('Z9')

    // setView and setOverlay
    expect(await page.evaluate(() => window.player.setView({ labels: true, captions: false }))).toMatchObject(
      {
        labels: true,
        captions: false,
      },
    )
    // Past the fracture chapter only the broken bone (L2) and its neighbours are named.
    await expect
      .poll(async () => (await frame.locator('.level-label').allTextContents()).sort())
      .toEqual(['L1', 'L2', 'L3'])
    expect((await page.evaluate(() => window.player.setOverlay('height', true))).overlay).toEqual(['height'])

    // captureState → change things → restoreState: the same state again.
    await page.evaluate(() => window.player.setChapter('balloon', 3))
    const captured = await page.evaluate(() => window.player.captureState())
    expect(captured).toMatchObject({
      version: 1,
      playback: { chapter: 'balloon', t: 3 },
      view: { overlay: ['height'] },
    })
    expect(captured.camera?.position).toHaveLength(3)
    await page.evaluate(async () => {
      await window.player.setScenario({ procedure: 'vertebroplasty', level: 'T8' })
      await window.player.setOverlay('height', false)
      await window.player.setChapter('result', 1)
    })
    // The camera too, away from the chapter's own view (which a chapter change flies to).
    const moved = { ...captured, camera: { position: [300, 420, 380], target: [0, 150, 0] } } as CapturedState
    await page.evaluate((c) => window.player.restoreState(c), moved)
    const restored = await page.evaluate(() => window.player.captureState())
    expect(restored).toEqual(roundCamera(moved))

    // screenshot: a PNG of the view at its size.
    const png = await page.evaluate(() => window.player.screenshot())
    expect(png).toMatch(/^data:image\/png;base64,/)
    const pixels = await decodePng(page, Buffer.from(png.split(',')[1] ?? '', 'base64'))
    const canvas = await frame.locator('canvas').boundingBox()
    expect([pixels.width, pixels.height]).toEqual([
      Math.round(canvas?.width ?? 0),
      Math.round(canvas?.height ?? 0),
    ])
    expect(distinctColours(pixels), 'a rendered picture, not a blank one').toBeGreaterThan(100)
  })

  test('malformed messages are answered with errors, never obeyed', async ({ watched: page }) => {
    await openHost(page, origins, { options: { labels: false, captions: false } })
    await ready(page)
    const before = (await eventsOf(page, 'error')).length
    for (const message of [
      { spine3d: 1, id: 'm1', command: 'fly' },
      { spine3d: 1, id: 'm2', command: 'seek', args: { t: 'soon' } },
      { spine3d: 1, id: 'm3', command: 'setView', args: { view: 'xray', __proto__: { labels: false } } },
      { spine3d: 2, id: 'm4', command: 'play' },
      JSON.stringify({ spine3d: 1, id: 'm5', command: 'play' }),
      {
        spine3d: 1,
        id: 'm6',
        command: 'setScenario',
        args: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])),
      },
      { hello: 'not for Spine3D' },
    ])
      await postRaw(page, origins, message)
    await expect.poll(async () => (await eventsOf(page, 'error')).length - before).toBe(6)
    const replies = await page.evaluate(() =>
      (window.raw as { id?: string; ok?: boolean; error?: { code: string; message: string } }[]).filter(
        (m) => typeof m.id === 'string' && m.id.startsWith('m'),
      ),
    )
    expect(replies.map((r) => [r.id, r.ok, r.error?.code])).toEqual([
      ['m1', false, 'unknown-command'],
      ['m2', false, 'bad-args'],
      ['m3', false, 'bad-args'],
      ['m4', false, 'bad-message'],
      ['m6', false, 'bad-args'],
    ])
    expect(replies[0]?.error?.message).toContain('command: expected one of play | pause')
    expect(replies[1]?.error?.message).toBe('args.t: expected a finite number, got "soon" — seek not done')
    const state = await page.evaluate(() => window.player.getState())
    expect(state.playback.playing).toBe(false)
    expect(state.view).toMatchObject({ view: 'scene', labels: false })
  })

  test('the SDK is built beside the app, small, with its types', async ({ request }) => {
    const sdk = await request.get(`${origins.app}/sdk/spine3d.js`)
    expect(sdk.ok()).toBe(true)
    const gzipped = gzipSync(await sdk.body()).length
    expect(gzipped, 'SDK bytes, gzip').toBeLessThan(5 * 1024)
    expect((await request.get(`${origins.app}/sdk/spine3d.d.ts`)).ok()).toBe(true)
    expect((await request.get(`${origins.app}/embed-demo.html`)).ok()).toBe(true)
  })
})

/** captureState rounds nothing; the camera set and read back may differ in the last float bits. */
function roundCamera(state: CapturedState): CapturedState {
  if (!state.camera) return state
  return expect.objectContaining({
    ...state,
    camera: {
      position: state.camera.position.map((n) => expect.closeTo(n, 3)),
      target: state.camera.target.map((n) => expect.closeTo(n, 3)),
    },
  }) as unknown as CapturedState
}
