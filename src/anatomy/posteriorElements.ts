/**
 * The vertebral arch: pedicles, articular pillars with their facets, pars interarticularis,
 * laminae, spinous process, transverse, mammillary and accessory processes, shaped per region
 * (upper and lower thoracic, thoracolumbar, lumbar, L5). Vertebra frame: mm, +x left, +y cranial,
 * +z anterior, origin at the body's centre; parts are given for the left side and mirrored.
 * Sizes and angles of the pedicles are published per level (levels.ts); the other placements are
 * model choices after atlas anatomy, checked against renders (docs/ANATOMY.md).
 */
import {
  type FacetJoint,
  inferiorFacetPlate,
  jointPoint,
  superiorFacetPlate,
  transfer,
} from './facetJoints.ts'
import type { VertebraDimensions } from './levels.ts'
import { normalise, type PedicleGeometry, pedicleGeometry } from './pedicle.ts'
import { lerp, type OvalTube, ovalTube, smoothUnion, tubeBound, type Vec3 } from './sdf.ts'
import { spinousProcess } from './spinousProcess.ts'

const DEG = Math.PI / 180

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

export interface Arch {
  parts: ArchPart[]
  pedicle: PedicleGeometry
  /** Tip of the left transverse process (the centre of its club, thoracic). */
  transverseTipMm: Vec3
  /** Its direction, root to tip. */
  transverseDirection: Vec3
}

const along = (p: Vec3, dir: Vec3, mm: number): Vec3 => [
  p[0] + dir[0] * mm,
  p[1] + dir[1] * mm,
  p[2] + dir[2] * mm,
]
const add = (p: Vec3, q: Vec3): Vec3 => [p[0] + q[0], p[1] + q[1], p[2] + q[2]]

function tube(name: string, t: OvalTube, paired = true): ArchPart {
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
 * The arch of one level. `above`: the facet joint with the level above (its superior facets);
 * `below`: the joint with the part below (its inferior facets, given in that part's frame).
 */
export function archParts(dims: VertebraDimensions, above: FacetJoint, below: FacetJoint): Arch {
  const lumbar = dims.region === 'lumbar'
  const n = Number(dims.level.slice(1))
  const level = lumbar ? n + 12 : n // 1 … 17, T1 … L5
  const halfDepth = dims.bodyDepthMm / 2
  const ped = pedicleGeometry(dims)
  const pw = dims.pedicleWidthMm
  const ph = dims.pedicleHeightMm
  const end = ped.posteriorEndMm
  const parts: ArchPart[] = []

  // Pedicle: an oval bar from inside the body back to the pillar, its section the published one.
  parts.push(
    tube('pedicle', {
      a: ped.anteriorEndMm,
      b: along(end, ped.directionUnit, -1.5),
      up: [0, 1, 0],
      ru: [ph / 2 - 0.2, ph / 2 + 0.3],
      rv: [pw / 2 + 0.1, pw / 2],
      square: 0.25,
    }),
  )

  // Superior articular process: the facet plate of the joint above, backed by a rounded column
  // rising from the pillar behind the pedicle (its root), kept clear of the joint space.
  parts.push(
    facetPart('superiorArticular', above, 'superior', (x, y, z) => superiorFacetPlate(above, x, y, z)),
  )
  const sapRadius = lumbar ? 4.6 : 2.8
  const pillar: Vec3 = add(end, [lumbar ? 0.5 : 0, ph * (lumbar ? 0.05 : 0.12), lumbar ? -1.5 : -1])
  const sapBack = -above.gapMm / 2 - above.superiorThicknessMm - sapRadius * 0.5
  parts.push(
    tube('superiorArticularBody', {
      a: pillar,
      b: jointPoint(above, sapBack, 0, above.halfHeightMm * 0.45),
      up: above.across,
      ru: lumbar ? [ph * 0.42, sapRadius + 1] : [pw * 0.45 + 0.8, above.halfWidthMm - 0.5],
      // Lumbar: a rounded column; thoracic: a thin plate, like the facet it carries.
      rv: lumbar ? [sapRadius, sapRadius] : [2.6, 2.2],
      square: lumbar ? 0.2 : 0.8,
    }),
  )

  // Inferior articular process: the facet plate of the joint below (computed in the lower part's
  // frame) backed by a rounded column hanging from the lamina's lateral edge: the pars
  // interarticularis and the process itself.
  const toBelow = (x: number, y: number, z: number) => transfer(below.upperToLower, [x, y, z])
  parts.push(
    facetPart('inferiorArticular', below, 'inferior', (x, y, z) => {
      const p = toBelow(x, y, z)
      return inferiorFacetPlate(below, p[0], p[1], p[2])
    }),
  )
  const iapRadius = lumbar ? 4.4 : 2.8
  const iapBack = below.gapMm / 2 + below.inferiorThicknessMm + iapRadius * 0.45
  const iapLow = transfer(below.lowerToUpper, jointPoint(below, iapBack, 0, -below.halfHeightMm * 0.5))

  // Lamina: a broad plate from the pillar to the midline, closing the canal's roof; it leans
  // back at the bottom, more in the thoracic spine, where the laminae overlap like roof tiles.
  const laminaThickness = lumbar ? 6.5 : lerp(4.6, 5.4, (n - 1) / 11)
  const laminaHalfHeight = lumbar ? 9.5 : lerp(6.5, 8.5, (n - 1) / 11)
  const laminaTop = lumbar ? end[1] + 1 : end[1] + 2.5
  const laminaY = laminaTop - laminaHalfHeight
  const laminaJunction: Vec3 = [0, laminaY, -halfDepth - dims.canalDepthMm - laminaThickness / 2]
  const laminaUp = normalise([0, 1, lumbar ? 0.65 : 0.8])
  const laminaLateral: Vec3 = add(end, [lumbar ? -3 : -2, laminaY - end[1], -laminaThickness / 2 - 1])
  const lamina = tube('lamina', {
    a: laminaLateral,
    b: [-1, laminaJunction[1], laminaJunction[2]],
    up: laminaUp,
    ru: [laminaHalfHeight, laminaHalfHeight * 1.05],
    rv: [laminaThickness / 2, laminaThickness / 2],
    square: 0.85,
  })
  // Both laminae at once, blended where they meet so the canal's roof has no sharp crease.
  parts.push({
    ...lamina,
    paired: false,
    distance: (x, y, z) => smoothUnion(lamina.distance(x, y, z), lamina.distance(-x, y, z), 3),
    bound: (x, y, z) => lamina.bound(Math.abs(x), y, z),
    extent: lamina.extent.flatMap((p) => [p, [-p[0], p[1], p[2]] as Vec3]),
  })
  const laminaCorner = along(laminaLateral, laminaUp, -laminaHalfHeight * 0.45)
  parts.push(
    tube('inferiorArticularBody', {
      a: add(laminaCorner, [lumbar ? 1 : 0.5, lumbar ? 3 : 2, 0]),
      b: iapLow,
      up: below.across,
      ru: lumbar ? [iapRadius + 0.8, iapRadius + 0.6] : [below.halfWidthMm, below.halfWidthMm - 0.4],
      // Thoracic inferior processes are hardly more than the laminae's lower lateral corners.
      rv: lumbar ? [iapRadius, iapRadius] : [2.6, 2.2],
      square: lumbar ? 0.2 : 0.8,
    }),
  )

  parts.push(spinousProcess(dims, laminaJunction, laminaHalfHeight))

  // Transverse processes. Lumbar: flat, thin blades, horizontal and swept back a little, longest
  // at L3; L5's stout and rising, rooted on the body too. Thoracic: thick bars angled back and up
  // with a club end carrying the rib's tubercle (T1–T10); small at T11–T12.
  const tpBack = (lumbar ? (n === 5 ? 22 : 14) : lerp(24, 44, (n - 1) / 11)) * DEG
  const tpUp = (lumbar ? (n === 5 ? 16 : 4) : n >= 11 ? 6 : 14) * DEG
  const tpDir: Vec3 = [Math.cos(tpUp) * Math.cos(tpBack), Math.sin(tpUp), -Math.cos(tpUp) * Math.sin(tpBack)]
  // Lumbar ones leave the side of the pedicle's back half with a broad root that reaches the
  // superior process (where the needle enters); thoracic ones the junction of pedicle and lamina.
  const tpRoot: Vec3 = lumbar
    ? add(along(end, ped.directionUnit, 1.5), [pw * 0.2, 0.5, 0])
    : add(end, [0.5, ph * 0.2, -2.5])
  const tpTip = along(tpRoot, tpDir, dims.transverseLengthMm + pw / 2)
  const tp: OvalTube = lumbar
    ? {
        // The root reaches back along the pillar's side, to the superior process's base.
        a: add(end, [pw * 0.25, 0.5, -4]),
        b: tpTip,
        up: [0, 1, 0.15],
        ru: n === 5 ? [7.5, 5] : [6, 3.3],
        rv: n === 5 ? [5.4, 3.2] : [4.6, 1.7],
        square: 0.3,
      }
    : level >= 11
      ? { a: tpRoot, b: tpTip, up: [0, 1, 0], ru: [4.2, 3.4], rv: [3.6, 3], square: 0.2 }
      : { a: tpRoot, b: tpTip, up: [0, 1, 0], ru: [4.8, 5.2], rv: [4.4, 4.9], square: 0.3 }
  parts.push(tube('transverse', tp))
  if (!lumbar && level <= 10) {
    // A thin web from the lamina to the process's first half: a broad root, not a peg.
    parts.push(
      tube('transverseRoot', {
        a: along(laminaLateral, laminaUp, laminaHalfHeight * 0.2),
        b: along(tpRoot, tpDir, (dims.transverseLengthMm + pw / 2) * 0.5),
        up: [0, 1, 0],
        ru: [3.6, 3.2],
        rv: [2.4, 2.2],
        square: 0.6,
      }),
    )
  }
  if (n === 5 && lumbar) {
    // L5's transverse process springs from the body's side as well as from the pedicle.
    parts.push(
      tube('transverseBodyRoot', {
        a: [dims.bodyWidthMm / 2 - 6, ped.isthmusMm[1] - 2, -halfDepth + 6],
        b: along(tpRoot, tpDir, 9),
        up: [0, 1, 0],
        ru: [6, 5],
        rv: [4, 3.6],
      }),
    )
  }
  if (lumbar || level >= 11) {
    // Mammillary process: a rounded tubercle on the superior process's back edge; accessory
    // process: a small one behind the transverse process's root.
    const sign = above.across[2] < 0 ? 1 : -1 // the facet's posterior border
    const m = jointPoint(
      above,
      -above.gapMm / 2 - above.superiorThicknessMm / 2,
      sign * (above.halfWidthMm + 1.5),
      -above.halfHeightMm - 1,
    )
    parts.push(
      tube('mammillary', { a: m, b: add(m, [0.6, -0.8, -2.2]), up: [0, 1, 0], ru: [3, 2.4], rv: [2.6, 2] }),
    )
    const acc = add(along(tpRoot, tpDir, 5), [0, -2.5, -2])
    parts.push(
      tube('accessory', {
        a: acc,
        b: add(acc, [0.4, -1.2, -2]),
        up: [0, 1, 0],
        ru: [2.2, 1.6],
        rv: [2, 1.5],
      }),
    )
  }
  return { parts, pedicle: ped, transverseTipMm: tpTip, transverseDirection: tpDir }
}

/**
 * A facet plate as an arch part. Its bounding sphere is found in the lower part's frame and, for
 * an inferior process, carried into the upper vertebra's frame (a rigid move keeps distances).
 */
function facetPart(
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
