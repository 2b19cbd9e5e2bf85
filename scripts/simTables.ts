/**
 * Markdown tables for the simulation's figures (docs/SIMULATION.md, the issue notes): the per-case
 * leak risk, the cohort's calibration table and its adjusted odds ratios, its sub-groups and the
 * default cases against it.
 */
import type { CalibrationRow } from '../src/sim/calibrationTable.ts'
import { ADJUSTED_FACTORS } from '../src/sim/cohortFactors.ts'
import type { CohortSummary } from '../src/sim/cohortSummary.ts'
import type { TypicalRow } from '../src/sim/defaultCase.ts'
import { LEAK_ROUTES } from '../src/sim/exits.ts'
import type { RiskRow } from '../src/sim/riskTable.ts'
import type { AgeGroupRow, ImagingRow, LeakGroupRow, RouteRow } from '../src/sim/subgroups.ts'

const pct = (x: number) => `${(100 * x).toFixed(1)} %`
const interval = ([lo, hi]: readonly [number, number], f = (x: number) => (100 * x).toFixed(1)) =>
  `${f(lo)}–${f(hi)}`
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

const VP_BKP = { vertebroplasty: 'VP', kyphoplasty: 'BKP' } as const
const ROUTE_LETTER = { basivertebral: 'B', segmental: 'S', cortical: 'C', disc: 'D', canal: 'canal' } as const

/** The per-case risk table: seen-leak risk with its 95 % interval, odds ratio against the default, routes, source. */
export function riskTableMarkdown(rows: readonly RiskRow[]): string {
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
        .map((k) => `${ROUTE_LETTER[k]} ${(100 * r.risk.seenByRoute[k].p).toFixed(0)}`)
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

/** Correction and height by fracture age (Palmowski 2020's and Crandall 2004's groups). */
export function ageMarkdown(rows: readonly AgeGroupRow[]): string {
  return table(
    ['procedure', 'fracture age', 'patients', 'kyphotic correction, mean ± SD', 'lost height regained', 'most-collapsed height, % of normal', 'published', 'source'],
    rows.map((r) => [
      VP_BKP[r.procedure],
      r.group,
      String(r.patients),
      `${r.correctionDeg.mean.toFixed(2)}° ± ${r.correctionDeg.sd.toFixed(2)}`,
      pct(r.regainedShare),
      `${(100 * r.normalShare.before).toFixed(0)} → ${(100 * r.normalShare.after).toFixed(0)} %`,
      r.published,
      r.source,
    ]),
  ) // biome-ignore format: the header reads as a table
}

/** Seen and CT-level leak rates by a factor (viscosity, cleft), with the seen leaks' routes. */
export function leakGroupMarkdown(factor: string, rows: readonly LeakGroupRow[]): string {
  return table(
    [
      'procedure',
      factor,
      'patients',
      'seen leak',
      'any leak on CT',
      'seen, by route (% of patients)',
      'published',
    ],
    rows.map((r) => [
      VP_BKP[r.procedure],
      r.group,
      String(r.patients),
      pct(r.seen),
      pct(r.ct),
      LEAK_ROUTES.filter((k) => r.seenByRoute[k] > 0)
        .map((k) => `${ROUTE_LETTER[k]} ${(100 * r.seenByRoute[k]).toFixed(0)}`)
        .join(', ') || '–',
      r.published,
    ]),
  )
}

/** Each route's share of the leak types seen on radiographs and shown by CT. */
export function routeMarkdown(rows: readonly RouteRow[]): string {
  return table(
    ['procedure', 'route', 'share of seen types', 'share of CT types', 'CT: % of patients', 'published'],
    rows.map((r) => [
      VP_BKP[r.procedure],
      r.route,
      pct(r.seenShare),
      pct(r.ctShare),
      pct(r.ctPerPatient),
      r.published,
    ]),
  )
}

/** Leak rates on radiographs and on CT. */
export function imagingMarkdown(rows: readonly ImagingRow[]): string {
  return table(
    [
      'procedure',
      'patients',
      'radiograph',
      'CT',
      'CT / radiograph',
      'published, radiograph',
      'published, CT',
    ],
    rows.map((r) => [
      VP_BKP[r.procedure],
      String(r.patients),
      pct(r.radiograph),
      pct(r.ct),
      (r.ct / Math.max(1e-9, r.radiograph)).toFixed(2),
      r.published.radiograph,
      r.published.ct,
    ]),
  )
}

/** The default cases against the cohort's spread, outcome by outcome. */
export function typicalMarkdown(rows: readonly TypicalRow[]): string {
  const show = (r: TypicalRow, x: number) =>
    r.figure === 'kyphotic correction' ? `${x.toFixed(2)}°` : pct(x)
  return table(
    ['procedure', 'outcome', 'default case', 'cohort mean ± SD', '(default − mean) / SD'],
    rows.map((r) => [
      VP_BKP[r.procedure],
      r.figure,
      show(r, r.value),
      `${show(r, r.cohort.mean)} ± ${show(r, r.cohort.sd)}`,
      Number.isFinite(r.z) ? r.z.toFixed(2) : '–',
    ]),
  )
}
