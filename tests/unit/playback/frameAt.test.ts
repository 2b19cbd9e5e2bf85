import { describe, expect, it } from 'vitest'
import { frameAt, lossForHeights } from '../../../src/playback/frameAt.ts'
import { storyChapters } from '../../../src/playback/story.ts'
import { DEFAULT_SCENARIO, parseScenario } from '../../../src/sim/scenario.ts'
import { simulate } from '../../../src/sim/simulate.ts'

const bkpScenario = parseScenario({ grade: 3, fractureAgeDays: 14 }).scenario
const bkp = simulate(bkpScenario)
const vpScenario = { ...bkpScenario, procedure: 'vertebroplasty' as const }
const vp = simulate(vpScenario)
const span = (id: string) =>
  storyChapters('kyphoplasty').find((c) => c.id === id) as { startS: number; endS: number }

describe('the frame at a story time', () => {
  it('collapses the healthy body to the fracture in the first chapter, before any procedure time', () => {
    expect(frameAt(bkpScenario, bkp, 0)).toMatchObject({ chapter: 'fracture', procedureS: 0, lossPct: 0 })
    expect(frameAt(bkpScenario, bkp, span('fracture').endS - 0.01).lossPct).toBeCloseTo(50)
  })

  it('lifts the endplate while the balloon inflates, loses a little at deflation, and holds it', () => {
    const before = frameAt(bkpScenario, bkp, span('balloon').startS).lossPct
    const inflated = frameAt(bkpScenario, bkp, span('balloon').endS - 0.01).lossPct
    const after = frameAt(bkpScenario, bkp, span('cement').startS).lossPct
    const end = frameAt(bkpScenario, bkp, 1e9).lossPct
    expect(before).toBeCloseTo(50)
    expect(inflated, 'the balloon restores height').toBeLessThan(before - 5)
    expect(after, 'part of the lift is lost at deflation').toBeGreaterThan(inflated)
    expect(end).toBeCloseTo(after)
  })

  it('restores less with vertebroplasty (positioning only) than with kyphoplasty', () => {
    const end = frameAt(vpScenario, vp, 1e9).lossPct
    expect(end).toBeLessThanOrEqual(50)
    expect(end).toBeGreaterThan(frameAt(bkpScenario, bkp, 1e9).lossPct + 5)
  })

  it('agrees with the simulation: the final loss gives back the final heights', () => {
    const { normal, fractured, final } = bkp.outcome.heightsMm
    expect(lossForHeights(bkpScenario, bkp, final)).toBeCloseTo(
      50 * (1 - (final.anterior - fractured.anterior) / (normal.anterior - fractured.anterior)),
    )
  })

  it('gives the heights the body shows: healthy, then fractured, then the simulation’s', () => {
    const { normal, fractured } = bkp.outcome.heightsMm
    expect(frameAt(bkpScenario, bkp, 0).heightsMm?.anterior).toBeCloseTo(normal.anterior)
    expect(frameAt(bkpScenario, bkp, span('fracture').endS - 0.01).heightsMm?.anterior).toBeCloseTo(
      fractured.anterior,
    )
    for (const t of [span('balloon').startS + 4, span('cement').startS + 3, 1e9]) {
      const frame = frameAt(bkpScenario, bkp, t)
      for (const key of ['anterior', 'middle', 'posterior'] as const)
        expect(frame.heightsMm?.[key], `${key} at ${t} s`).toBeCloseTo(
          frame.sample?.heightsMm[key] as number,
          4,
        )
    }
  })

  it('samples nothing from a result of another body (a scenario change still being simulated)', () => {
    const other = { ...bkpScenario, level: 'T8' as const }
    const frame = frameAt(other, bkp, span('cement').startS + 2)
    expect(frame.sample).toBeNull()
    expect(frame.lossPct).toBe(other.heightLossPct)
    expect(frameAt(DEFAULT_SCENARIO, null, 30).sample).toBeNull()
  })
})
