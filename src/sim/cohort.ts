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
  // Volumes: VP 4.1 mL one side, 4.9 mL two; BKP 2.4 mL per side (FREE trial, Wardlaw 2009); SD a model choice.
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
    fractureAgeDays: Math.round(clamp(35 * Math.exp(0.8 * rng.normal()), 3, 365)),
    corticalBreach: pick(rng, [
      ['none', 70],
      ['anterior', 9],
      ['lateral', 9],
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

/** Kyphoplasty fills the cavity the balloons made: FREE's 2.4 mL per side with 2.5 mL tamps (Wardlaw 2009) is 0.96 of it. */
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

/** Simulate `n` virtual patients drawn with `seed`. */
export function cohort(n: number, seed: number): Cohort {
  const rng = random(seed)
  const patients: CohortPatient[] = []
  for (let i = 0; i < n; i++) {
    let scenario = cohortScenario(rng, i)
    const prepared = prepare(flowShape(scenario))
    if (scenario.procedure === 'kyphoplasty') {
      const cavityMl = cavityFillMl(scenario, prepared) / CAVITY_FILL
      scenario = {
        ...scenario,
        cementVolumeMl: round(clamp(cavityMl * CAVITY_FILL * (1 + BKP_VOLUME_SD * rng.normal()), 1, 9), 0.1),
      }
    }
    patients.push({ scenario, outcome: run(scenario, prepared).outcome })
  }
  return { patients, summary: cohortSummary(patients) }
}
