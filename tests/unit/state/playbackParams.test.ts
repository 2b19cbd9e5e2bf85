import { describe, expect, it } from 'vitest'
import { storyChapters } from '../../../src/playback/story.ts'
import {
  playbackFromSearch,
  requestedStoryS,
  writePlaybackParams,
} from '../../../src/state/playbackParams.ts'

const cementStart = storyChapters('vertebroplasty').find((c) => c.id === 'cement')?.startS as number

describe('the player in the URL', () => {
  it('opens a chapter, a moment in it, and playing: ?chapter=cement&t=4.5&play=1', () => {
    const { request, problems } = playbackFromSearch('?chapter=cement&t=4.5&play=1', 'vertebroplasty')
    expect(problems).toEqual([])
    expect(request).toEqual({ chapter: 'cement', timeS: 4.5, play: true })
    expect(requestedStoryS(request, 'vertebroplasty')).toBe(cementStart + 4.5)
  })

  it('reads t alone as story time', () => {
    const { request } = playbackFromSearch('?t=30', 'kyphoplasty')
    expect(requestedStoryS(request, 'kyphoplasty')).toBe(30)
  })

  it('says what was wrong and what is allowed, and opens somewhere sensible', () => {
    const bad = playbackFromSearch('?chapter=surgery&t=abc&play=yes', 'vertebroplasty')
    expect(bad.problems.map((p) => p.message)).toEqual([
      'chapter: expected one of fracture | access | needle | cement | result, got "surgery" — opened at the start',
      't: expected seconds from 0 to 56, got "abc" — opened at 0',
      'play: expected one of 0 | 1 | true | false, got "yes" — paused',
    ])
    const other = playbackFromSearch('?chapter=balloon&t=99', 'vertebroplasty')
    expect(other.request.chapter).toBe('needle')
    expect(other.problems[0]?.message).toMatch(
      /"balloon" is not a chapter of vertebroplasty .* — opened needle/,
    )
    expect(other.problems[1]?.message).toBe('t: 99 s is outside the needle chapter (0–12 s) — opened at 12 s')
    expect(requestedStoryS(other.request, 'vertebroplasty')).toBeLessThan(cementStart)
  })

  it('writes a paused position that reopens the same frame, and nothing for the opening frame', () => {
    const params = new URLSearchParams('level=L2&play=1')
    writePlaybackParams('vertebroplasty', cementStart + 3.1234, true, params)
    expect(params.toString()).toBe('level=L2&chapter=cement&t=3.1')
    const { request } = playbackFromSearch(`?${params}`, 'vertebroplasty')
    expect(requestedStoryS(request, 'vertebroplasty')).toBeCloseTo(cementStart + 3.1)
    writePlaybackParams('vertebroplasty', 5, false, params)
    expect(params.toString()).toBe('level=L2')
  })
})
