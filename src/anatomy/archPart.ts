/**
 * The building blocks of the vertebral arch (posteriorElements.ts): a part is a signed distance
 * with a cheap lower bound to skip it when far, and the points it reaches for the bounding box.
 * Vertebra frame: mm, +x left, +y cranial, +z anterior; parts are given for the left side.
 */
import { type FacetJoint, jointPoint, transfer } from './facetJoints.ts'
import { type OvalTube, ovalTube, smoothUnion, tubeBound, type Vec3 } from './sdf.ts'

/** One part of the arch: its distance, and a cheap lower bound of it to skip it when far. */
export interface ArchPart {
  name: string
  /** Left-side parts see |x|; midline parts see x. */
  paired: boolean
  distance(x: number, y: number, z: number): number
  bound(x: number, y: number, z: number): number
  /** Points the part reaches (left side), for the vertebra's bounding box. */
  extent: Vec3[]
}

export const along = (p: Vec3, dir: Vec3, mm: number): Vec3 => [
  p[0] + dir[0] * mm,
  p[1] + dir[1] * mm,
  p[2] + dir[2] * mm,
]
export const add = (p: Vec3, q: Vec3): Vec3 => [p[0] + q[0], p[1] + q[1], p[2] + q[2]]

/** A tapering oval tube (sdf.ts) as a left-side part. */
export function tube(name: string, t: OvalTube, paired = true): ArchPart {
  const r = Math.max(...t.ru, ...t.rv)
  return {
    name,
    paired,
    distance: (x, y, z) => ovalTube(x, y, z, t),
    bound: (x, y, z) => tubeBound(x, y, z, t),
    extent: [add(t.a, [r, r, r]), add(t.a, [-r, -r, -r]), add(t.b, [r, r, r]), add(t.b, [-r, -r, -r])],
  }
}

/**
 * A facet plate as an arch part. Its bounding sphere is found in the lower part's frame and, for
 * an inferior process, carried into the upper vertebra's frame (a rigid move keeps distances).
 */
export function facetPart(
  name: string,
  j: FacetJoint,
  side: 'superior' | 'inferior',
  distance: ArchPart['distance'],
): ArchPart {
  const thickness = side === 'superior' ? j.superiorThicknessMm : j.inferiorThicknessMm
  const s = side === 'superior' ? -j.gapMm / 2 - thickness / 2 : j.gapMm / 2 + thickness / 2
  const inOwnFrame = (p: Vec3) => (side === 'superior' ? p : transfer(j.lowerToUpper, p))
  const centre = inOwnFrame(jointPoint(j, s, 0, 0))
  const radius = Math.hypot(j.halfHeightMm + 5, j.halfWidthMm + 3, thickness) + 1
  const corners = [-1, 1].flatMap((su) =>
    [-1, 1].map((st) => inOwnFrame(jointPoint(j, s, su * (j.halfWidthMm + 2), st * (j.halfHeightMm + 4)))),
  )
  return {
    name,
    paired: true,
    distance,
    bound: (x, y, z) => Math.hypot(x - centre[0], y - centre[1], z - centre[2]) - radius,
    extent: corners.flatMap((c) => [
      add(c, [thickness, thickness, thickness]),
      add(c, [-thickness, -thickness, -thickness]),
    ]),
  }
}

/** Fillet radius where the arch's parts meet (mm). */
export const ARCH_FILLET_MM = 3

/** Distance to the whole arch: every part joined by filleted unions, far parts skipped. */
export function archDistance(parts: readonly ArchPart[], x: number, y: number, z: number): number {
  const ax = Math.abs(x)
  let d = Number.POSITIVE_INFINITY
  for (const part of parts) {
    const px = part.paired ? ax : x
    if (part.bound(px, y, z) > d + ARCH_FILLET_MM) continue
    d = smoothUnion(d, part.distance(px, y, z), ARCH_FILLET_MM)
  }
  return d
}
