/**
 * The spinous process, by region. Lumbar (and T12): a tall, flat hatchet, nearly horizontal and
 * level with the body's lower half, its corners rounded, its posterior border and lower edge
 * thickened. Thoracic: long and slender, triangular in section, sloping down
 * over the level below (steepest T5–T8) and ending in a small tubercle; T11–T12 shorter, squarer
 * and more level, becoming lumbar. Model choices after atlas anatomy (lengths and slopes in levels.ts).
 */
import type { ArchPart } from './archPart.ts'
import type { VertebraDimensions } from './levels.ts'
import { LUMBAR } from './lumbarShape.ts'
import {
  clamp,
  extrudeRounded,
  lerp,
  type OvalTube,
  ovalTube,
  polygon2,
  smoothstep,
  smoothUnion,
  tubeBound,
  type Vec3,
} from './sdf.ts'

const DEG = Math.PI / 180

/** The spinous process rooted at the laminae's junction (`root`, midline), of height `rootHalfMm`. */
export function spinousProcess(dims: VertebraDimensions, root: Vec3, rootHalfMm: number): ArchPart {
  const slope = dims.spinousSlopeDeg * DEG
  const length = dims.spinousLengthMm
  const n = Number(dims.level.slice(1))
  const hatchet = dims.region === 'lumbar' || n === 12
  if (hatchet) return lumbarHatchet(dims, root, rootHalfMm, slope, length)
  // Thoracic: a tapering bar whose height shrinks from the laminae to the tip.
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const up: Vec3 = [0, Math.cos(slope), -Math.sin(slope)]
  const tip: Vec3 = [0, root[1] + dir[1] * length, root[2] + dir[2] * length]
  const bar: OvalTube = {
    a: [0, root[1] + 1, root[2] + 1],
    b: tip,
    up,
    ru: [dims.spinousHeightMm / 2 + 1.5, 2.6],
    rv: [3.1, 2],
    square: 0.35,
  }
  // The tubercle: a gentle swelling of the last few millimetres, not a ball.
  const tubercle: OvalTube = {
    a: [0, tip[1] - dir[1] * 5, tip[2] - dir[2] * 5],
    b: [0, tip[1] + dir[1] * 0.5, tip[2] + dir[2] * 0.5],
    up,
    ru: [2.6, 3.1],
    rv: [2.1, 2.5],
  }
  return {
    name: 'spinous',
    paired: false,
    distance: (x, y, z) => smoothUnion(ovalTube(x, y, z, bar), ovalTube(x, y, z, tubercle), 3),
    bound: (x, y, z) => tubeBound(x, y, z, bar),
    extent: [
      [4, root[1] + 10, root[2] + 2],
      [-4, tip[1] - 5, tip[2] - 5],
    ],
  }
}

/** Lumbar (and T12) spinous process: a plate in the midline plane, a pentagon with rounded corners. */
function lumbarHatchet(
  dims: VertebraDimensions,
  root: Vec3,
  rootHalfMm: number,
  slope: number,
  length: number,
): ArchPart {
  const height = dims.spinousHeightMm
  const [, y0, z0] = root
  const { dropMm, cornerMm: r, tipRiseMm } = LUMBAR.spinous
  // A paddle level with the body's lower half (lumbarShape.ts): a level upper border, the lower
  // one lowest in the middle and rising to the rounded tip, thickest along its free border.
  const yTip = y0 - dropMm - length * Math.tan(slope)
  const zTip = z0 - length
  const front = z0 + 1.5 - r
  const mid = z0 - length * 0.45
  const outline: [number, number][] = [
    [front, y0 + rootHalfMm * 0.55 - r],
    [zTip + r, yTip + height * 0.5 - r],
    [zTip + r, yTip - height * 0.5 + r + tipRiseMm],
    [mid, yTip - height * 0.5 + r],
    [front, y0 - rootHalfMm * 0.85 + r],
  ]
  const bottom = yTip - height * 0.5
  return {
    name: 'spinous',
    paired: false,
    distance: (x, y, z) => {
      const section = polygon2(z, y, outline) - r
      // Thin in the middle, thickened along the posterior border and the lower edge.
      const back = smoothstep(z0 - length * 0.55, zTip, z)
      const low = clamp(1 - (y - bottom) / 6, 0, 1)
      const halfThickness = lerp(2.4, 4, back) + 1 * low * low
      return extrudeRounded(section, Math.abs(x) - halfThickness, 2.2)
    },
    bound: (x, y, z) => {
      const dz = Math.max(zTip - 3 - z, z - z0 - 4, 0)
      const dy = Math.max(bottom - 3 - y, y - y0 - rootHalfMm - 2, 0)
      return Math.hypot(Math.max(Math.abs(x) - 6, 0), dy, dz)
    },
    extent: [
      [6, y0 + rootHalfMm + 2, z0 + 4],
      [-6, bottom - 3, zTip - 3],
    ],
  }
}
