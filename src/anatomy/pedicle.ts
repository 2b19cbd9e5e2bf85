/**
 * The pedicle of one level: where it runs and how thick it is. The arch is built around it and
 * the needles follow it (pedicleAxis.ts), so the two always agree. Left side (x > 0); the right
 * pedicle is its mirror image. Vertebra frame: mm, +x left, +y cranial, +z anterior.
 */
import type { VertebraDimensions } from './levels.ts'
import type { Vec3 } from './sdf.ts'

const DEG = Math.PI / 180

export interface PedicleGeometry {
  /** Centre of the isthmus, the pedicle's narrowest section (left side). */
  isthmusMm: Vec3
  /** Unit vector along the pedicle's axis, from back to front (into the body). */
  directionUnit: Vec3
  /** The axis where the pedicle meets the articular pillar behind it. */
  posteriorEndMm: Vec3
  /** The axis where the pedicle has merged into the body. */
  anteriorEndMm: Vec3
  /** Outer width (transverse) and height (sagittal) at the isthmus. */
  widthMm: number
  heightMm: number
  /** Medial convergence towards the front, in the axial plane (published, levels.ts). */
  transverseAngleDeg: number
  /** Caudal slope towards the front, in the sagittal plane (positive: the front end is lower). */
  craniocaudalAngleDeg: number
}

/** How far the pedicle reaches behind the body, as a share of the canal's depth (model choice). */
export function pedicleReachMm(dims: VertebraDimensions): number {
  // Lumbar pedicles are short and thick; thoracic ones longer behind the body.
  return dims.canalDepthMm * (dims.region === 'lumbar' ? 0.42 : 0.55)
}

/** The left pedicle of a level. */
export function pedicleGeometry(dims: VertebraDimensions): PedicleGeometry {
  const lumbar = dims.region === 'lumbar'
  const halfDepth = dims.bodyDepthMm / 2
  const reach = pedicleReachMm(dims)
  const theta = dims.pedicleTransverseAngleDeg * DEG
  // The canal's width is the distance between the pedicles' medial walls at the isthmus.
  const x = dims.canalWidthMm / 2 + dims.pedicleWidthMm / 2
  // The pedicle leaves the upper part of the body, its top just under the upper endplate's rim.
  const y = dims.posteriorHeightMm / 2 - dims.pedicleHeightMm / 2 - (lumbar ? 1.2 : 0.8)
  const z = -halfDepth - reach / 2
  // Craniocaudally the axis is aimed from the isthmus at the body's mid-height halfway to the
  // front wall, where the needles go (model choice: 4–8° thoracic, 8–10° lumbar, caudal). The
  // pedicles' own published slopes run the other way, largest at T2 and least at L5 (Lien 2007),
  // so the lumbar pedicles here lean more than real ones: a needle through them is aimed down.
  const psi = Math.atan2(y, halfDepth * 0.5 - z)
  const d = normalise([-Math.tan(theta), -Math.tan(psi), 1])
  const back = reach / 2 / d[2]
  // In front, the pedicle runs well into the body's posterior third, where it flares into it.
  const front = (reach / 2 + halfDepth * 0.4) / d[2]
  return {
    isthmusMm: [x, y, z],
    directionUnit: d,
    posteriorEndMm: [x - d[0] * back, y - d[1] * back, z - d[2] * back],
    anteriorEndMm: [x + d[0] * front, y + d[1] * front, z + d[2] * front],
    widthMm: dims.pedicleWidthMm,
    heightMm: dims.pedicleHeightMm,
    transverseAngleDeg: dims.pedicleTransverseAngleDeg,
    craniocaudalAngleDeg: psi / DEG,
  }
}

export function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2])
  return [v[0] / l, v[1] / l, v[2] / l]
}
