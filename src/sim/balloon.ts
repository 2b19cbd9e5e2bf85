/**
 * Balloon kyphoplasty's inflatable bone tamp, and the height either procedure restores.
 * The balloon inflates against the bone until it is full or reaches its pressure limit; the
 * endplates rise with it; some height is lost when it deflates, and cement holds the rest.
 */
import { CALIBRATION as C } from './calibration.ts'
import { healing, positionalReducibility, reducibility } from './fractureAge.ts'
import type { BalloonSizeMm } from './scenarioFields.ts'

/** Cadaver inflation pressure, psi: 175 ± 37 (a cadaver study, not named in sources.ts). */
export const CADAVER_INFLATION_PSI = 175

export interface BalloonInput {
  sizeMm: BalloonSizeMm
  maxPsi: number
  /** Number of balloons (1 unipedicular, 2 bipedicular). */
  count: number
  fractureAgeDays: number
  tScore: number
}

export interface Balloon {
  /** Nominal volume of one balloon, mL. */
  capacityMl: number
  /** Volume one balloon reached, mL. */
  volumeMl: number
  /** Pressure at the end of inflation, psi. */
  peakPsi: number
  /** Share of the lost height regained at full inflation (0–1). */
  peakRestoration: number
  /** Share of the lost height kept after deflation, held by the cement (0–1). */
  finalRestoration: number
}

/** Nominal volume: 10, 15, 20 mm tamps hold 2–3 mL (an unattributed clinical figure), interpolated linearly (model choice). */
export function balloonCapacityMl(sizeMm: BalloonSizeMm): number {
  return 2 + (sizeMm - 10) / 10
}

export { reducibility }

/** Better bone holds the reduction better: +8 % per T-score unit above −2.5 (model choice). */
function boneFactor(tScore: number): number {
  return Math.max(0.6, 1 + 0.08 * (tScore + 2.5))
}

/**
 * Inflation against the bone: pressure rises with the square of the filled fraction (model
 * choice) and reaches the cadaver pressure at full volume in an acute fracture of reference bone;
 * healed (chronic) fractures and denser bone are stiffer, so they may stop at the limit first.
 */
export function balloon(input: BalloonInput): Balloon {
  const capacityMl = balloonCapacityMl(input.sizeMm)
  const stiffness =
    (1 + C.healedStiffening * healing(input.fractureAgeDays)) * Math.max(0.5, 1 + 0.25 * (input.tScore + 2.5))
  const fullPsi = CADAVER_INFLATION_PSI * stiffness
  const filled = fullPsi > input.maxPsi ? Math.sqrt(input.maxPsi / fullPsi) : 1
  const perBalloons = input.count >= 2 ? 1 : C.singleBalloonShare
  const finalRestoration = Math.min(
    1,
    C.balloonRestoration *
      reducibility(input.fractureAgeDays) *
      boneFactor(input.tScore) *
      filled *
      perBalloons,
  )
  return {
    capacityMl,
    volumeMl: capacityMl * filled,
    peakPsi: Math.min(fullPsi, input.maxPsi),
    peakRestoration: Math.min(1, finalRestoration / (1 - C.deflationLoss)),
    finalRestoration,
  }
}

/** Vertebroplasty: only positioning (postural reduction) restores height; more in fresh fractures (Neurosurgery 2006). */
export function positionalRestoration(fractureAgeDays: number, tScore: number): number {
  return C.positionalRestoration * positionalReducibility(fractureAgeDays) ** 2 * boneFactor(tScore)
}
