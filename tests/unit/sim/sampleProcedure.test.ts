import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import { sampleProcedure, simulate } from '../../../src/sim/simulate.ts'
import { PHASE_IDS } from '../../../src/sim/timeline.ts'

const BKP = simulate({ ...DEFAULT_SCENARIO, procedure: 'kyphoplasty' })
const VP = simulate({ ...DEFAULT_SCENARIO, procedure: 'vertebroplasty' })
const START_S = 0
const BEFORE_START_S = -30
const phaseOf = (r: typeof BKP, id: string) => r.phases.find((p) => p.id === id)

describe('timeline', () => {
  it('runs phases back to back from 0 to the end, in the documented order', () => {
    for (const r of [BKP, VP]) {
      expect(r.phases[0]?.startS).toBe(START_S)
      for (let i = 1; i < r.phases.length; i++) expect(r.phases[i]?.startS).toBe(r.phases[i - 1]?.endS)
      expect(r.phases.at(-1)?.endS).toBe(r.durationS)
      const order = r.phases.map((p) => PHASE_IDS.indexOf(p.id))
      expect(order).toEqual([...order].sort((a, b) => a - b))
    }
  })

  it('has balloon phases only in kyphoplasty', () => {
    expect(phaseOf(BKP, 'balloonInflation')).toBeDefined()
    expect(phaseOf(VP, 'balloonInflation')).toBeUndefined()
    expect(phaseOf(VP, 'drill')).toBeUndefined()
  })

  it('lasts as long as injecting the cement takes (volume / rate)', () => {
    const inj = phaseOf(VP, 'cementInjection')
    expect((inj?.endS ?? 0) - (inj?.startS ?? 0)).toBeCloseTo((4.8 / 2) * 60, 6)
  })
})

describe('sampleProcedure', () => {
  it('at t = 0: access, needle out, no balloon, fractured heights, no cement', () => {
    const s = sampleProcedure(BKP, START_S)
    expect(s.phase).toBe('access')
    expect(s.needleDepthMm).toBe(0)
    expect(s.balloonVolumeMl).toBe(0)
    // Keyframes are Float32 (cheap to post from the worker): equal to ~1e-5 mm.
    for (const k of ['anterior', 'middle', 'posterior'] as const) {
      expect(s.heightsMm[k]).toBeCloseTo(BKP.outcome.heightsMm.fractured[k], 4)
    }
    expect(s.injectedMl).toBe(0)
    expect(s.leakedMl).toBe(0)
  })

  it('before 0 reads as 0, and past the end as the end', () => {
    expect(sampleProcedure(BKP, BEFORE_START_S)).toEqual(sampleProcedure(BKP, START_S))
    expect(sampleProcedure(BKP, BKP.durationS + 1000)).toEqual(sampleProcedure(BKP, BKP.durationS))
    expect(sampleProcedure(BKP, Number.NaN)).toEqual(sampleProcedure(BKP, START_S))
  })

  it('at the end: curing, needle out, final heights and angle, all the cement injected and leaked', () => {
    const s = sampleProcedure(BKP, BKP.durationS)
    expect(s.phase).toBe('curing')
    expect(s.phaseProgress).toBe(1)
    expect(s.needleDepthMm).toBe(0)
    expect(s.heightsMm.anterior).toBeCloseTo(BKP.outcome.heightsMm.final.anterior, 4)
    expect(s.kyphoticAngleDeg).toBeCloseTo(BKP.outcome.kyphoticAngleDeg.final, 3)
    expect(s.injectedMl).toBeCloseTo(BKP.outcome.injectedMl, 5)
    expect(s.leakedMl).toBeCloseTo(BKP.outcome.leak.volumeMl, 9)
  })

  it('at full inflation: balloon at its volume and pressure, heights above the final ones', () => {
    const t = phaseOf(BKP, 'balloonInflation')?.endS ?? 0
    const s = sampleProcedure(BKP, t)
    expect(s.balloonVolumeMl).toBeCloseTo(BKP.balloon?.volumeMl ?? 0, 5)
    expect(s.balloonPressurePsi).toBeCloseTo(BKP.balloon?.peakPsi ?? 0, 3)
    expect(s.heightsMm.anterior).toBeGreaterThan(BKP.outcome.heightsMm.final.anterior)
  })

  it('during injection: needle fully in, cement going in at the set rate, pressure above 0', () => {
    const inj = phaseOf(VP, 'cementInjection')
    const t = ((inj?.startS ?? 0) + (inj?.endS ?? 0)) / 2
    const s = sampleProcedure(VP, t)
    expect(s.phase).toBe('cementInjection')
    expect(s.phaseProgress).toBeCloseTo(0.5, 6)
    expect(s.needleDepthMm).toBeCloseTo(VP.needles[0]?.lengthMm ?? 0, 3)
    expect(s.injectedMl).toBeCloseTo(2.4, 3)
    expect(s.injectionPressureMPa).toBeGreaterThan(0)
  })

  it('never makes time run backwards: injected volume does not fall as t grows', () => {
    let last = 0
    for (let t = 0; t <= VP.durationS; t += 5) {
      const { injectedMl } = sampleProcedure(VP, t)
      expect(injectedMl).toBeGreaterThanOrEqual(last)
      last = injectedMl
    }
  })
})
