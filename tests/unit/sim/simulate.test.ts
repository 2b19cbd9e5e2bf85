import { describe, expect, it } from 'vitest'
import { CALIBRATION } from '../../../src/sim/calibration.ts'
import { DEFAULT_SCENARIO, type Scenario } from '../../../src/sim/scenario.ts'
import { estimateRisk, simulate } from '../../../src/sim/simulate.ts'

const VP: Scenario = { ...DEFAULT_SCENARIO, procedure: 'vertebroplasty' }
const BKP: Scenario = { ...DEFAULT_SCENARIO, procedure: 'kyphoplasty' }

describe('simulate', () => {
  it('is deterministic: the same scenario and seed give identical results', () => {
    const a = simulate({ ...VP, seed: 5, corticalBreach: 'lateral' })
    const b = simulate({ ...VP, seed: 5, corticalBreach: 'lateral' })
    expect(b).toEqual(a)
  })

  it('changes with the seed (another patient’s bone)', () => {
    expect(simulate({ ...VP, seed: 1 }).fillTimeS).not.toEqual(simulate({ ...VP, seed: 2 }).fillTimeS)
  })

  it('conserves cement: injected = inside + leaked to 1e-6 relative, for both procedures', () => {
    for (const s of [
      VP,
      BKP,
      { ...VP, level: 'T8' as const, cementViscosity: 'low' as const, corticalBreach: 'anterior' as const },
    ]) {
      const { outcome } = simulate(s)
      const sumRoutes = Object.values(outcome.leak.byRouteMl).reduce((x, y) => x + y, 0)
      expect(
        Math.abs(outcome.injectedMl - outcome.insideMl - outcome.leak.volumeMl) / outcome.injectedMl,
      ).toBeLessThan(1e-6)
      expect(sumRoutes).toBeCloseTo(outcome.leak.volumeMl, 9)
    }
  })

  it('voxelises the body with at least 32 cells along its longest axis', () => {
    const { grid } = simulate(VP)
    expect(Math.max(...grid.dims)).toBeGreaterThanOrEqual(32)
  })

  it('worked example, default kyphoplasty (L1, grade 2 wedge, 28 days): height regained, angle reduced, cement mostly inside', () => {
    const { outcome, balloon } = simulate(BKP)
    const { normal, fractured, final } = outcome.heightsMm
    expect(fractured.anterior / normal.anterior).toBeCloseTo(1 - 0.325, 6)
    expect(final.anterior).toBeGreaterThan(fractured.anterior + 2)
    expect(final.anterior).toBeLessThanOrEqual(normal.anterior)
    expect(outcome.kyphoticAngleDeg.final).toBeLessThan(outcome.kyphoticAngleDeg.fractured - 3)
    expect(balloon?.volumeMl).toBeGreaterThan(1.5)
    expect(outcome.insideMl).toBeGreaterThan(0.9 * outcome.injectedMl)
    expect(outcome.crossesMidline).toBe(true)
  })

  it('kyphoplasty restores more height than vertebroplasty in the same fracture', () => {
    const gain = (s: Scenario) => {
      const h = simulate(s).outcome.heightsMm
      return h.final.anterior - h.fractured.anterior
    }
    expect(gain(BKP)).toBeGreaterThan(gain(VP))
    expect(gain(VP)).toBeGreaterThan(0)
  })

  it('more cement → not less leakage, seed by seed, on the real anatomy', () => {
    for (const seed of [1, 2, 3, 4]) {
      const small = simulate({ ...VP, seed, level: 'T12', cementVolumeMl: 3 }).outcome.leak.volumeMl
      const large = simulate({ ...VP, seed, level: 'T12', cementVolumeMl: 6 }).outcome.leak.volumeMl
      expect(large, `seed ${seed}`).toBeGreaterThanOrEqual(small)
    }
  })
})

describe('estimateRisk', () => {
  const risk = estimateRisk({ ...VP, level: 'T12', approach: 'unipedicular', cementViscosity: 'low' }, 32)

  it('runs 32 seeds and reports P(leak) inside its 95 % interval, and any leak at least as often as a seen one', () => {
    expect(risk.seeds).toBe(32)
    expect(risk.ci95[0]).toBeLessThanOrEqual(risk.pLeak)
    expect(risk.ci95[1]).toBeGreaterThanOrEqual(risk.pLeak)
    expect(risk.pAnyLeak).toBeGreaterThanOrEqual(risk.pLeak)
    expect(risk.pLeak).toBeGreaterThan(0)
  })

  it('gives each route a probability no larger than P(leak), and a risk map over the shell within 0–1', () => {
    for (const r of Object.values(risk.byRoute)) expect(r.p).toBeLessThanOrEqual(risk.pLeak)
    expect(risk.riskMap.cells.length).toBe(risk.riskMap.pReach.length)
    expect(Math.max(...risk.riskMap.pReach)).toBeLessThanOrEqual(1)
    expect(Math.max(...risk.riskMap.pReach)).toBeGreaterThan(0)
  })

  it('counts a leak as seen only from the radiographic minimum volume', () => {
    expect(CALIBRATION.seenLeakMl).toBeGreaterThan(0)
    const { outcome } = simulate({ ...VP, level: 'T12', approach: 'unipedicular', cementViscosity: 'low' })
    expect(outcome.leak.seen).toBe(outcome.leak.volumeMl >= CALIBRATION.seenLeakMl)
  })

  it('a cortical breach raises the risk', () => {
    const base = { ...VP, level: 'L1' as const, approach: 'bipedicular' as const }
    const without = estimateRisk(base, 16).meanLeakMl
    const withBreach = estimateRisk({ ...base, corticalBreach: 'anterior' }, 16).meanLeakMl
    expect(withBreach).toBeGreaterThan(without)
  })
})
