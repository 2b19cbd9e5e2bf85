/**
 * Is the case a first-time viewer sees a typical one? Each procedure's default case beside the
 * cohort's spread, for every outcome the app shows for a case (ui/CaseOutcome): the kyphotic
 * correction, the height restored (the share of the lost front height regained) and the chance of a
 * leak seen on radiographs (docs/SIMULATION.md, "The default case against the cohort").
 */
import { kyphoticCorrectionDeg } from './cohortFactors.ts'
import type { Outcome } from './outcome.ts'
import { flowShape, prepare } from './prepare.ts'
import { restored } from './restored.ts'
import { estimateRisk } from './risk.ts'
import { run } from './run.ts'
import { DEFAULT_SCENARIO, type Procedure, type Scenario } from './scenarioFields.ts'
import { PROCEDURES, type Spread, spread } from './subgroups.ts'

interface Row {
  scenario: Scenario
  outcome: Outcome
}

export type CaseFigure = 'kyphotic correction' | 'height restored' | 'leak chance'

export interface TypicalRow {
  procedure: Procedure
  figure: CaseFigure
  /** The default case's value: degrees, or a share 0–1. */
  value: number
  cohort: Spread
  /** (value − cohort mean) / cohort SD: within ±1, the default is within one SD of the cohort's mean (NaN without a spread). */
  z: number
}

/** The share of the lost front height regained, as the app shows it. */
export function heightRestored(x: Pick<Outcome, 'heightsMm'>): number {
  const { normal, fractured, final } = x.heightsMm
  const lost = normal.anterior - fractured.anterior
  return lost > 0 ? (final.anterior - fractured.anterior) / lost : 0
}

/**
 * The chance of a seen leak across the cohort's cases: its mean, and the spread of the cases'
 * chances (not of single patients' yes or no). Each case is run with `seedsPerCase` patients (its
 * own seed and the next ones: the same factors, other bone and veins); the spread of those
 * estimates, less what the finite number of patients adds (p(1 − p) / (k − 1) on average), is the
 * variance of the cases' chances.
 */
export function leakChanceSpread(rows: readonly Row[], seedsPerCase = 2): Spread {
  const k = Math.max(2, Math.round(seedsPerCase))
  const chances = rows.map(({ scenario, outcome }) => {
    const prepared = prepare(flowShape(scenario))
    let seen = outcome.leak.seen ? 1 : 0
    for (let s = 1; s < k; s++)
      seen += run({ ...scenario, seed: scenario.seed + s }, prepared).outcome.leak.seen ? 1 : 0
    return seen / k
  })
  const { mean, sd } = spread(chances)
  const sampling = chances.reduce((a, p) => a + p * (1 - p), 0) / Math.max(1, chances.length) / (k - 1)
  return { mean, sd: Math.sqrt(Math.max(0, sd * sd - sampling)) }
}

// NaN when the cohort shows no spread (a handful of patients): no distance to speak of.
const z = (value: number, { mean, sd }: Spread) => (sd > 0 ? (value - mean) / sd : Number.NaN)

/**
 * The default case of each procedure against `rows` (a cohort's patients): correction and height
 * over the patients, the leak chance over their cases (`leakChanceSpread`, `seedsPerCase` patients
 * each); the default's leak chance over `seeds` patients, as the app computes it.
 */
export function defaultVersusCohort(rows: readonly Row[], seeds = 32, seedsPerCase = 2): TypicalRow[] {
  return PROCEDURES.flatMap((procedure) => {
    const mine = rows.filter((r) => r.scenario.procedure === procedure)
    const scenario = { ...DEFAULT_SCENARIO, procedure }
    const shape = restored(scenario)
    const figures: [CaseFigure, number, Spread][] = [
      ['kyphotic correction', kyphoticCorrectionDeg(shape), spread(mine.map((r) => kyphoticCorrectionDeg(r.outcome)))],
      ['height restored', heightRestored(shape), spread(mine.map((r) => heightRestored(r.outcome)))],
      ['leak chance', estimateRisk(scenario, seeds).pLeak, leakChanceSpread(mine, seedsPerCase)],
    ] // biome-ignore format: a table
    return figures.map(([figure, value, cohort]) => ({
      procedure,
      figure,
      value,
      cohort,
      z: z(value, cohort),
    }))
  })
}
