/**
 * The fracture as a radiologist measures it: anterior, middle and posterior body heights, the
 * Genant grade they imply (Genant 1993, Wáng 2019), and the wedge angle between the endplates.
 * The shape itself comes from anatomy/ (one fractured shape for the mesh and the simulation).
 */
import {
  type Fracture,
  fracturedHeights,
  type GenantGrade,
  genantGrade,
  WALL_MARGIN_MM,
} from '../anatomy/fracture.ts'
import type { VertebraDimensions } from '../anatomy/levels.ts'
import { CALIBRATION as C } from './calibration.ts'
import { angularShare } from './fractureAge.ts'

/** Body heights, mm. */
export interface Heights {
  anterior: number
  middle: number
  posterior: number
}

export interface FractureMeasure {
  normal: Heights
  fractured: Heights
  /** Genant grade from the largest relative height loss. */
  grade: GenantGrade
  /** Local kyphotic angle of the fractured body, degrees (see `kyphoticAngleDeg`). */
  kyphoticAngleDeg: number
}

/** Genant grade of measured heights against the expected normal ones (largest relative loss). */
export function gradeFromHeights(normal: Heights, measured: Heights): GenantGrade {
  const loss = Math.max(
    1 - measured.anterior / normal.anterior,
    1 - measured.middle / normal.middle,
    1 - measured.posterior / normal.posterior,
  )
  // Round to 1e-9 % so that a loss computed as exactly 25 % is not graded by float noise.
  return genantGrade(Math.round(Math.max(0, loss) * 100 * 1e9) / 1e9)
}

/**
 * Local kyphotic angle, degrees: the angle between the body's endplates, positive when the
 * anterior height is the shorter (kyphotic). The heights are measured WALL_MARGIN_MM inside the
 * anterior and posterior walls, so that is their distance apart. A change of this angle equals
 * the change of the segmental (Cobb) angle across the level, which is what the literature's
 * "kyphotic correction" measures.
 */
export function kyphoticAngleDeg(heights: Heights, depthMm: number): number {
  const spanMm = depthMm - 2 * WALL_MARGIN_MM
  return (Math.atan((heights.posterior - heights.anterior) / spanMm) * 180) / Math.PI
}

/**
 * Local kyphotic angle after a correction, degrees. The literature measures a segmental (Cobb)
 * angle, which changes less than the body's own endplate angle: Xing 2013 found
 * 3.67 mm more anterior height but only 2.64° more correction with BKP, where a rigid segment
 * would give ≈ 8°. So the segment keeps only a share of the body's correction (the adjacent discs
 * re-wedge): CALIBRATION.segmentalShare, a calibrated model choice, for a fresh fracture; less as
 * the fracture heals (`angularShare`: Palmowski 2020's chronic fractures regained height but far
 * less angle).
 */
export function segmentalAngleDeg(
  fracturedBodyDeg: number,
  correctedBodyDeg: number,
  fractureAgeDays: number,
): number {
  const share = C.segmentalShare * angularShare(fractureAgeDays)
  return fracturedBodyDeg - share * (fracturedBodyDeg - correctedBodyDeg)
}

function heightsOf(h: { anteriorMm: number; middleMm: number; posteriorMm: number }): Heights {
  return { anterior: h.anteriorMm, middle: h.middleMm, posterior: h.posteriorMm }
}

/** Heights, grade and angle of a level's body with `fracture` applied. */
export function fracture(dims: VertebraDimensions, broken: Fracture): FractureMeasure {
  const normal = heightsOf(fracturedHeights(dims))
  const fractured = heightsOf(fracturedHeights(dims, broken))
  return {
    normal,
    fractured,
    grade: gradeFromHeights(normal, fractured),
    kyphoticAngleDeg: kyphoticAngleDeg(fractured, dims.bodyDepthMm),
  }
}
