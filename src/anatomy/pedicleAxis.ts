/**
 * The pedicle's axis as a needle follows it: the entry point on the bone's surface behind the
 * pedicle (lumbar: at the junction of the transverse and superior articular processes) and the
 * direction from the level's transverse (medial) and craniocaudal angles. The instruments
 * (sim/instruments.ts) place their needles along it; the scene extends it back through the skin.
 */
import { type Level, levelDimensions } from './levels.ts'
import { pedicleGeometry } from './pedicle.ts'
import type { Vec3 } from './sdf.ts'
import { vertebraField } from './vertebraField.ts'

/** 1: the left pedicle (+x); −1: the right. */
export type Side = 1 | -1

export interface PedicleAxis {
  level: Level
  side: Side
  /** Where the axis, followed backwards, leaves the bone: the needle's entry point (mm, vertebra frame). */
  entryMm: Vec3
  /** Centre of the pedicle's isthmus, its narrowest section. */
  isthmusMm: Vec3
  /** Unit vector from the entry into the body along the axis. */
  directionUnit: Vec3
  /** Medial convergence towards the front (axial plane), degrees. */
  transverseAngleDeg: number
  /** Caudal slope towards the front (sagittal plane; positive: the tip is lower), degrees. */
  craniocaudalAngleDeg: number
  /** Outer width and height of the isthmus, mm. */
  widthMm: number
  heightMm: number
}

/** The axis of one pedicle of an intact level. */
export function pedicleAxis(level: Level, side: Side = 1): PedicleAxis {
  const ped = pedicleGeometry(levelDimensions(level))
  const mirror = (p: Vec3): Vec3 => [p[0] * side, p[1], p[2]]
  const isthmusMm = mirror(ped.isthmusMm)
  const directionUnit = mirror(ped.directionUnit)
  return {
    level,
    side,
    entryMm: boneEntry(level, isthmusMm, directionUnit),
    isthmusMm,
    directionUnit,
    transverseAngleDeg: ped.transverseAngleDeg,
    craniocaudalAngleDeg: ped.craniocaudalAngleDeg,
    widthMm: ped.widthMm,
    heightMm: ped.heightMm,
  }
}

/**
 * Where a straight path through `insideMm` (a point in bone) along `directionUnit` enters the bone
 * of an intact level: followed backwards from the inside point, the first place it leaves bone.
 */
export function boneEntry(level: Level, insideMm: Vec3, directionUnit: Vec3): Vec3 {
  const { distance } = vertebraField(level)
  const at = (t: number): Vec3 => [
    insideMm[0] - directionUnit[0] * t,
    insideMm[1] - directionUnit[1] * t,
    insideMm[2] - directionUnit[2] * t,
  ]
  if (distance(...insideMm) >= 0) {
    throw new Error(
      `boneEntry: expected a point inside ${level}'s bone, got one ${distance(...insideMm).toFixed(2)} mm outside`,
    )
  }
  let inside = 0
  let outside = 0.25
  while (distance(...at(outside)) < 0) {
    inside = outside
    outside += 0.25
    if (outside > 80) throw new Error(`boneEntry: the path through ${level} never leaves the bone`)
  }
  for (let i = 0; i < 30; i++) {
    const mid = (inside + outside) / 2
    if (distance(...at(mid)) < 0) inside = mid
    else outside = mid
  }
  return at((inside + outside) / 2)
}
