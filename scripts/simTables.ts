/**
 * Markdown tables for the simulation's figures (docs/SIMULATION.md, the issue notes): the per-case
 * leak risk, the cohort's calibration table and its adjusted odds ratios.
 */
import type { CalibrationRow } from '../src/sim/calibrationTable.ts'
import { ADJUSTED_FACTORS } from '../src/sim/cohortFactors.ts'
import type { CohortSummary } from '../src/sim/cohortSummary.ts'
import { LEAK_ROUTES } from '../src/sim/exits.ts'
import type { RiskRow } from '../src/sim/riskTable.ts'

const pct = (x: number) => `${(100 * x).toFixed(1)} %`
const interval = ([lo, hi]: readonly [number, number], f = (x: number) => (100 * x).toFixed(1)) =>
  `${f(lo)}–${f(hi)}`
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

/** The per-case risk table: seen-leak risk with its 95 % interval, odds ratio against the default, routes, source. */
export function riskTableMarkdown(rows: readonly RiskRow[]): string {
  const short = { basivertebral: 'B', segmental: 'S', cortical: 'C', disc: 'D', canal: 'canal' } as const
  return table(
    [
      'procedure',
      'case',
      'cement mL',
      'seen leak (95 % CI)',
      'OR vs default',
      'any leak',
      'seen, by route',
      'published',
    ],
    rows.map((r) => [
      r.procedure === 'vertebroplasty' ? 'VP' : 'BKP',
      r.label,
      r.scenario.cementVolumeMl.toFixed(1),
      `${pct(r.risk.pLeak)} (${interval(r.risk.ci95)})`,
      r.label === 'default case' ? '1' : r.oddsRatio.toFixed(2),
      pct(r.risk.pAnyLeak),
      LEAK_ROUTES.filter((k) => r.risk.seenByRoute[k].p > 0)
        .map((k) => `${short[k]} ${(100 * r.risk.seenByRoute[k].p).toFixed(0)}`)
        .join(', ') || '–',
      r.published,
    ]),
  )
}

/** The cohort's calibration table. */
export function calibrationMarkdown(rows: readonly CalibrationRow[]): string {
  return table(
    ['figure', 'simulated', 'published', 'band', 'source'],
    rows.map((r) => [
      r.figure,
      `${r.simulated.toFixed(2)}${r.unit && r.unit !== 'ratio' ? ` ${r.unit}` : ''}`,
      r.published,
      `${r.within ? 'inside' : '**OUTSIDE**'} ${r.target[0]}–${r.target[1]}`,
      r.source,
    ]),
  )
}

/** Adjusted odds ratios with their 95 % intervals. */
export function adjustedMarkdown(s: CohortSummary): string {
  return table(
    ['factor', 'adjusted OR (95 % CI)'],
    ADJUSTED_FACTORS.map((f) => {
      const { or, ci95 } = s.adjustedOddsRatios[f]
      return [f, `${or.toFixed(2)} (${interval(ci95, (x) => x.toFixed(2))})`]
    }),
  )
}
