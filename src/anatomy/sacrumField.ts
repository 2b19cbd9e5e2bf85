/**
 * The sacrum as a signed distance field: five fused vertebrae in a curved triangle, with the
 * promontory and the wings (alae) on top, the sacral canal behind, the median crest, and four
 * pairs of foramina. Frame: origin at the centre of the S1 upper endplate, +y normal to that
 * endplate, +z anterior (the column places it at the sacral slope; column.ts). Dimensions are
 * model choices continuing L5 (S1's endplate matches L5's, as the L5/S1 disc needs).
 */
import { facetJoint, jointClearance, jointPoint, superiorFacetPlate } from './facetJoints.ts'
import { levelDimensions, SACRUM_ENDPLATE } from './levels.ts'
import {
  ellipse2,
  extrudeRounded,
  type OvalTube,
  ovalTube,
  smoothSubtract,
  smoothUnion,
  type Vec3,
} from './sdf.ts'
import type { Box3Mm } from './vertebraField.ts'

export { SACRUM_ENDPLATE }

const FILLET_MM = 4

// Segment centres S1–S5 and the coccygeal tip, curving forward as they descend (concave in front).
const SPINE: readonly Vec3[] = [
  [0, -14, 0],
  [0, -38, -1.5],
  [0, -58, 0],
  [0, -74, 3.5],
  [0, -87, 8],
  [0, -97, 14],
]
const HALF_WIDTHS = [SACRUM_ENDPLATE.widthMm / 2 - 2, 17, 13.5, 10, 7.5, 5]
const HALF_DEPTHS = [SACRUM_ENDPLATE.depthMm / 2 - 2, 12, 10, 8, 6.5, 4.5]

const bodies: OvalTube[] = SPINE.slice(1).map((b, i) => ({
  a: SPINE[i] as Vec3,
  b,
  up: [1, 0, 0],
  ru: [HALF_WIDTHS[i] as number, HALF_WIDTHS[i + 1] as number],
  rv: [HALF_DEPTHS[i] as number, HALF_DEPTHS[i + 1] as number],
}))

// One side (x > 0); mirrored: S1's superior articular process, its facet built from the L5/S1
// joint (facetJoints.ts), backed by a rounded column rising from the sacral base.
const JOINT = facetJoint(levelDimensions('L5'), 'S')
const paired: OvalTube[] = [
  {
    a: [19, -12, -21],
    b: jointPoint(JOINT, -JOINT.gapMm / 2 - JOINT.superiorThicknessMm - 2, 0, JOINT.halfHeightMm * 0.4),
    up: JOINT.across,
    ru: [7, 6],
    rv: [5, 4.4],
    square: 0.2,
  },
]
const midline: OvalTube[] = [
  // Median sacral crest (fused spinous processes).
  { a: [0, -12, -30], b: [0, -78, -9], up: [0, 0, -1], ru: [5, 3], rv: [2.6, 2] },
]
// The sacral canal, and the anterior foramina, as tubes to carve out.
// It ends above the apex (the sacral hiatus), where the bone is too thin to hollow.
const canal: OvalTube = { a: [0, 8, -23], b: [0, -76, -2], up: [1, 0, 0], ru: [10, 4], rv: [6, 2.6] }
const FORAMINA_Y = [-28, -47, -63, -77]
const foramina: OvalTube[] = FORAMINA_Y.map((y, i) => ({
  a: [17 - i * 2, y, 22],
  b: [15 - i * 2, y + 2, -34],
  up: [0, 1, 0],
  ru: [4.6 - i * 0.6, 3.6 - i * 0.4],
  rv: [4.2 - i * 0.6, 3.4 - i * 0.4],
}))

/** Piecewise-linear lookup of `values` at `y` over the descending heights `ys`. */
function along(ys: readonly number[], values: readonly number[], y: number): number {
  if (y >= (ys[0] as number)) return values[0] as number
  for (let i = 1; i < ys.length; i++) {
    const y1 = ys[i] as number
    if (y >= y1) {
      const y0 = ys[i - 1] as number
      const t = (y - y0) / (y1 - y0)
      return (values[i - 1] as number) + ((values[i] as number) - (values[i - 1] as number)) * t
    }
  }
  return values[values.length - 1] as number
}

const PLATE_Y = [-4, -30, -50, -70, -90, -100]
const PLATE_HALF_WIDTH = [52, 44, 30, 18, 9, 5]
const PLATE_HALF_THICKNESS = [15, 13, 10, 8, 6, 4.5]
const PLATE_CENTRE_Z = [-9, -9, -5, -1, 6, 12]

/**
 * The fused mass as one curved plate: wide at the wings, narrowing to the apex, thick at the top
 * and thin below, following the forward curve.
 */
function plate(ax: number, y: number, z: number): number {
  const halfWidth = along(PLATE_Y, PLATE_HALF_WIDTH, y)
  // The wings' upper surface slopes down and out from the promontory.
  const top = -5 - 0.14 * ax
  // The wings' outer corners are rounded off (a 10 mm radius), as the alae curve into the lateral mass.
  const outline = Math.max(extrudeRounded(ax - halfWidth, y - top, 10), -102 - y)
  const slab = Math.abs(z - along(PLATE_Y, PLATE_CENTRE_Z, y)) - along(PLATE_Y, PLATE_HALF_THICKNESS, y)
  return extrudeRounded(outline, slab, 8)
}

/** Signed distance (mm) to the sacrum. */
export function sacrumDistance(x: number, y: number, z: number): number {
  const ax = Math.abs(x)
  // S1's body, with a flat upper endplate at y = 0 and a rounded rim (the promontory in front).
  const section = ellipse2(x, z, SACRUM_ENDPLATE.widthMm / 2, SACRUM_ENDPLATE.depthMm / 2)
  let d = extrudeRounded(section, Math.max(y, -24 - y), 2)
  d = smoothUnion(d, plate(ax, y, z), FILLET_MM)
  for (const t of bodies) d = smoothUnion(d, ovalTube(x, y, z, t), FILLET_MM)
  for (const t of paired) d = smoothUnion(d, ovalTube(ax, y, z, t), FILLET_MM)
  d = smoothUnion(d, superiorFacetPlate(JOINT, ax, y, z), FILLET_MM * 0.75)
  for (const t of midline) d = smoothUnion(d, ovalTube(x, y, z, t), FILLET_MM * 0.6)
  d = smoothSubtract(d, ovalTube(x, y, z, canal), 1.5)
  for (const t of foramina) d = smoothSubtract(d, ovalTube(ax, y, z, t), 1.2)
  return smoothSubtract(d, jointClearance(JOINT, 'superior', ax, y, z), 0.6)
}

export const SACRUM_BOUNDS: Box3Mm = { min: [-64, -108, -44], max: [64, 24, 26] }
