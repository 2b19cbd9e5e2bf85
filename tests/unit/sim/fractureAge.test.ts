/**
 * Fracture age (fractureAge.ts): one smooth healing curve, steep around six weeks, that takes a
 * little from the height a procedure regains and more from the kyphotic correction (Palmowski 2020,
 * Crandall 2004). Property tests (fast-check, fixed seed) on `restored`, which needs no flow.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CALIBRATION } from '../../../src/sim/calibration.ts'
import { kyphoticCorrectionDeg } from '../../../src/sim/cohortFactors.ts'
import { angularShare, healing, positionalReducibility, reducibility } from '../../../src/sim/fractureAge.ts'
import { restored } from '../../../src/sim/restored.ts'
import { parseScenario } from '../../../src/sim/scenario.ts'

const SEED = 20261207

describe('the healing curve', () => {
  it('is steep around six weeks: little healed at 2 weeks, half at 6, most at 10', () => {
    expect(healing(14)).toBeLessThan(0.05)
    expect(healing(42)).toBeCloseTo(0.5, 12)
    expect(healing(70)).toBeGreaterThan(0.75)
  })

  it('takes more from the angle than from the height as the fracture heals', () => {
    for (const f of [reducibility, positionalReducibility, angularShare]) {
      let previous = f(0)
      expect(previous).toBe(1)
      for (let day = 1; day <= 730; day++) {
        expect(f(day), `${f.name} day ${day}`).toBeLessThanOrEqual(previous)
        previous = f(day)
      }
    }
    expect(angularShare(730)).toBeGreaterThan(CALIBRATION.healedAngularShare)
    // A healed fracture: the balloon's height falls to ≈ 0.55, the correction to ≈ 0.55 × 0.75.
    const healed = 3650
    expect(reducibility(healed) * angularShare(healed)).toBeLessThan(reducibility(healed) - 0.1)
  })
})

const scenario = fc
  .record({
    procedure: fc.constantFrom('vertebroplasty', 'kyphoplasty'),
    level: fc.constantFrom('T6', 'T8', 'T12', 'L1', 'L3', 'L5'),
    heightLossPct: fc.integer({ min: 5, max: 60 }),
    shape: fc.constantFrom('wedge', 'biconcave', 'crush'),
    tScore: fc.double({ min: -5, max: 0, noNaN: true }),
    approach: fc.constantFrom('unipedicular', 'bipedicular'),
    balloonSizeMm: fc.constantFrom(10, 15, 20),
    balloonMaxPsi: fc.integer({ min: 100, max: 700 }),
    fractureAgeDays: fc.integer({ min: 1, max: 700 }),
  })
  .map((input) => parseScenario(input).scenario)

describe('an older fracture, everything else the same', () => {
  it('regains no more height and no more kyphotic correction', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 300 }), (s, more) => {
        const older = { ...s, fractureAgeDays: Math.min(730, s.fractureAgeDays + more) }
        const [young, old] = [restored(s), restored(older)]
        expect(old.share).toBeLessThanOrEqual(young.share + 1e-12)
        // A wedge's correction is positive; the crushed shapes' is about zero and follows the height.
        const [a, b] = [kyphoticCorrectionDeg(young), kyphoticCorrectionDeg(old)]
        if (a >= 0) expect(b).toBeLessThanOrEqual(a + 1e-12)
        else expect(b).toBeGreaterThanOrEqual(a - 1e-12)
      }),
      { seed: SEED, numRuns: 200 },
    )
  })

  it('keeps less of its correction than of its height, relative to a fresh one (Palmowski 2020)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(s.shape === 'wedge')
        const fresh = restored({ ...s, fractureAgeDays: 1 })
        const old = restored({ ...s, fractureAgeDays: 365 })
        fc.pre(fresh.share > 0.05)
        const height = old.share / fresh.share
        const angle = kyphoticCorrectionDeg(old) / kyphoticCorrectionDeg(fresh)
        expect(angle).toBeLessThan(height)
      }),
      { seed: SEED, numRuns: 100 },
    )
  })
})
