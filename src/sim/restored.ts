/**
 * What a procedure does to the fracture's shape, apart from the cement: the heights before and
 * after (and at the balloon's full inflation) and the local kyphotic angle. No seed and no flow is
 * involved, so `run` and the cohort's tables (subgroups.ts) read the same figures, and the tables
 * can read thousands of patients cheaply.
 */
import { levelDimensions, type VertebraDimensions } from '../anatomy/levels.ts'
import type { Balloon } from './balloon.ts'
import { fracture, type Heights, kyphoticAngleDeg, segmentalAngleDeg } from './fracture.ts'
import { restorationOf } from './prepare.ts'
import type { Scenario } from './scenarioFields.ts'

export interface Restored {
  /** The balloon (kyphoplasty) as inflated against this fracture; null for vertebroplasty. */
  tamp: Balloon | null
  /** Share of the lost height regained, 0–1 (the same share for every height). */
  share: number
  heightsMm: { normal: Heights; fractured: Heights; final: Heights; peak: Heights }
  /** Local kyphotic angle before and after, degrees (segmental after, `segmentalAngleDeg`). */
  kyphoticAngleDeg: { fractured: number; final: number }
}

/** Heights and angles `scenario`'s procedure leaves (pass `dims` when the level is already at hand). */
export function restored(
  scenario: Scenario,
  dims: VertebraDimensions = levelDimensions(scenario.level),
): Restored {
  const measure = fracture(dims, { shape: scenario.shape, heightLossPct: scenario.heightLossPct })
  const { tamp, share } = restorationOf(scenario)
  const { normal, fractured } = measure
  // Each height regains the same share of what it lost: the fracture with a smaller loss.
  const lift = (regained: number): Heights => {
    const part = (key: keyof Heights) => fractured[key] + regained * (normal[key] - fractured[key])
    return { anterior: part('anterior'), middle: part('middle'), posterior: part('posterior') }
  }
  const final = lift(share)
  const bodyFinalDeg = kyphoticAngleDeg(final, dims.bodyDepthMm)
  return {
    tamp,
    share,
    heightsMm: { normal, fractured, final, peak: tamp ? lift(tamp.peakRestoration) : final },
    kyphoticAngleDeg: {
      fractured: measure.kyphoticAngleDeg,
      final: segmentalAngleDeg(measure.kyphoticAngleDeg, bodyFinalDeg, scenario.fractureAgeDays),
    },
  }
}
