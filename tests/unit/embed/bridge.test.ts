import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventMessage, ReplyMessage } from '../../../sdk/types.ts'
import { startBridge } from '../../../src/embed/bridge.ts'
import { createEmbedSettings, defaultSettings } from '../../../src/embed/embedSettings.ts'
import { parseAllowList } from '../../../src/embed/origins.ts'
import type { EmbedContext } from '../../../src/embed/snapshot.ts'
import { createPlayer, type FrameScheduler } from '../../../src/state/player.ts'
import { createPlayhead } from '../../../src/state/playhead.ts'
import { type CameraPose, createSceneAccess } from '../../../src/state/sceneAccess.ts'
import { createAppStore } from '../../../src/state/store.ts'

const SELF = 'https://spine3d.example'
const HOST = 'https://clinic.example'
const STRANGER = 'https://evil.example'

/** Frames that never come: the player's clock stays still unless a test moves the playhead. */
const noFrames: FrameScheduler = { request: () => 1, cancel: () => undefined }

/** A window in a frame: `parent` records what is posted to it, with the target origin. */
function fakeWindow() {
  const win = new EventTarget() as EventTarget & {
    parent: unknown
    posted: [unknown, string][]
    document?: Document
  }
  const parent = { postMessage: (message: unknown, origin: string) => win.posted.push([message, origin]) }
  win.parent = parent
  win.posted = []
  return { win, parent }
}

function setUp({ parentOrigin = HOST as string | null, webgl = true } = {}) {
  const store = createAppStore()
  const playhead = createPlayhead()
  const scene = createSceneAccess()
  const ctx: EmbedContext = {
    store,
    playhead,
    player: createPlayer(store, playhead, noFrames),
    settings: createEmbedSettings(defaultSettings(true)),
    scene,
  }
  const { win, parent } = fakeWindow()
  const ignored: number[] = []
  const bridge = startBridge({
    ctx,
    allowed: parseAllowList(HOST, SELF).list,
    parentOrigin,
    webgl,
    win: win as unknown as Window,
    onIgnored: (n) => ignored.push(n),
  })
  /** Delivers a message as the browser would, from `source` on `origin`. */
  const receive = async (data: unknown, origin = HOST, source: unknown = parent) => {
    win.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }))
    await vi.waitFor(() => undefined)
    await new Promise((r) => setTimeout(r, 0))
  }
  const replies = () => win.posted.filter(([m]) => 'ok' in (m as object)) as [ReplyMessage, string][]
  const events = (name?: string) =>
    win.posted.filter(([m]) => 'event' in (m as object) && (!name || (m as EventMessage).event === name)) as [
      EventMessage,
      string,
    ][]
  /** The result of the n-th reply (0-based). */
  const result = <T = unknown>(n: number) => (replies()[n]?.[0] as { result?: T } | undefined)?.result as T
  return { ctx, win, parent, bridge, receive, replies, events, ignored, result }
}

let stop: (() => void) | undefined
afterEach(() => stop?.())

describe('the postMessage bridge', () => {
  it('says it is listening, to the parent’s exact origin', () => {
    const t = setUp()
    stop = t.bridge.stop
    expect(t.events().map(([m, origin]) => [m.event, origin])).toEqual([['statechange', HOST]])
  })

  it('obeys an allowed parent and answers to the origin that asked', async () => {
    const t = setUp()
    stop = t.bridge.stop
    await t.receive({ spine3d: 1, id: 1, command: 'setChapter', args: { chapter: 'cement', t: 2 } })
    await t.receive({ spine3d: 1, id: 'two', command: 'getState' })
    const [first, second] = t.replies()
    expect(first).toEqual([
      { spine3d: 1, id: 1, ok: true, result: expect.objectContaining({ chapter: 'cement', t: 2, time: 32 }) },
      HOST,
    ])
    expect(second?.[0]).toMatchObject({ id: 'two', ok: true, result: { playback: { chapter: 'cement' } } })
    expect(t.events('chapterchange').map(([m]) => m.data)).toEqual([
      { chapter: 'cement', procedure: 'kyphoplasty' },
    ])
  })

  it('ignores and counts messages from other origins and other windows; never answers them', async () => {
    const t = setUp()
    stop = t.bridge.stop
    const before = t.win.posted.length
    await t.receive({ spine3d: 1, id: 1, command: 'play' }, STRANGER)
    await t.receive({ spine3d: 1, id: 2, command: 'play' }, HOST, { postMessage: () => undefined })
    await t.receive({ spine3d: 1, id: 3, command: 'play' }, 'null')
    expect(t.ignored).toEqual([1, 2, 3])
    expect(t.win.posted.length).toBe(before)
    expect(t.ctx.store.getState().playback.playing).toBe(false)
    await t.receive({ spine3d: 1, id: 4, command: 'getState' })
    expect(t.replies()[0]?.[0]).toMatchObject({ result: { status: { ignoredMessages: 3 } } })
  })

  it('answers a malformed message with an error reply and an error event', async () => {
    const t = setUp()
    stop = t.bridge.stop
    await t.receive({ spine3d: 1, id: 9, command: 'seek', args: { t: 'x' } })
    await t.receive({ spine3d: 1, command: 'play' })
    await t.receive({ not: 'ours' })
    expect(t.replies().map(([m]) => [m.id, m.ok])).toEqual([[9, false]])
    expect(t.events('error').map(([m]) => (m.data as { code: string }).code)).toEqual([
      'bad-args',
      'bad-message',
    ])
  })

  it('answers a message the browser could not copy (messageerror) with an error event, to the allowed parent only', async () => {
    const t = setUp({ parentOrigin: null })
    stop = t.bridge.stop
    const failToRead = (origin: string, source: unknown = t.parent) =>
      t.win.dispatchEvent(Object.assign(new Event('messageerror'), { data: null, origin, source }))
    failToRead(STRANGER)
    failToRead(HOST, { postMessage: () => undefined })
    expect(t.ignored).toEqual([1, 2])
    expect(t.win.posted).toEqual([])
    failToRead(HOST)
    const errors = t.events('error')
    expect(errors.map(([m, origin]) => [(m.data as { code: string }).code, origin])).toEqual([
      ['bad-message', HOST],
    ])
    expect((errors[0]?.[0].data as { message: string } | undefined)?.message).toMatch(
      /^message: could not read the message: expected .+, got .+ — /,
    )
    expect(new Set(t.win.posted.map(([, origin]) => origin))).toEqual(new Set([HOST]))
    t.bridge.stop()
    failToRead(HOST)
    expect(t.events('error').length, 'no answer once stopped').toBe(1)
  })

  it('holds events until it knows whom to tell, then tells only that origin', async () => {
    const t = setUp({ parentOrigin: null })
    stop = t.bridge.stop
    expect(t.win.posted).toEqual([])
    await t.receive({ spine3d: 1, id: 1, command: 'pause' })
    const origins = new Set(t.win.posted.map(([, origin]) => origin))
    expect(origins).toEqual(new Set([HOST]))
    expect(t.events('statechange').length).toBeGreaterThan(0)
  })

  it('turns the scenario schema’s problems into the reply, a notice and an error event', async () => {
    const t = setUp()
    stop = t.bridge.stop
    await t.receive({
      spine3d: 1,
      id: 1,
      command: 'setScenario',
      args: { level: 'T9', loss: 75, shape: 'cube' },
    })
    const [reply] = t.replies()
    expect(reply?.[0]).toMatchObject({
      ok: true,
      result: { scenario: { level: 'T9', heightLossPct: 60, shape: 'wedge' } },
    })
    const { problems } = t.result<{ problems: { key: string }[] }>(0)
    expect(problems.map((p) => p.key)).toEqual(['heightLossPct', 'shape'])
    expect(t.ctx.store.getState().notices.map((n) => [n.source, n.message.split(':')[0]])).toEqual([
      ['api', 'heightLossPct'],
      ['api', 'shape'],
    ])
    expect(t.events('error').map(([m]) => (m.data as { code: string }).code)).toEqual([
      'invalid-value',
      'invalid-value',
    ])
  })

  it('captures the whole state and brings it back, camera included', async () => {
    const t = setUp()
    stop = t.bridge.stop
    let camera: CameraPose = { position: [1, 2, 3], target: [0, 0, 0] }
    t.ctx.scene.setState({
      handle: {
        camera: () => camera,
        setCamera: (pose) => t.ctx.scene.setState({ pendingCamera: pose }),
        capture: () => 'data:image/png;base64,AAAA',
        layers: () => [],
      },
    })
    await t.receive({
      spine3d: 1,
      id: 1,
      command: 'setScenario',
      args: { procedure: 'vertebroplasty', level: 'T8', seed: 7 },
    })
    await t.receive({ spine3d: 1, id: 2, command: 'setView', args: { overlay: ['risk'], inside: 'on' } })
    await t.receive({ spine3d: 1, id: 3, command: 'setChapter', args: { chapter: 'needle', t: 5 } })
    await t.receive({ spine3d: 1, id: 4, command: 'captureState' })
    const captured = t.result(3)
    expect(captured).toMatchObject({
      version: 1,
      scenario: { procedure: 'vertebroplasty', level: 'T8', seed: 7 },
      view: { overlay: ['risk'], inside: 'on' },
      playback: { chapter: 'needle', t: 5, loop: false, speed: 1 },
      mode: 'patient',
      lang: 'en',
      camera,
    })
    // Change everything, then restore: the scene takes the camera on its next frame.
    await t.receive({
      spine3d: 1,
      id: 5,
      command: 'setScenario',
      args: { procedure: 'kyphoplasty', level: 'L4' },
    })
    await t.receive({ spine3d: 1, id: 6, command: 'setOverlay', args: { overlay: 'risk', on: false } })
    camera = { position: [9, 9, 9], target: [1, 1, 1] }
    const taken = t.ctx.scene.subscribe((s) => {
      if (s.pendingCamera) {
        camera = s.pendingCamera
        t.ctx.scene.setState({ pendingCamera: null })
      }
    })
    await t.receive({ spine3d: 1, id: 7, command: 'restoreState', args: captured })
    taken()
    await t.receive({ spine3d: 1, id: 8, command: 'captureState' })
    expect(t.result(7)).toEqual(captured)
    await t.receive({ spine3d: 1, id: 9, command: 'screenshot' })
    expect(t.replies()[8]?.[0]).toMatchObject({ ok: true, result: 'data:image/png;base64,AAAA' })
  })

  it('without WebGL: an error event, then ready at once; a screenshot is refused', async () => {
    const t = setUp({ webgl: false })
    stop = t.bridge.stop
    expect(t.events().map(([m]) => m.event)).toEqual(['statechange', 'error', 'ready'])
    await t.receive({ spine3d: 1, id: 1, command: 'screenshot' })
    expect(t.replies()[0]?.[0]).toMatchObject({
      ok: false,
      error: { code: 'no-webgl', command: 'screenshot' },
    })
  })

  it('reports a failed simulation as an error event', () => {
    const t = setUp()
    stop = t.bridge.stop
    t.ctx.store
      .getState()
      .actions.simulationFailed('simulation: expected a result from the worker, got an error (x)')
    expect(t.events('error').map(([m]) => m.data)).toEqual([
      { code: 'simulation', message: 'simulation: expected a result from the worker, got an error (x)' },
    ])
  })

  it('sends timeupdate at most four times a second, and ended at the end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    try {
      const t = setUp()
      stop = t.bridge.stop
      for (let i = 0; i < 20; i++) {
        t.ctx.playhead.setState({ storyS: 10 + i * 0.05 })
        vi.advanceTimersByTime(50)
      }
      vi.advanceTimersByTime(500)
      const times = t.events('timeupdate').map(([m]) => (m.data as { time: number }).time)
      expect(times.length).toBeLessThanOrEqual(5)
      expect(times.at(-1), 'the last update is where the playhead stopped').toBe(10.95)
      t.ctx.store.getState().actions.setPlayback({ playing: true })
      t.ctx.playhead.setState({ storyS: 56 })
      t.ctx.store.getState().actions.setPlayback({ playing: false })
      expect(t.events('ended').map(([m]) => m.data)).toEqual([{ time: 56 }])
    } finally {
      vi.useRealTimers()
    }
  })
})
