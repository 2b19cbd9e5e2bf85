import { describe, expect, it } from 'vitest'
import { POSTER_STORY_S, storyChapters, storyDurationS } from '../../../src/playback/story.ts'
import { createPlayer, type FrameScheduler } from '../../../src/state/player.ts'
import { createPlayhead } from '../../../src/state/playhead.ts'
import { createAppStore } from '../../../src/state/store.ts'

/** Animation frames on demand: `advance(ms)` runs one frame `ms` after the last. */
class ManualFrames implements FrameScheduler {
  private queue = new Map<number, (now: number) => void>()
  private next = 1
  nowMs = 0
  request(callback: (now: number) => void) {
    this.queue.set(this.next, callback)
    return this.next++
  }
  cancel(handle: number) {
    this.queue.delete(handle)
  }
  get pending() {
    return this.queue.size
  }
  advance(ms: number, frames = 1) {
    for (let i = 0; i < frames; i++) {
      this.nowMs += ms
      const callbacks = [...this.queue.values()]
      this.queue.clear()
      for (const c of callbacks) c(this.nowMs)
    }
  }
}

function setUp(procedure: 'vertebroplasty' | 'kyphoplasty' = 'kyphoplasty') {
  const store = createAppStore()
  store.getState().actions.applyScenario({ procedure }, 'controls')
  const playhead = createPlayhead()
  const frames = new ManualFrames()
  const player = createPlayer(store, playhead, frames)
  const storyS = () => playhead.getState().storyS
  return { store, playhead, frames, player, storyS }
}
const start = (id: string) => storyChapters('kyphoplasty').find((c) => c.id === id)?.startS as number

describe('the player', () => {
  it('opens paused on the poster frame, in the fracture chapter, with no clock running', () => {
    const { store, frames, storyS } = setUp()
    expect(storyS()).toBe(POSTER_STORY_S)
    expect(store.getState().playback).toMatchObject({ playing: false, chapter: 'fracture', started: false })
    expect(frames.pending).toBe(0)
  })

  it('plays the story from the start the first time, advancing with frame time × speed', () => {
    const { player, frames, storyS } = setUp()
    player.play()
    expect(storyS()).toBe(0)
    frames.advance(16) // the first frame only starts the clock
    frames.advance(500)
    expect(storyS()).toBeCloseTo(0.25) // a long gap (a hidden tab) counts as at most 0.25 s
    frames.advance(50, 10)
    expect(storyS()).toBeCloseTo(0.75)
    player.setSpeed(2)
    frames.advance(50, 10)
    expect(storyS()).toBeCloseTo(1.75)
  })

  it('stops the clock when paused: a paused page asks for no frames', () => {
    const { player, frames } = setUp()
    player.play()
    frames.advance(16)
    player.pause()
    expect(frames.pending).toBe(0)
  })

  it('follows the playhead with the chapter, and pauses at the end unless looping', () => {
    const { store, player, frames, storyS } = setUp()
    player.seek(start('cement') - 0.05)
    player.play()
    frames.advance(16)
    frames.advance(50, 2)
    expect(store.getState().playback.chapter).toBe('cement')
    player.seek(storyDurationS('kyphoplasty') - 0.05)
    frames.advance(50, 3)
    expect(store.getState().playback.playing).toBe(false)
    expect(storyS()).toBe(storyDurationS('kyphoplasty'))
    player.setLoop(true)
    player.play() // at the end: plays again from the start
    expect(storyS()).toBe(0)
    player.seek(storyDurationS('kyphoplasty') - 0.05)
    frames.advance(16)
    frames.advance(50, 2)
    expect(store.getState().playback.playing).toBe(true)
    expect(storyS()).toBeLessThan(1)
  })

  it('seeks within the story only, by chapter, and steps chapters as media players do', () => {
    const { store, player, storyS } = setUp()
    player.seek(-10)
    expect(storyS()).toBe(0)
    player.seek(Number.NaN)
    expect(storyS()).toBe(0)
    player.seekChapter('balloon', 3)
    expect(storyS()).toBe(start('balloon') + 3)
    expect(store.getState().playback.chapter).toBe('balloon')
    player.stepChapter(-1) // 3 s in: back to the start of this chapter
    expect(storyS()).toBe(start('balloon'))
    player.stepChapter(-1) // at its start: to the chapter before
    expect(storyS()).toBe(start('access'))
    player.stepChapter(1)
    player.stepChapter(1)
    expect(store.getState().playback.chapter).toBe('cavity')
    player.seekChapter('needle') // vertebroplasty's chapter in kyphoplasty: its equivalent
    expect(store.getState().playback.chapter).toBe('balloon')
  })

  it('keeps the story time when the procedure changes, and re-reads the chapter', () => {
    const { store, player, storyS } = setUp()
    player.seekChapter('cavity', 1)
    const before = storyS()
    store.getState().actions.applyScenario({ procedure: 'vertebroplasty' }, 'controls')
    expect(storyS()).toBe(before)
    expect(store.getState().playback.chapter).toBe('needle')
  })

  it('ignores speeds that are not positive numbers', () => {
    const { store, player } = setUp()
    player.setSpeed(0)
    player.setSpeed(Number.POSITIVE_INFINITY)
    expect(store.getState().playback.speed).toBe(1)
  })
})
