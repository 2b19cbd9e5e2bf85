/**
 * The transverse processes and the tubercles around them, by region. Lumbar (L1–L4): flat blades
 * from the side of the pedicle's back half, swept back, longest at L3, their broad root reaching
 * the superior process (where the needle enters). L5: short and stout, rooted along the pedicle's
 * whole side and on the body. Thoracic: thick bars angled back and up with a club end carrying the
 * rib's tubercle (T1–T10), small at T11–T12. Mammillary and accessory processes from T11 down.
 * Vertebra frame, left side (posteriorElements.ts); lumbar placements in lumbarShape.ts.
 */
import { type ArchPart, add, along, tube } from './archPart.ts'
import { type FacetJoint, jointPoint } from './facetJoints.ts'
import type { VertebraDimensions } from './levels.ts'
import { LUMBAR } from './lumbarShape.ts'
import type { PedicleGeometry } from './pedicle.ts'
import { lerp, type OvalTube, type Vec3 } from './sdf.ts'

const DEG = Math.PI / 180

/** Where the lamina meets the pillar, for the thoracic processes' web to it. */
export interface LaminaEdge {
  lateralMm: Vec3
  up: Vec3
  halfHeightMm: number
}

export interface TransverseProcess {
  parts: ArchPart[]
  /** The process's root and tip (the centre of its club, thoracic), and its direction. */
  rootMm: Vec3
  tipMm: Vec3
  direction: Vec3
}

const direction = (backDeg: number, upDeg: number): Vec3 => [
  Math.cos(upDeg * DEG) * Math.cos(backDeg * DEG),
  Math.sin(upDeg * DEG),
  -Math.cos(upDeg * DEG) * Math.sin(backDeg * DEG),
]

/** The left transverse process of a level and what grows on it. */
export function transverseProcess(
  dims: VertebraDimensions,
  ped: PedicleGeometry,
  lamina: LaminaEdge,
  above: FacetJoint,
): TransverseProcess {
  const lumbar = dims.region === 'lumbar'
  const n = Number(dims.level.slice(1))
  const tp = lumbar
    ? n === 5
      ? lumbarFifth(dims, ped)
      : lumbarBlade(dims, ped)
    : thoracic(dims, ped, lamina)
  if (lumbar || n >= 11) tp.parts.push(...tubercles(above, tp, lumbar))
  return tp
}

function lumbarBlade(dims: VertebraDimensions, ped: PedicleGeometry): TransverseProcess {
  const { transverse: t } = LUMBAR
  const end = ped.posteriorEndMm
  const pw = dims.pedicleWidthMm
  const dir = direction(t.backDeg, t.upDeg)
  const root = add(along(end, ped.directionUnit, t.forwardMm), [pw * 0.3, -t.downMm, 0])
  const tip = along(root, dir, dims.transverseLengthMm + pw / 2)
  const blade: OvalTube = {
    // The root reaches back along the pillar's side, to the superior process's base.
    a: add(end, [pw * 0.25, 2 - t.downMm, -t.rootBackMm]),
    b: tip,
    up: [0, 1, 0.15],
    ru: t.halfHeightMm,
    rv: t.halfThicknessMm,
    square: 0.3,
  }
  return { parts: [tube('transverse', blade)], rootMm: root, tipMm: tip, direction: dir }
}

function lumbarFifth(dims: VertebraDimensions, ped: PedicleGeometry): TransverseProcess {
  const t = LUMBAR.transverseL5
  const end = ped.posteriorEndMm
  const side = (forwardMm: number) =>
    add(along(end, ped.directionUnit, forwardMm), [dims.pedicleWidthMm * 0.3, -t.downMm, 0])
  const dir = direction(t.backDeg, t.upDeg)
  const root = side(t.forwardMm)
  const tip = along(root, dir, dims.transverseLengthMm + dims.pedicleWidthMm / 2)
  const parts = [
    tube('transverse', {
      a: side(t.rootFromMm),
      b: tip,
      up: [0, 1, 0.15],
      ru: t.halfHeightMm,
      rv: t.halfThicknessMm,
      square: 0.3,
    }),
    // It springs from the body's side as well as from the pedicle.
    tube('transverseBodyRoot', {
      a: [dims.bodyWidthMm / 2 - 6, ped.isthmusMm[1] - 2, -dims.bodyDepthMm / 2 + 6],
      b: along(root, dir, t.bodyRootMm),
      up: [0, 1, 0],
      ru: [6, 5],
      rv: [4, 3.6],
    }),
  ]
  return { parts, rootMm: root, tipMm: tip, direction: dir }
}

function thoracic(dims: VertebraDimensions, ped: PedicleGeometry, lamina: LaminaEdge): TransverseProcess {
  const n = Number(dims.level.slice(1))
  const pw = dims.pedicleWidthMm
  // Angled back more and more down the thoracic spine, and up; small and level at T11–T12.
  const dir = direction(lerp(24, 44, (n - 1) / 11), n >= 11 ? 6 : 14)
  // From the junction of pedicle and lamina.
  const root = add(ped.posteriorEndMm, [0.5, dims.pedicleHeightMm * 0.2, -2.5])
  const length = dims.transverseLengthMm + pw / 2
  const tip = along(root, dir, length)
  const parts = [
    tube(
      'transverse',
      n >= 11
        ? { a: root, b: tip, up: [0, 1, 0], ru: [4.2, 3.4], rv: [3.6, 3], square: 0.2 }
        : { a: root, b: tip, up: [0, 1, 0], ru: [4.8, 5.2], rv: [4.4, 4.9], square: 0.3 },
    ),
  ]
  if (n <= 10) {
    // A thin web from the lamina to the process's first half: a broad root, not a peg.
    parts.push(
      tube('transverseRoot', {
        a: along(lamina.lateralMm, lamina.up, lamina.halfHeightMm * 0.2),
        b: along(root, dir, length * 0.5),
        up: [0, 1, 0],
        ru: [3.6, 3.2],
        rv: [2.4, 2.2],
        square: 0.6,
      }),
    )
  }
  return { parts, rootMm: root, tipMm: tip, direction: dir }
}

/**
 * Mammillary process: a rounded tubercle on the superior process's back edge (larger in the
 * lumbar spine); accessory process: a small one behind the transverse process's root.
 */
function tubercles(above: FacetJoint, tp: TransverseProcess, lumbar: boolean): ArchPart[] {
  const sign = above.across[2] < 0 ? 1 : -1 // the facet's posterior border
  const height = lumbar ? LUMBAR.mammillary.alongShare * above.halfHeightMm : -above.halfHeightMm
  const m = jointPoint(
    above,
    -above.gapMm / 2 - above.superiorThicknessMm / 2,
    sign * (above.halfWidthMm + 1.5),
    height - 1,
  )
  const k = lumbar ? LUMBAR.mammillary.scale : 1
  const acc = add(along(tp.rootMm, tp.direction, 5), [0, -2.5, -2])
  return [
    tube('mammillary', {
      a: m,
      b: add(m, [0.6, -0.8, -2.2]),
      up: [0, 1, 0],
      ru: [3 * k, 2.4 * k],
      rv: [2.6 * k, 2 * k],
    }),
    tube('accessory', { a: acc, b: add(acc, [0.4, -1.2, -2]), up: [0, 1, 0], ru: [2.2, 1.6], rv: [2, 1.5] }),
  ]
}
