/**
 * Property tests of the simulation (fast-check, fixed seed): deterministic by seed, cement volume
 * conserved, and for one patient (one seed) more cement never leaks less (docs/SIMULATION.md: the
 * flow is the same invasion run longer). Few runs: each simulation takes tens of ms.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, type Scenario } from '../../../src/sim/scenario.ts'
import { simulate } from '../../../src/sim/simulate.ts'

const SEED = 20261125
const scenario = fc
  .record({
    procedure: fc.constantFrom('vertebroplasty', 'kyphoplasty'),
    level: fc.constantFrom('T8', 'T12', 'L1', 'L3'),
    heightLossPct: fc.integer({ min: 0, max: 60 }),
    shape: fc.constantFrom('wedge', 'biconcave', 'crush'),
    cementViscosity: fc.constantFrom('low', 'medium', 'high'),
    cementVolumeMl: fc.double({ min: 0.5, max: 8, noNaN: true }),
    corticalBreach: fc.constantFrom('none', 'anterior', 'posterior'),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((input) => parseScenario(input).scenario)

describe('simulate, on any scenario', () => {
  it('gives the same result for the same scenario and seed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const [a, b] = [simulate(s), simulate({ ...s })]
        expect(b.outcome).toEqual(a.outcome)
        expect(b.fillTimeS).toEqual(a.fillTimeS)
      }),
      { seed: SEED, numRuns: 6 },
    )
  })

  it('conserves cement: injected = inside + leaked', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { injectedMl, insideMl, leak } = simulate(s).outcome
        expect(Math.abs(injectedMl - insideMl - leak.volumeMl)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, injectedMl),
        )
        expect(injectedMl).toBeLessThanOrEqual(s.cementVolumeMl + 1e-9)
      }),
      { seed: SEED, numRuns: 12 },
    )
  })

  it('never leaks less for one patient when more cement is injected', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0.2, max: 2, noNaN: true }), (s: Scenario, more) => {
        const bigger = { ...s, cementVolumeMl: Math.min(10, s.cementVolumeMl + more) }
        const [a, b] = [simulate(s).outcome, simulate(bigger).outcome]
        expect(b.leak.volumeMl).toBeGreaterThanOrEqual(a.leak.volumeMl - 1e-9)
        expect(b.injectedMl).toBeGreaterThanOrEqual(a.injectedMl - 1e-9)
      }),
      { seed: SEED, numRuns: 8 },
    )
  })
})
