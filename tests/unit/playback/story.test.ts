import { describe, expect, it } from 'vitest'
import {
  CHAPTER_DURATION_S,
  chapterAt,
  chapterProcedureSpan,
  collapseAt,
  equivalentChapter,
  KYPHOPLASTY_CHAPTERS,
  procedureTimeAt,
  storyChapters,
  storyDurationS,
  VERTEBROPLASTY_CHAPTERS,
} from '../../../src/playback/story.ts'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import { simulate } from '../../../src/sim/simulate.ts'

const vp = simulate({ ...DEFAULT_SCENARIO, procedure: 'vertebroplasty' })
const bkp = simulate(DEFAULT_SCENARIO)
const startOf = (procedure: 'vertebroplasty' | 'kyphoplasty', id: string) =>
  storyChapters(procedure).find((c) => c.id === id)?.startS

describe('the story', () => {
  it('has the chapters of each procedure, in order, end to end', () => {
    expect(storyChapters('vertebroplasty').map((c) => c.id)).toEqual([...VERTEBROPLASTY_CHAPTERS])
    expect(storyChapters('kyphoplasty').map((c) => c.id)).toEqual([...KYPHOPLASTY_CHAPTERS])
    for (const procedure of ['vertebroplasty', 'kyphoplasty'] as const) {
      const chapters = storyChapters(procedure)
      chapters.forEach((c, i) => {
        expect(c.endS - c.startS, c.id).toBe(CHAPTER_DURATION_S[c.id])
        if (i > 0) expect(c.startS, `${c.id} starts where the one before ends`).toBe(chapters[i - 1]?.endS)
      })
    }
  })

  it('lines the procedures up: fracture, access, cement and result start together', () => {
    expect(storyDurationS('vertebroplasty')).toBe(storyDurationS('kyphoplasty'))
    for (const id of ['fracture', 'access', 'cement', 'result'])
      expect(startOf('vertebroplasty', id), id).toBe(startOf('kyphoplasty', id))
  })

  it('gives the last chapter the very end, and clamps before the start', () => {
    expect(chapterAt('kyphoplasty', 1e9).id).toBe('result')
    expect(chapterAt('kyphoplasty', -5).id).toBe('fracture')
    expect(chapterAt('vertebroplasty', startOf('vertebroplasty', 'cement') as number).id).toBe('cement')
  })

  it('maps each chapter onto the simulated phases it shows', () => {
    const inject = bkp.phases.find((p) => p.id === 'cementInjection')
    expect(chapterProcedureSpan('kyphoplasty', 'cement', bkp.phases)).toEqual([inject?.startS, inject?.endS])
    // Kyphoplasty's access also brings the cannula in and drills the balloon's path.
    const drill = bkp.phases.find((p) => p.id === 'drill')
    expect(chapterProcedureSpan('kyphoplasty', 'access', bkp.phases)).toEqual([0, drill?.endS])
    expect(chapterProcedureSpan('vertebroplasty', 'result', vp.phases)[1]).toBe(vp.durationS)
    expect(chapterProcedureSpan('vertebroplasty', 'fracture', vp.phases)).toEqual([0, 0])
  })

  it('runs procedure time forward with story time, from 0 to the end of the procedure', () => {
    for (const result of [vp, bkp]) {
      const { procedure } = result.scenario
      let last = -1
      for (let s = 0; s <= storyDurationS(procedure); s += 0.25) {
        const t = procedureTimeAt(procedure, result.phases, s)
        expect(t, `at story ${s} s`).toBeGreaterThanOrEqual(last)
        last = t
      }
      expect(procedureTimeAt(procedure, result.phases, 0)).toBe(0)
      expect(procedureTimeAt(procedure, result.phases, storyDurationS(procedure))).toBeCloseTo(
        result.durationS,
      )
    }
  })

  it('collapses the vertebra during the fracture chapter, smoothly, and keeps it collapsed', () => {
    expect(collapseAt(0)).toBe(0)
    expect(collapseAt(3)).toBeGreaterThan(0.2)
    expect(collapseAt(3)).toBeLessThan(0.8)
    expect(collapseAt(CHAPTER_DURATION_S.fracture)).toBe(1)
    expect(collapseAt(1000)).toBe(1)
  })

  it('maps a chapter of the other procedure to the one standing in its place', () => {
    expect(equivalentChapter('kyphoplasty', 'needle')).toBe('balloon')
    expect(equivalentChapter('vertebroplasty', 'cavity')).toBe('needle')
    expect(equivalentChapter('vertebroplasty', 'cement')).toBe('cement')
  })
})
