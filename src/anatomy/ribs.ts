/**
 * Rib stubs and the costal facets they sit in. Rib n belongs to Tn: its head lies against the side
 * of the body at the Tn−1/Tn disc (a demifacet on each body, T2–T9), or on Tn alone (T1, T10–T12);
 * its tubercle rests on the front of Tn's transverse process (T1–T10). A stub is the head, the
 * neck, the tubercle and the first few centimetres of the shaft: enough to tell a thoracic level
 * at a glance. The facets are carved from the vertebrae with the stubs' own shapes, dilated by a
 * thin joint space, so stub and bone always fit. Left side; mirrored. Model choices after atlas
 * anatomy.
 */
import { invertPose, poseOnBelow } from './column.ts'
import { transfer } from './facetJoints.ts'
import { levelArch } from './levelArch.ts'
import { LEVELS, type Level, levelDimensions, type VertebraDimensions } from './levels.ts'
import { normalise } from './pedicle.ts'
import { ellipsoid, type OvalTube, ovalTube, smoothUnion, tubeBound, type Vec3 } from './sdf.ts'
import { vertebralBody } from './vertebralBody.ts'

/** Joint space between a rib and its facets (mm). */
const RIB_GAP_MM = 0.8

type Distance = (x: number, y: number, z: number) => number

interface RibShape {
  head: { centre: Vec3; radii: Vec3 }
  tubercle: { centre: Vec3; radiusMm: number } | null
  tubes: OvalTube[]
}

const add = (p: Vec3, q: Vec3, k = 1): Vec3 => [p[0] + q[0] * k, p[1] + q[1] * k, p[2] + q[2] * k]

/** Where the surface of `dims`'s body is, moving out along +x at height y and depth z. */
function bodySide(dims: VertebraDimensions, y: number, z: number): number {
  let inside = 0
  let outside = dims.bodyWidthMm
  for (let i = 0; i < 30; i++) {
    const mid = (inside + outside) / 2
    if (vertebralBody(dims, mid, y, z) < 0) inside = mid
    else outside = mid
  }
  return inside
}

/** The left rib stub of a thoracic level (its frame). */
function ribShape(level: Level): RibShape {
  const n = Number(level.slice(1))
  const dims = levelDimensions(level)
  const i = LEVELS.indexOf(level)
  const discAbove =
    n > 1 ? levelDimensions(LEVELS[i - 1] as Level).discBelowPosteriorMm : dims.discBelowPosteriorMm
  const top = dims.posteriorHeightMm / 2
  // The head: across the disc above (T2–T9), on the body's upper edge (T1, T10), lower on the
  // pedicle's root (T11, T12).
  const y = n >= 2 && n <= 9 ? top + discAbove / 2 : n === 1 || n === 10 ? top - 2.5 : top - 5.5
  const z = -dims.bodyDepthMm / 2 + (n >= 11 ? 3 : 5)
  const radii: Vec3 = n === 1 ? [3.2, 3.8, 3.4] : [3.6, 4.6, 3.8]
  const arch = levelArch(level)
  // Against the body's side, or the pedicle's where that stands out further (T11–T12): the head
  // sits outside the bone, never in the pedicle the needles pass through.
  const ped = arch.pedicle
  const pedicleSide =
    ped.isthmusMm[0] +
    ped.widthMm / 2 +
    ((z - ped.isthmusMm[2]) * ped.directionUnit[0]) / ped.directionUnit[2]
  const side = Math.max(bodySide(dims, Math.min(y, top - 1.5), z), pedicleSide)
  const head: Vec3 = [side + radii[0] - 0.8, y, z]
  const tubes: OvalTube[] = []
  let tubercle: RibShape['tubercle'] = null
  let shaftStart: Vec3
  let shaftDir: Vec3
  if (n <= 10) {
    // The tubercle rests on the front of the transverse process's club.
    const d = arch.transverseDirection
    // Its facet faces forward and a little out (upper ribs) or up (lower ribs): shallow, as the
    // tubercle sits on the club rather than in it.
    const lean: Vec3 = n <= 6 ? [0.25, -0.1, 1] : [0, 0.2, 1]
    const k = lean[0] * d[0] + lean[1] * d[1] + lean[2] * d[2]
    const front = normalise([lean[0] - k * d[0], lean[1] - k * d[1], lean[2] - k * d[2]])
    const centre = add(add(arch.transverseTipMm, d, -2.5), front, 4.9 + 4 - 0.8)
    tubercle = { centre, radiusMm: 4 }
    tubes.push({ a: head, b: centre, up: [0, 1, 0], ru: [3.6, 3.8], rv: [2.8, 3], square: 0.3 })
    shaftStart = centre
    // Past the tubercle the shaft runs out, back and down to its angle.
    shaftDir = normalise(n === 1 ? [1, -0.25, 0.35] : [1, -0.45, -0.2])
  } else {
    // Floating ribs: no tubercle joint; the neck runs straight out and down.
    shaftStart = add(head, [12, -3, -4])
    shaftDir = normalise([1, -0.5, -0.2])
    tubes.push({ a: head, b: shaftStart, up: [0, 1, 0], ru: [3.6, 3.8], rv: [2.8, 3], square: 0.3 })
  }
  const shaftMm = n === 1 ? 16 : n >= 11 ? 18 : 24
  tubes.push({
    a: shaftStart,
    b: add(shaftStart, shaftDir, shaftMm),
    up: normalise([0.3, 1, 0]),
    ru: n === 1 ? [3.2, 3] : [4.4, 5.2],
    rv: n === 1 ? [4, 5.5] : [2.8, 2.4],
    square: 0.55,
  })
  return { head: { centre: head, radii }, tubercle, tubes }
}

function headDistance(shape: RibShape, x: number, y: number, z: number): number {
  const { centre: c, radii: r } = shape.head
  return ellipsoid(x - c[0], y - c[1], z - c[2], r[0], r[1], r[2])
}

/** Signed distance to a level's rib stubs (both sides), in the level's frame; null below T12. */
export function ribStub(level: Level): { distance: Distance; bounds: { min: Vec3; max: Vec3 } } | null {
  if (!level.startsWith('T')) return null
  const shape = ribShape(level)
  const distance: Distance = (x, y, z) => {
    const ax = Math.abs(x)
    let d = headDistance(shape, ax, y, z)
    const t = shape.tubercle
    if (t) d = smoothUnion(d, Math.hypot(ax - t.centre[0], y - t.centre[1], z - t.centre[2]) - t.radiusMm, 2)
    for (const tube of shape.tubes) {
      if (tubeBound(ax, y, z, tube) > d + 2.5) continue
      d = smoothUnion(d, ovalTube(ax, y, z, tube), 2.5)
    }
    return d
  }
  const points = [shape.head.centre, ...shape.tubes.flatMap((t) => [t.a, t.b])]
  const max: Vec3 = [0, 1, 2].map(
    (a) => Math.max(...points.map((p) => p[a] as number)) + 9,
  ) as unknown as Vec3
  const min: Vec3 = [0, 1, 2].map(
    (a) => Math.min(...points.map((p) => p[a] as number)) - 9,
  ) as unknown as Vec3
  return { distance, bounds: { min: [-max[0], min[1], min[2]], max } }
}

/**
 * The costal facets of a level, as shapes to carve from it (left side, evaluated at |x|): its own
 * rib's head and tubercle (T1–T12) and the lower half of the next rib's head (T1–T8), each
 * dilated by the joint space.
 */
export function costalFacets(level: Level): Distance[] {
  if (!level.startsWith('T')) return []
  const n = Number(level.slice(1))
  const own = ribShape(level)
  const facets: Distance[] = [(x, y, z) => headDistance(own, x, y, z) - RIB_GAP_MM]
  const t = own.tubercle
  if (t)
    facets.push(
      (x, y, z) => Math.hypot(x - t.centre[0], y - t.centre[1], z - t.centre[2]) - t.radiusMm - RIB_GAP_MM,
    )
  if (n <= 8) {
    const next = LEVELS[LEVELS.indexOf(level) + 1] as Level
    const nextHead = ribShape(next).head
    // The next level sits below this one: carry its rib's head up into this level's frame.
    const pose = invertPose(poseOnBelow(levelDimensions(level), levelDimensions(next)))
    const moved: RibShape = {
      head: { ...nextHead, centre: transfer(pose, nextHead.centre) },
      tubercle: null,
      tubes: [],
    }
    facets.push((x, y, z) => headDistance(moved, x, y, z) - RIB_GAP_MM)
  }
  return facets
}
