/**
 * The events the embed sends its host, from the app's stores: `chapterchange`, `timeupdate`
 * (while the playhead moves, at most `TIME_UPDATE_HZ` a second), `ended`, `statechange` (one per
 * burst of changes) and `error` (each notice the page shows, a failed simulation or risk estimate,
 * an uncaught error). `ready` is the bridge's.
 */
import type { EventName, Events } from '../../sdk/types.ts'
import { storyDurationS } from '../playback/story.ts'
import type { AppState } from '../state/store.ts'
import type { BridgeStatus } from './commands.ts'
import { type EmbedContext, getState, playbackStatus } from './snapshot.ts'

export const TIME_UPDATE_HZ = 4

type Emit = <E extends EventName>(event: E, data: Events[E]) => void

export function watchEvents(ctx: EmbedContext, emit: Emit, status: BridgeStatus, win: Window): () => void {
  const { store, playhead, settings, scene } = ctx

  // statechange: many store writes in one command or frame make one event, after they settle.
  let stateQueued = false
  const stateChanged = () => {
    if (stateQueued) return
    stateQueued = true
    queueMicrotask(() => {
      stateQueued = false
      emit('statechange', getState(ctx, status()))
    })
  }

  // timeupdate: at most TIME_UPDATE_HZ, and once more when the playhead stops (so the last is exact).
  const intervalMs = 1000 / TIME_UPDATE_HZ
  let lastMs = Number.NEGATIVE_INFINITY
  let timer: ReturnType<typeof setTimeout> | undefined
  const sendTime = () => {
    // Sent now: a pending trailing update (late under load) would repeat it.
    clearTimeout(timer)
    timer = undefined
    lastMs = performance.now()
    const { time, chapter, t, duration } = playbackStatus(ctx)
    emit('timeupdate', { time, chapter, t, duration })
  }
  const unsubscribePlayhead = playhead.subscribe(() => {
    const wait = intervalMs - (performance.now() - lastMs)
    if (wait <= 0) sendTime()
    else timer ??= setTimeout(sendTime, wait)
  })

  // What went wrong before the bridge started (the address's values, a worker that never loaded)
  // is told too: the notices still shown, and the simulation's error if it stands.
  let lastNotice = 0
  const tellNotices = (notices: AppState['notices']) => {
    for (const notice of notices.filter((n) => n.id > lastNotice))
      emit('error', { code: 'invalid-value', message: `${notice.source}: ${notice.message}` })
    lastNotice = Math.max(lastNotice, ...notices.map((n) => n.id))
  }
  const start = store.getState()
  tellNotices(start.notices)
  if (start.simulation.status === 'error' && start.simulation.error)
    emit('error', { code: 'simulation', message: start.simulation.error })
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (s.playback.chapter !== prev.playback.chapter)
      emit('chapterchange', { chapter: s.playback.chapter, procedure: s.scenario.procedure })
    const stopped = prev.playback.playing && !s.playback.playing
    const duration = storyDurationS(s.scenario.procedure)
    if (stopped && playhead.getState().storyS >= duration) emit('ended', { time: duration })
    const { chapter: _c, ...playback } = s.playback
    const { chapter: _p, ...before } = prev.playback
    if (
      s.scenario !== prev.scenario ||
      s.view !== prev.view ||
      s.simulation.status !== prev.simulation.status ||
      Object.entries(playback).some(([k, v]) => before[k as keyof typeof before] !== v)
    )
      stateChanged()
    tellNotices(s.notices)
    if (s.simulation.error && s.simulation.error !== prev.simulation.error)
      emit('error', { code: 'simulation', message: s.simulation.error })
    if (s.risk.error && s.risk.error !== prev.risk.error)
      emit('error', { code: 'simulation', message: s.risk.error })
  })
  const unsubscribeSettings = settings.subscribe(stateChanged)
  const unsubscribeScene = scene.subscribe((s, prev) => {
    if (s.visible !== prev.visible || s.webgl !== prev.webgl) stateChanged()
  })
  const onError = (event: ErrorEvent) =>
    emit('error', { code: 'internal', message: `page: ${event.message || 'an uncaught error'}` })
  win.addEventListener('error', onError)

  return () => {
    clearTimeout(timer)
    unsubscribePlayhead()
    unsubscribeStore()
    unsubscribeSettings()
    unsubscribeScene()
    win.removeEventListener('error', onError)
  }
}
