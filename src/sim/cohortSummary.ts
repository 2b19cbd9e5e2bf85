/**
 * The cohort's figures beside the published ones (Hulme 2006, Zhan 2017, Papanastassiou 2012,
 * Xing 2013, Van Meirhaeghe 2013, Krebs 2005): leak rate per procedure, kyphotic correction, anterior
 * height gain, the leak risk factors as crude and adjusted odds ratios, the routes of the seen
 * leaks and the effect of fracture age (cohortFactors.ts).
 */
import {
  type AdjustedFactor,
  adjustedOddsRatios,
  ageRatio,
  kyphoticCorrectionDeg,
  routeSplit,
} from './cohortFactors.ts'
import type { LeakRoute } from './exits.ts'
import type { OddsRatio } from './logistic.ts'
import { ctRoutes, type Outcome } from './outcome.ts'
import type { Scenario } from './scenarioFields.ts'

export interface ProcedureSummary {
  patients: number
  /** Share with a leak seen on plain radiographs. */
  leakRate: number
  /** Share with any cement outside the bone: what CT finds (issue 20: a vein's passage holds the first cement). */
  anyLeakRate: number
  /** Mean reduction of the local kyphotic angle, degrees. */
  kyphoticCorrectionDeg: number
  /** Mean anterior height regained, mm. */
  anteriorHeightGainMm: number
  /** Mean cement volume per needle (per side), mL. */
  volumePerSideMl: number
  /** Median peak injection pressure, MPa. */
  medianPeakPressureMPa: number
}

export interface CohortSummary {
  vertebroplasty: ProcedureSummary
  kyphoplasty: ProcedureSummary
  /** Odds ratios for a seen leak (both procedures pooled, as Zhan 2017), Haldane-corrected. */
  oddsRatios: { corticalDisruption: number; lowViscosity: number; cleft: number }
  /** Mean injected volume of patients with a seen leak minus those without, mL (Zhan 2017: +0.59). */
  leakVolumeDifferenceMl: number
  /** Odds ratios of a seen leak from a logistic regression on all factors at once (added in issue 7). */
  adjustedOddsRatios: Record<AdjustedFactor, OddsRatio>
  /** Share of each route among the seen leak types, per procedure (sums to 1; added in issue 7). */
  routeSplit: { vertebroplasty: Record<LeakRoute, number>; kyphoplasty: Record<LeakRoute, number> }
  /** The same among the leak types CT shows (any cement outside the bone; added in issue 20). */
  ctRouteSplit: { vertebroplasty: Record<LeakRoute, number>; kyphoplasty: Record<LeakRoute, number> }
  /**
   * Kyphoplasty, older over younger fractures as each study split them: the mean share of lost
   * height regained after Crandall 2004 (< 10 weeks vs > 4 months) and Clin Neurol Neurosurg 2019
   * (≤ 4 vs > 4 weeks); the mean kyphotic correction after Palmowski 2020 (> 6 weeks over < 2
   * weeks; issue 20, a height ratio ≤ 6 vs > 6 weeks before).
   */
  ageEffect: { crandall: number; palmowski: number; clinNeurolNeurosurg: number }
}

interface Row {
  scenario: Scenario
  outcome: Outcome
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0 ? 0 : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

function procedureSummary(rows: Row[]): ProcedureSummary {
  const o = rows.map((r) => r.outcome)
  return {
    patients: rows.length,
    leakRate: mean(o.map((x) => (x.leak.seen ? 1 : 0))),
    anyLeakRate: mean(o.map((x) => (x.leak.occurred ? 1 : 0))),
    kyphoticCorrectionDeg: mean(o.map(kyphoticCorrectionDeg)),
    anteriorHeightGainMm: mean(o.map((x) => x.heightsMm.final.anterior - x.heightsMm.fractured.anterior)),
    volumePerSideMl: mean(
      rows.map((r) => r.outcome.injectedMl / (r.scenario.approach === 'bipedicular' ? 2 : 1)),
    ),
    medianPeakPressureMPa: median(o.map((x) => x.peakInjectionPressureMPa)),
  }
}

/** Odds ratio of a seen leak with the factor vs without (+0.5 in each cell, Haldane). */
export function oddsRatio(rows: Row[], factor: (s: Scenario) => boolean): number {
  const n = [0.5, 0.5, 0.5, 0.5] // exposed+leak, exposed, unexposed+leak, unexposed
  for (const { scenario, outcome } of rows) {
    const base = factor(scenario) ? 0 : 2
    const cell = base + (outcome.leak.seen ? 0 : 1)
    n[cell] = (n[cell] as number) + 1
  }
  return ((n[0] as number) * (n[3] as number)) / ((n[1] as number) * (n[2] as number))
}

/** Summarise simulated patients. */
export function cohortSummary(rows: Row[]): CohortSummary {
  const leakers = rows.filter((r) => r.outcome.leak.seen).map((r) => r.outcome.injectedMl)
  const others = rows.filter((r) => !r.outcome.leak.seen).map((r) => r.outcome.injectedMl)
  return {
    vertebroplasty: procedureSummary(rows.filter((r) => r.scenario.procedure === 'vertebroplasty')),
    kyphoplasty: procedureSummary(rows.filter((r) => r.scenario.procedure === 'kyphoplasty')),
    oddsRatios: {
      corticalDisruption: oddsRatio(rows, (s) => s.corticalBreach !== 'none'),
      lowViscosity: oddsRatio(rows, (s) => s.cementViscosity === 'low'),
      cleft: oddsRatio(rows, (s) => s.cleft),
    },
    leakVolumeDifferenceMl: mean(leakers) - mean(others),
    adjustedOddsRatios: adjustedOddsRatios(rows).oddsRatios,
    routeSplit: {
      vertebroplasty: routeSplit(rows, 'vertebroplasty'),
      kyphoplasty: routeSplit(rows, 'kyphoplasty'),
    },
    ctRouteSplit: {
      vertebroplasty: routeSplit(rows, 'vertebroplasty', ctRoutes),
      kyphoplasty: routeSplit(rows, 'kyphoplasty', ctRoutes),
    },
    ageEffect: {
      crandall: ageRatio(rows, 70, 120),
      palmowski: ageRatio(rows, 13, 42, kyphoticCorrectionDeg),
      clinNeurolNeurosurg: ageRatio(rows, 28, 28),
    },
  }
}
