/**
 * The facet (zygapophyseal) joints. Each joint belongs to two vertebrae: the lower one's superior
 * articular process and the upper one's inferior process. Both facets are built from one shared
 * joint surface, in the lower vertebra's frame: the superior facet lies a half-gap in front of it
 * and the inferior facet a half-gap behind, so the two always face each other across an even gap,
 * whatever the level. Lumbar joints are curved (concave superior facets facing medially and back,
 * convex inferior ones); thoracic ones are flat, nearly coronal, and lean like roof tiles.
 */
import { applyPose, invertPose, poseOnBelow, type SagittalPose } from './column.ts'
import { SACRUM_ENDPLATE, type VertebraDimensions } from './levels.ts'
import { LUMBAR } from './lumbarShape.ts'
import { normalise, pedicleGeometry } from './pedicle.ts'
import { ellipse2, extrudeRounded, type Vec3 } from './sdf.ts'

const DEG = Math.PI / 180
/** Joint space, cartilage included (model choice within the 1–3 mm seen on CT). */
export const FACET_GAP_MM = 2

export interface FacetJoint {
  /** The joint surface's centre, in the lower part's frame (left side). */
  centreMm: Vec3
  /** Unit normal at the centre, from the superior facet (below) towards the inferior facet (above). */
  normal: Vec3
  /** Unit vector along the facet's long axis, upwards; `across` completes the frame. */
  axis: Vec3
  across: Vec3
  /** Radius of the joint's curvature across the facet (lumbar), or Infinity (flat, thoracic). */
  radiusMm: number
  /** Half-extents of the articular area, along the axis and across it. */
  halfHeightMm: number
  halfWidthMm: number
  gapMm: number
  /** Thickness of the superior (lower part) and inferior (upper part) articular processes. */
  superiorThicknessMm: number
  inferiorThicknessMm: number
  /** The upper vertebra's frame → the lower part's frame (the intact column). */
  upperToLower: SagittalPose
  lowerToUpper: SagittalPose
}

/** The left facet joint between `upper` and the part below it (a vertebra, or 'S': the sacrum). */
export function facetJoint(upper: VertebraDimensions, lower: VertebraDimensions | 'S'): FacetJoint {
  const upperToLower = poseOnBelow(upper, lower)
  const frame = (turnDeg: number, tiltDeg: number) => {
    const turn = turnDeg * DEG
    const tilt = tiltDeg * DEG
    const normal: Vec3 = [Math.sin(turn) * Math.cos(tilt), Math.sin(tilt), -Math.cos(turn) * Math.cos(tilt)]
    const axis = normalise([-normal[1] * normal[0], 1 - normal[1] * normal[1], -normal[1] * normal[2]])
    const across = normalise(cross(axis, normal))
    return { normal, axis, across }
  }
  const common = { gapMm: FACET_GAP_MM, upperToLower, lowerToUpper: invertPose(upperToLower) }
  if (lower === 'S') {
    // S1's superior facets (model choice): wide apart, facing back and medially, turned nearer
    // the coronal plane than any lumbar pair.
    const halfDepth = SACRUM_ENDPLATE.depthMm / 2
    return {
      ...common,
      ...frame(-40, 0),
      centreMm: [17, upper.discBelowPosteriorMm / 2 + 1.5, -halfDepth - 8.5],
      radiusMm: 16,
      halfHeightMm: 6.5,
      halfWidthMm: 6,
      superiorThicknessMm: 6,
      inferiorThicknessMm: 6,
    }
  }
  const lumbar = lower.region === 'lumbar'
  const n = Number(lower.level.slice(1))
  const end = pedicleGeometry(lower).posteriorEndMm
  // Lumbar joints sit behind and inside the pedicles' ends, level with the body's upper edge, so
  // that the superior processes rise only a little above the body and the inferior processes of
  // the level above hang to the pedicles (lumbarShape.ts); thoracic ones behind the pedicles'
  // ends at the disc's height, so that the superior processes rise from the junction of pedicle
  // and lamina (model choices after atlas anatomy).
  const { joint } = LUMBAR
  const centreMm: Vec3 = lumbar
    ? [end[0] - joint.medialMm, lower.posteriorHeightMm / 2 - joint.belowTopMm, end[2] - joint.backMm]
    : [end[0] + 0.5, lower.posteriorHeightMm / 2 + upper.discBelowPosteriorMm / 2 + 2.5, end[2] - 4.5]
  return {
    ...common,
    ...frame(lower.superiorFacetTurnDeg, lower.superiorFacetTiltDeg),
    centreMm,
    radiusMm: lumbar ? 14 : Number.POSITIVE_INFINITY,
    halfHeightMm: lumbar ? 6.5 : 4.4 + (n - 1) * 0.1,
    halfWidthMm: lumbar ? 5.5 : 4.6,
    superiorThicknessMm: lumbar ? LUMBAR.superiorFacet.thicknessMm : 3.2,
    inferiorThicknessMm: lumbar ? 6 : 3.2,
  }
}

/**
 * A point's coordinates relative to the joint surface (lower part's frame): `s` across the gap
 * (positive towards the upper vertebra's facet), `u` across the facet, `t` along its axis.
 */
export function jointCoords(j: FacetJoint, x: number, y: number, z: number, out: number[]): number[] {
  const px = x - j.centreMm[0]
  const py = y - j.centreMm[1]
  const pz = z - j.centreMm[2]
  const t = px * j.axis[0] + py * j.axis[1] + pz * j.axis[2]
  const a = px * j.across[0] + py * j.across[1] + pz * j.across[2]
  const b = px * j.normal[0] + py * j.normal[1] + pz * j.normal[2]
  if (!Number.isFinite(j.radiusMm)) {
    out[0] = b
    out[1] = a
  } else {
    // Around an axis through the centre of curvature, on the inferior facet's side.
    const r = j.radiusMm
    const radial = Math.hypot(a, r - b)
    out[0] = r - radial
    out[1] = r * Math.atan2(a, r - b)
  }
  out[2] = t
  return out
}

const scratch = [0, 0, 0]

/** Distance to a plate lying on the joint surface between offsets `s0` and `s0 + thickness`. */
function facetPlate(
  j: FacetJoint,
  x: number,
  y: number,
  z: number,
  s0: number,
  thickness: number,
  outline: readonly [number, number, number, number],
): number {
  const [s, u, t] = jointCoords(j, x, y, z, scratch) as [number, number, number]
  const slab = Math.abs(s - s0 - thickness / 2) - thickness / 2
  const [uc, tc, hu, ht] = outline
  return extrudeRounded(ellipse2(u - uc, t - tc, hu, ht), slab, Math.min(thickness / 2 - 0.3, 1.8))
}

/** The superior articular process's facet plate (lower part's frame). */
export function superiorFacetPlate(j: FacetJoint, x: number, y: number, z: number): number {
  const t = j.superiorThicknessMm
  // Flat (thoracic) ones reach further down than the facet, towards their root on the pedicle;
  // curved (lumbar, sacral) ones end a little above it (lumbarShape.ts).
  const [centre, reach] = Number.isFinite(j.radiusMm)
    ? [LUMBAR.superiorFacet.centreMm, LUMBAR.superiorFacet.reachMm]
    : [-1.5, 2.8]
  return facetPlate(j, x, y, z, -j.gapMm / 2 - t, t, [0, centre, j.halfWidthMm + 1.6, j.halfHeightMm + reach])
}

/** The inferior articular process's facet plate (lower part's frame). */
export function inferiorFacetPlate(j: FacetJoint, x: number, y: number, z: number): number {
  const t = j.inferiorThicknessMm
  const [centre, reach] = Number.isFinite(j.radiusMm)
    ? [LUMBAR.inferiorFacet.centreMm, LUMBAR.inferiorFacet.reachMm]
    : [1.2, 2.6]
  return facetPlate(j, x, y, z, j.gapMm / 2, t, [0, centre, j.halfWidthMm + 1.4, j.halfHeightMm + reach])
}

/**
 * The joint space to keep clear of bone, seen from one side: for the lower part ('superior'), the
 * region beyond its facet surface towards the upper vertebra; for the upper vertebra ('inferior'),
 * the region beyond its own facet towards the lower part. Each vertebra subtracts its region after
 * every other union, so no fillet or neighbouring process can bulge into the joint: the gap over
 * the articular area is exactly `gapMm`. Distance to the region (lower part's frame), negative inside.
 */
export function jointClearance(
  j: FacetJoint,
  side: 'superior' | 'inferior',
  x: number,
  y: number,
  z: number,
): number {
  const [s, u, t] = jointCoords(j, x, y, z, scratch) as [number, number, number]
  const depth = 7
  const sc = side === 'superior' ? -j.gapMm / 2 + depth / 2 : j.gapMm / 2 - depth / 2
  // Over both facets' outlines, with rounded edges so that the carving leaves no visible step.
  const outline = ellipse2(u, t, j.halfWidthMm + 2, j.halfHeightMm + 3.6)
  return extrudeRounded(outline, Math.abs(s - sc) - depth / 2, 1.6)
}

/** A point on the joint at (s, u, t) joint coordinates (lower part's frame), inverse of jointCoords. */
export function jointPoint(j: FacetJoint, s: number, u: number, t: number): Vec3 {
  let a = u
  let b = s
  if (Number.isFinite(j.radiusMm)) {
    const r = j.radiusMm
    const angle = u / r
    a = (r - s) * Math.sin(angle)
    b = r - (r - s) * Math.cos(angle)
  }
  const c = j.centreMm
  return [0, 1, 2].map(
    (k) =>
      (c[k] as number) +
      (j.axis[k] as number) * t +
      (j.across[k] as number) * a +
      (j.normal[k] as number) * b,
  ) as unknown as Vec3
}

/** Moves a point (x, y, z) between the upper vertebra's frame and the lower part's. */
export function transfer(pose: SagittalPose, p: Vec3): Vec3 {
  const [y, z] = applyPose(pose, p[1], p[2])
  return [p[0], y, z]
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}
