/**
 * A virtual cohort for calibration: patients drawn from plausible distributions (model choices,
 * listed in docs/SIMULATION.md), half treated by vertebroplasty and half by kyphoplasty, and the
 * figures the literature reports computed over them.
 */
import { FRACTURE_LEVELS, type FractureLevel, levelDimensions } from '../anatomy/levels.ts'
import { type CohortSummary, cohortSummary } from './cohortSummary.ts'
import { cavityMask, cavityVolumeMl, instruments } from './instruments.ts'
import type { Outcome } from './outcome.ts'
import { flowShape, prepare, restorationOf } from './prepare.ts'
import { type Random, random } from './random.ts'
import { run } from './run.ts'
import { DEFAULT_SCENARIO, type Procedure, type Scenario } from './scenarioFields.ts'

export interface CohortPatient {
  scenario: Scenario
  outcome: Outcome
}

export interface Cohort {
  patients: CohortPatient[]
  summary: CohortSummary
}

function pick<T>(rng: Random, weighted: ReadonlyArray<readonly [T, number]>): T {
  let u = rng.next() * weighted.reduce((s, w) => s + w[1], 0)
  for (const [value, weight] of weighted) {
    u -= weight
    if (u < 0) return value
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0]
}

/** Intact body volume as an elliptic cylinder, mm³ (for scaling volumes between levels). */
export function bodyVolumeMm3(level: FractureLevel): number {
  const d = levelDimensions(level)
  return (Math.PI / 4) * d.bodyWidthMm * d.bodyDepthMm * d.middleHeightMm
}

// Spread (SD, relative) of the BKP cement volume around 0.96 × the cavity: model choice, calibrated.
const BKP_VOLUME_SD = 0.12
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
const round = (v: number, step: number) => Math.round(v / step) * step

// Fracture age at surgery, log-normal: Palmowski 2020 operated 100 of 230 patients within 2 weeks,
// 91 at 2–6 weeks and 39 later (to 51 weeks); this median and spread put 43 / 40 / 17 % in those
// groups. (A model choice until issue 20: median 35 days, log SD 0.8, 13 / 46 / 41 %.)
const AGE_MEDIAN_DAYS = 16.5
const AGE_LOG_SD = 0.98

// Fractures cluster at T12–L1 and T7–T8 (the usual clinical finding); the weights are model choices.
const LEVEL_WEIGHTS: ReadonlyArray<readonly [FractureLevel, number]> = [
  ['T6', 2], ['T7', 6], ['T8', 6], ['T9', 4], ['T10', 4], ['T11', 8], ['T12', 20], ['L1', 20], ['L2', 12], ['L3', 8], ['L4', 6], ['L5', 4],
] // biome-ignore format: a table

/** Draw patient `i` of a cohort (procedure alternates: even VP, odd BKP). */
export function cohortScenario(rng: Random, i: number): Scenario {
  const procedure: Procedure = i % 2 === 0 ? 'vertebroplasty' : 'kyphoplasty'
  const grade = pick(rng, [
    [1, 30],
    [2, 45],
    [3, 25],
  ] as const)
  // Height loss uniform within the grade's band (Wáng 2019); grade 3 up to 55 %.
  const band = (
    [
      [20, 25],
      [20, 25],
      [25, 40],
      [40, 55],
    ] as const
  )[grade]
  const heightLossPct = round(band[0] + rng.next() * (band[1] - band[0]), 0.5)
  const approach =
    procedure === 'kyphoplasty'
      ? pick(rng, [
          ['bipedicular', 80],
          ['unipedicular', 20],
        ] as const)
      : pick(rng, [
          ['bipedicular', 50],
          ['unipedicular', 50],
        ] as const)
  // Volumes: VP 4.1 mL one side, 4.9 mL two; BKP 2.4 mL per side (FREE trial's 24-month report, Van Meirhaeghe 2013); SD a model choice.
  const level = pick(rng, LEVEL_WEIGHTS)
  const index = FRACTURE_LEVELS.indexOf(level)
  // Smaller balloons in smaller bodies (model choice).
  const balloonSizeMm =
    index <= FRACTURE_LEVELS.indexOf('T10')
      ? pick(rng, [
          [10, 50],
          [15, 50],
        ] as const)
      : index <= FRACTURE_LEVELS.indexOf('L2')
        ? pick(rng, [
            [15, 70],
            [20, 30],
          ] as const)
        : pick(rng, [
            [15, 40],
            [20, 60],
          ] as const)
  const sides = approach === 'bipedicular' ? 2 : 1
  // VP: 4.1 mL one side, 4.9 mL two (an unattributed clinical figure), in thoracolumbar bodies, less in smaller
  // ones; BKP: replaced by the cavity's volume in `cohort` (FREE's 2.4 mL per side is the check).
  const meanMl = (sides === 2 ? 4.9 : 4.1) * (bodyVolumeMm3(level) / bodyVolumeMm3('L1'))
  return {
    ...DEFAULT_SCENARIO,
    procedure,
    level,
    heightLossPct,
    shape: pick(rng, [
      ['wedge', 55],
      ['biconcave', 30],
      ['crush', 15],
    ] as const),
    fractureAgeDays: Math.round(clamp(AGE_MEDIAN_DAYS * Math.exp(AGE_LOG_SD * rng.normal()), 3, 365)),
    // A cortical defect in the anterior or lateral wall in 24 % (18 % until issue 20): J Orthop Surg
    // Res 2021 found cortical leaks at 24.4 % of levels, each through such a defect (model choice).
    corticalBreach: pick(rng, [
      ['none', 64],
      ['anterior', 12],
      ['lateral', 12],
      ['posterior', 6],
      ['endplate', 6],
    ] as const),
    cleft: rng.next() < 0.2,
    tScore: round(clamp(-3 + 0.7 * rng.normal(), -5, -1), 0.1),
    approach,
    // Kyphoplasty fills a cavity with doughier cement more often (model choice).
    cementViscosity: pick(
      rng,
      procedure === 'kyphoplasty'
        ? ([
            ['low', 20],
            ['medium', 45],
            ['high', 35],
          ] as const)
        : ([
            ['low', 40],
            ['medium', 40],
            ['high', 20],
          ] as const),
    ),
    injectionStartMin: round(clamp(5.5 + rng.normal(), 4, 9), 0.5),
    cementVolumeMl: round(clamp(meanMl * (1 + 0.2 * rng.normal()), 1, 9), 0.1),
    injectionRateMlPerMin: round(1.5 + 1.5 * rng.next(), 0.1),
    balloonSizeMm,
    balloonMaxPsi: 400,
    seed: Math.floor(rng.next() * 2147483647),
  }
}

/** Kyphoplasty fills the cavity the balloons made: FREE's 2.4 mL per side with 2.5 mL tamps (Van Meirhaeghe 2013) is 0.96 of it. */
const CAVITY_FILL = 0.96

/**
 * Kyphoplasty: the cement volume a surgeon would inject into the cavity this scenario's balloons
 * make (0.96 of it, mL); pass `prepared` when the body is already voxelised.
 */
export function cavityFillMl(scenario: Scenario, prepared = prepare(flowShape(scenario))): number {
  const { tamp } = restorationOf(scenario)
  if (!tamp) return 0
  const tools = instruments(prepared.dims, scenario.procedure, scenario.approach, scenario.balloonSizeMm)
  return (
    CAVITY_FILL *
    cavityVolumeMl(prepared.grid, cavityMask(prepared.grid, tools, scenario.balloonSizeMm, tamp.volumeMl))
  )
}

/**
 * The cohort's patients as drawn, before any simulation: each scenario (kyphoplasty's cement
 * volume not yet fitted to its cavity) and the normal deviate that spreads that volume. `cohort`
 * simulates them; the sub-group tables read their heights and angles alone (restored.ts).
 */
export function* cohortDraws(n: number, seed: number): Generator<{ scenario: Scenario; volumeZ: number }> {
  const rng = random(seed)
  for (let i = 0; i < n; i++) {
    const scenario = cohortScenario(rng, i)
    yield { scenario, volumeZ: scenario.procedure === 'kyphoplasty' ? rng.normal() : 0 }
  }
}

/** Simulate `n` virtual patients drawn with `seed`. */
export function cohort(n: number, seed: number): Cohort {
  const patients: CohortPatient[] = []
  for (const draw of cohortDraws(n, seed)) {
    let { scenario } = draw
    const prepared = prepare(flowShape(scenario))
    if (scenario.procedure === 'kyphoplasty') {
      const fillMl = cavityFillMl(scenario, prepared)
      scenario = {
        ...scenario,
        cementVolumeMl: round(clamp(fillMl * (1 + BKP_VOLUME_SD * draw.volumeZ), 1, 9), 0.1),
      }
    }
    patients.push({ scenario, outcome: run(scenario, prepared).outcome })
  }
  return { patients, summary: cohortSummary(patients) }
}
