/**
 * The player: the verbs every control uses (buttons, keys, the URL, later the postMessage API),
 * and the clock that advances the playhead while playing. The clock runs on animation frames only
 * while playing, so a paused page does no work; it keeps `store.playback.chapter` in step with the
 * playhead, a few writes per story.
 */
import {
  type ChapterId,
  chapterAt,
  equivalentChapter,
  storyChapters,
  storyDurationS,
} from '../playback/story.ts'
import type { Playhead } from './playhead.ts'
import type { AppStore } from './store.ts'

/** What the clock needs from the browser: injected so Node tests can drive it. */
export interface FrameScheduler {
  request(callback: (nowMs: number) => void): number
  cancel(handle: number): void
}

export interface Player {
  play(): void
  pause(): void
  toggle(): void
  /** To story time `storyS` (clamped to the story). */
  seek(storyS: number): void
  seekBy(deltaS: number): void
  /** To `offsetS` into chapter `id` (a chapter of the other procedure maps to its equivalent). */
  seekChapter(id: ChapterId, offsetS?: number): void
  /** Next chapter; previous restarts the current chapter unless within its first 2 s, as media players do. */
  stepChapter(direction: 1 | -1): void
  setSpeed(speed: number): void
  setLoop(loop: boolean): void
  /** Stops the clock and every subscription. */
  dispose(): void
}

/** Within this many seconds of a chapter's start, "previous" goes to the chapter before. */
const RESTART_WINDOW_S = 2
/** A longer gap between frames (a hidden tab, a stall) advances the story by at most this, s: slow software rendering still plays at about real time. */
const MAX_FRAME_S = 0.25

const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
}

export function createPlayer(store: AppStore, playhead: Playhead, frames = browserFrames): Player {
  const procedure = () => store.getState().scenario.procedure
  const duration = () => storyDurationS(procedure())
  const set = store.getState().actions.setPlayback
  let handle = 0
  let lastMs: number | null = null

  const seek = (storyS: number) => {
    const t = Math.min(duration(), Math.max(0, Number.isFinite(storyS) ? storyS : 0))
    if (!store.getState().playback.started) set({ started: true })
    playhead.setState({ storyS: t })
  }

  const tick = (nowMs: number) => {
    handle = 0
    const { playing, speed, loop } = store.getState().playback
    if (!playing) return
    const dt = lastMs === null ? 0 : Math.min(MAX_FRAME_S, (nowMs - lastMs) / 1000)
    lastMs = nowMs
    const next = playhead.getState().storyS + dt * speed
    if (next >= duration()) {
      if (loop) playhead.setState({ storyS: 0 })
      else {
        playhead.setState({ storyS: duration() })
        set({ playing: false })
        return
      }
    } else playhead.setState({ storyS: next })
    handle = frames.request(tick)
  }

  const start = () => {
    if (handle) return
    lastMs = null
    handle = frames.request(tick)
  }
  const stopClock = () => {
    if (handle) frames.cancel(handle)
    handle = 0
  }

  // The chapter follows the playhead and the procedure (the story time is kept across procedures).
  const syncChapter = () => {
    const id = chapterAt(procedure(), playhead.getState().storyS).id
    if (store.getState().playback.chapter !== id) set({ chapter: id })
  }
  const unsubscribePlayhead = playhead.subscribe(syncChapter)
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (s.scenario.procedure !== prev.scenario.procedure) syncChapter()
    if (s.playback.playing !== prev.playback.playing) s.playback.playing ? start() : stopClock()
  })
  syncChapter()
  if (store.getState().playback.playing) start()

  const player: Player = {
    play() {
      const { started } = store.getState().playback
      // The opening frame is a poster: the first play tells the story from the start; at the end, play replays.
      if (!started || playhead.getState().storyS >= duration()) seek(0)
      set({ playing: true })
    },
    pause() {
      set({ playing: false })
    },
    toggle() {
      store.getState().playback.playing ? player.pause() : player.play()
    },
    seek,
    seekBy(deltaS) {
      seek(playhead.getState().storyS + deltaS)
    },
    seekChapter(id, offsetS = 0) {
      const target = equivalentChapter(procedure(), id)
      const chapter = storyChapters(procedure()).find((c) => c.id === target)
      if (!chapter) return
      seek(chapter.startS + Math.min(Math.max(0, offsetS), chapter.endS - chapter.startS - 1e-3))
    },
    stepChapter(direction) {
      const chapters = storyChapters(procedure())
      const now = playhead.getState().storyS
      const index = chapters.findIndex((c) => c.id === chapterAt(procedure(), now).id)
      const current = chapters[index]
      if (direction < 0 && current && now - current.startS > RESTART_WINDOW_S) return seek(current.startS)
      const target = chapters[Math.min(chapters.length - 1, Math.max(0, index + direction))]
      if (target) seek(target.startS)
    },
    setSpeed(speed) {
      if (Number.isFinite(speed) && speed > 0) set({ speed })
    },
    setLoop(loop) {
      set({ loop })
    },
    dispose() {
      stopClock()
      unsubscribePlayhead()
      unsubscribeStore()
    },
  }
  return player
}
