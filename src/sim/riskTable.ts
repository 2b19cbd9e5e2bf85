/**
 * Seen-leak risk case by case: the default case of each procedure and each risk factor switched
 * alone, over many seeds (patients), beside what the studies report for that factor. This is the
 * table in docs/SIMULATION.md ("Leak risk per case"), printed by `npm run sim -- --risk-table`.
 */
import { bodyVolumeMm3, cavityFillMl } from './cohort.ts'
import { estimateRisk, type Risk } from './risk.ts'
import { DEFAULT_SCENARIO, type Procedure, type Scenario } from './scenarioFields.ts'

/** One case of the table: what is switched, and what the literature says about it. */
export interface RiskCase {
  label: string
  change: Partial<Scenario>
  /** Kyphoplasty rows that change the cavity are filled as a surgeon would (0.96 of the cavity). */
  fillCavity?: boolean
  /** Vertebroplasty rows that change the level scale the volume with the body (as the cohort does). */
  scaleVolume?: boolean
  published: string
}

export interface RiskRow {
  procedure: Procedure
  label: string
  scenario: Scenario
  risk: Risk
  /** Odds of a seen leak over the procedure's default case's. */
  oddsRatio: number
  published: string
}

const BREACH = 'OR 5.56 (1.84–16.81), any cortical disruption (Zhan 2017)'
const NOT_SIGNIFICANT = 'not significant (Zhan 2017)'

/** The cases of the table, in order (the first is the default). */
export const RISK_CASES: readonly RiskCase[] = [
  { label: 'default case', change: {}, published: '' },
  { label: 'cortical breach, anterior', change: { corticalBreach: 'anterior' }, published: BREACH },
  { label: 'cortical breach, lateral', change: { corticalBreach: 'lateral' }, published: BREACH },
  { label: 'cortical breach, posterior wall', change: { corticalBreach: 'posterior' }, published: BREACH },
  { label: 'cortical breach, endplate', change: { corticalBreach: 'endplate' }, published: BREACH },
  { label: 'low-viscosity cement', change: { cementViscosity: 'low' }, published: 'OR 3.32 (1.36–8.07) (Zhan 2017)' },
  { label: 'high-viscosity cement', change: { cementViscosity: 'high' }, published: 'less leakage than low viscosity (Zhan 2017); no OR against medium' },
  { label: 'intravertebral cleft', change: { cleft: true }, published: 'OR 1.40 (1.09–1.78) (Zhan 2017)' },
  { label: 'cement +1 mL (5.8 mL)', change: { cementVolumeMl: 5.8 }, published: 'leaking levels had +0.59 mL (Zhan 2017)' },
  { label: 'cement −1 mL (3.8 mL)', change: { cementVolumeMl: 3.8 }, published: 'leaking levels had +0.59 mL (Zhan 2017)' },
  { label: 'unipedicular (same volume)', change: { approach: 'unipedicular' }, published: NOT_SIGNIFICANT },
  { label: 'level T8 (volume for its size)', change: { level: 'T8' }, fillCavity: true, scaleVolume: true, published: NOT_SIGNIFICANT },
  { label: 'level L4 (volume for its size)', change: { level: 'L4' }, fillCavity: true, scaleVolume: true, published: NOT_SIGNIFICANT },
  { label: 'T-score −4 (more porous)', change: { tScore: -4 }, published: 'no pooled OR found; no difference by BMD group after kyphoplasty (BMC Musculoskelet Disord 2023)' },
  { label: 'T-score −2', change: { tScore: -2 }, published: 'as above' },
  { label: 'fracture 6 months old', change: { fractureAgeDays: 180 }, published: 'delayed surgery: a risk factor for disc leaks (BMC Musculoskelet Disord 2020)' },
] // biome-ignore format: one case per line reads as a table

/** What the studies report for the default case of each procedure. */
export const DEFAULT_PUBLISHED: Record<Procedure, string> = {
  vertebroplasty: '41 % (Hulme 2006) – 54.7 % (Zhan 2017) of levels',
  kyphoplasty:
    '9 % (Hulme 2006) – 18.4 % (Zhan 2017); RR 0.62 (0.47–0.80) against VP (J Orthop Surg Res 2018)',
}

const odds = (p: number, n: number) => {
  // Half a patient either way keeps a 0 % or 100 % estimate finite.
  const q = (p * n + 0.5) / (n + 1)
  return q / (1 - q)
}

/** The scenario a case describes for `procedure`. */
export function riskCaseScenario(procedure: Procedure, c: RiskCase): Scenario {
  let scenario: Scenario = { ...DEFAULT_SCENARIO, procedure, ...c.change }
  if (procedure === 'kyphoplasty' && c.fillCavity)
    scenario = { ...scenario, cementVolumeMl: Math.round(cavityFillMl(scenario) * 10) / 10 }
  if (procedure === 'vertebroplasty' && c.scaleVolume) {
    const ratio = bodyVolumeMm3(scenario.level) / bodyVolumeMm3(DEFAULT_SCENARIO.level)
    scenario = { ...scenario, cementVolumeMl: Math.round(DEFAULT_SCENARIO.cementVolumeMl * ratio * 10) / 10 }
  }
  return scenario
}

/** Estimate every case for both procedures over `seeds` seeds each. */
export function riskTable(seeds = 64, cases: readonly RiskCase[] = RISK_CASES): RiskRow[] {
  const rows: RiskRow[] = []
  for (const procedure of ['vertebroplasty', 'kyphoplasty'] as const) {
    let base = 0
    for (const c of cases) {
      const scenario = riskCaseScenario(procedure, c)
      const risk = estimateRisk(scenario, seeds)
      if (rows.length === 0 || c === cases[0]) base = odds(risk.pLeak, seeds)
      rows.push({
        procedure,
        label: c.label,
        scenario,
        risk,
        oddsRatio: odds(risk.pLeak, seeds) / base,
        published: c === cases[0] ? DEFAULT_PUBLISHED[procedure] : c.published,
      })
    }
  }
  return rows
}
