/**
 * The cohort's figures beside the published ones (CLINICAL.md §1–3): leak rate per procedure,
 * kyphotic correction, anterior height gain, and the leak risk factors as odds ratios.
 */
import type { Outcome } from './outcome.ts'
import type { Scenario } from './scenarioFields.ts'

export interface ProcedureSummary {
  patients: number
  /** Share with a leak seen on plain radiographs. */
  leakRate: number
  /** Share with any leak (nearer what CT finds). */
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
    kyphoticCorrectionDeg: mean(o.map((x) => x.kyphoticAngleDeg.fractured - x.kyphoticAngleDeg.final)),
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
  }
}
