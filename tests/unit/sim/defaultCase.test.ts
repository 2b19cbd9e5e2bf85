/**
 * The case a first-time viewer sees is a typical one: each procedure's default case lies within
 * one standard deviation of the cohort's mean for every outcome the app shows for a case
 * (docs/SIMULATION.md, "The default case against the cohort").
 */
import { describe, expect, it } from 'vitest'
import { cohort, cohortDraws } from '../../../src/sim/cohort.ts'
import { kyphoticCorrectionDeg } from '../../../src/sim/cohortFactors.ts'
import { heightRestored, leakChanceSpread } from '../../../src/sim/defaultCase.ts'
import { restored } from '../../../src/sim/restored.ts'
import { estimateRisk } from '../../../src/sim/risk.ts'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import { PROCEDURES, spread } from '../../../src/sim/subgroups.ts'

// Heights and angles need no flow: the documented cohort itself (2,000 patients, seed 1).
const shaped = [...cohortDraws(2000, 1)].map(({ scenario }) => ({ scenario, outcome: restored(scenario) }))
// The leak chance needs the flow: a smaller cohort, each case over 8 patients.
const patients = cohort(80, 1).patients

describe('the default case against the cohort', () => {
  for (const procedure of PROCEDURES) {
    const mine = shaped.filter((p) => p.scenario.procedure === procedure)
    const scenario = { ...DEFAULT_SCENARIO, procedure }

    it(`${procedure}: kyphotic correction and height restored within one SD of the cohort's mean`, () => {
      const shape = restored(scenario)
      for (const [name, figure] of [
        ['kyphotic correction', kyphoticCorrectionDeg],
        ['height restored', heightRestored],
      ] as const) {
        const { mean, sd } = spread(mine.map((p) => figure(p.outcome)))
        expect(sd, name).toBeGreaterThan(0)
        expect(
          Math.abs(figure(shape) - mean),
          `${name}: ${figure(shape)} against ${mean} ± ${sd}`,
        ).toBeLessThan(sd)
      }
    })

    it(`${procedure}: leak chance within one SD of the cohort's cases`, () => {
      const cases = patients.filter((p) => p.scenario.procedure === procedure)
      const { mean, sd } = leakChanceSpread(cases, 8)
      const chance = estimateRisk(scenario, 32).pLeak
      expect(sd).toBeGreaterThan(0.05)
      expect(Math.abs(chance - mean), `${chance} against ${mean} ± ${sd}`).toBeLessThan(sd)
    })
  }
})
