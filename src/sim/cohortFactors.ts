/**
 * The cohort read the way the studies read their patients: odds ratios of a seen leak adjusted
 * for each other by logistic regression (as in the studies Zhan 2017 pooled), the split of seen
 * leaks among routes (as Yeom 2003's classification counts them), and how much of the lost height
 * kyphoplasty regained by fracture age (Crandall 2004, Palmowski 2020, Clin Neurol Neurosurg 2019).
 */
import { LEAK_ROUTES, type LeakRoute } from './exits.ts'
import { type LogisticFit, logisticRegression, type OddsRatio, oddsRatioOf } from './logistic.ts'
import { type Outcome, seenRoutes } from './outcome.ts'
import type { Procedure, Scenario } from './scenarioFields.ts'

interface Row {
  scenario: Scenario
  outcome: Outcome
}

/** The covariates of the adjusted model, each 0/1 except volume (mL), T-score (SD) and age (per 30 days). */
export const ADJUSTED_FACTORS = [
  'corticalDisruption',
  'lowViscosity',
  'cleft',
  'volumePerMl',
  'kyphoplasty',
  'unipedicular',
  'thoracicLevel',
  'tScorePerSd',
  'fractureAgePer30Days',
] as const
export type AdjustedFactor = (typeof ADJUSTED_FACTORS)[number]

function covariates(s: Scenario, o: Outcome): number[] {
  return [
    s.corticalBreach !== 'none' ? 1 : 0,
    s.cementViscosity === 'low' ? 1 : 0,
    s.cleft ? 1 : 0,
    o.injectedMl,
    s.procedure === 'kyphoplasty' ? 1 : 0,
    s.approach === 'unipedicular' ? 1 : 0,
    s.level.startsWith('T') ? 1 : 0,
    s.tScore,
    s.fractureAgeDays / 30,
  ]
}

/** Odds ratios of a seen leak for each factor, adjusted for all the others (both procedures pooled). */
export function adjustedOddsRatios(rows: readonly Row[]): {
  fit: LogisticFit
  oddsRatios: Record<AdjustedFactor, OddsRatio>
} {
  const fit = logisticRegression(
    rows.map((r) => covariates(r.scenario, r.outcome)),
    rows.map((r) => (r.outcome.leak.seen ? 1 : 0)),
  )
  const oddsRatios = Object.fromEntries(ADJUSTED_FACTORS.map((f, j) => [f, oddsRatioOf(fit, j)])) as Record<
    AdjustedFactor,
    OddsRatio
  >
  return { fit, oddsRatios }
}

/**
 * Share of each route among the leak types in `procedure`'s patients (sums to 1; a level may have
 * several types): as radiographs type them (`seenRoutes`, the default) or as CT does (`ctRoutes`).
 */
export function routeSplit(
  rows: readonly Row[],
  procedure: Procedure,
  types: (outcome: Outcome) => LeakRoute[] = seenRoutes,
): Record<LeakRoute, number> {
  const counts = Object.fromEntries(LEAK_ROUTES.map((r) => [r, 0])) as Record<LeakRoute, number>
  let total = 0
  for (const { scenario, outcome } of rows) {
    if (scenario.procedure !== procedure) continue
    for (const r of types(outcome)) {
      counts[r]++
      total++
    }
  }
  for (const r of LEAK_ROUTES) counts[r] = total > 0 ? counts[r] / total : 0
  return counts
}

/** Share of the lost height a procedure regained, from the height that lost the most. */
export function regainedShare(outcome: Pick<Outcome, 'heightsMm'>): number {
  const { normal, fractured, final } = outcome.heightsMm
  const keys = ['anterior', 'middle', 'posterior'] as const
  const key = keys.reduce((a, b) => (normal[b] - fractured[b] > normal[a] - fractured[a] ? b : a))
  const lost = normal[key] - fractured[key]
  return lost > 0 ? (final[key] - fractured[key]) / lost : 0
}

/** Reduction of the local kyphotic angle, degrees (what the studies call the kyphotic correction). */
export function kyphoticCorrectionDeg(outcome: Pick<Outcome, 'kyphoticAngleDeg'>): number {
  return outcome.kyphoticAngleDeg.fractured - outcome.kyphoticAngleDeg.final
}

/**
 * Kyphoplasty: mean of `measure` in fractures older than `oldDays` over its mean in those up to
 * `youngDays` old; by default the share of lost height regained.
 */
export function ageRatio(
  rows: readonly Row[],
  youngDays: number,
  oldDays: number,
  measure: (outcome: Outcome) => number = regainedShare,
): number {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  const bkp = rows.filter((r) => r.scenario.procedure === 'kyphoplasty')
  const young = bkp.filter((r) => r.scenario.fractureAgeDays <= youngDays).map((r) => measure(r.outcome))
  const old = bkp.filter((r) => r.scenario.fractureAgeDays > oldDays).map((r) => measure(r.outcome))
  return mean(old) / Math.max(1e-9, mean(young))
}
