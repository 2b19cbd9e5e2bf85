/**
 * Where the parts of a vertebra are, for the anatomy labels: a point on (or in) each named part of an
 * intact level, in its frame (mm; +x the patient's left, +y cranial, +z anterior). Paired parts are
 * given on the patient's right (−x), the side the app's views look from. Found from the same field
 * the mesh is made of, so a label sits on the bone it names.
 */
import { type Level, levelDimensions } from './levels.ts'
import { pedicleAxis } from './pedicleAxis.ts'
import { vertebraField } from './vertebraField.ts'

export const LANDMARKS = [
  'body',
  'endplate',
  'pedicle',
  'lamina',
  'spinous',
  'transverse',
  'canal',
  'disc',
  'basivertebral',
] as const
export type Landmark = (typeof LANDMARKS)[number]
export type Vec3 = [number, number, number]

/** The farthest bone point from `start` along `step` (1 mm steps, within `maxMm`), or null. */
function lastInside(
  distance: (x: number, y: number, z: number) => number,
  start: Vec3,
  step: Vec3,
  maxMm: number,
): Vec3 | null {
  let found: Vec3 | null = null
  for (let i = 0; i <= maxMm; i++) {
    const p: Vec3 = [start[0] + step[0] * i, start[1] + step[1] * i, start[2] + step[2] * i]
    if (distance(p[0], p[1], p[2]) < 0) found = p
  }
  return found
}

export function landmarks(level: Level): Record<Landmark, Vec3> {
  const dims = levelDimensions(level)
  const field = vertebraField(level)
  const halfDepth = dims.bodyDepthMm / 2
  const canalZ = -(halfDepth + dims.canalDepthMm / 2)
  const right = pedicleAxis(level, -1)
  // The spinous tip: the most posterior bone on the midline, over the arch's height.
  let spinous: Vec3 = [0, 0, -(halfDepth + dims.canalDepthMm + 10)]
  for (let y = -30; y <= 30; y += 2) {
    const p = lastInside(field.distance, [0, y, -halfDepth - dims.canalDepthMm], [0, 0, -1], 90)
    if (p && p[2] < spinous[2]) spinous = p
  }
  // The lamina: bone beside the canal's roof, half-way between the midline and the pedicle.
  const laminaX = -dims.canalWidthMm / 2
  const lamina = lastInside(field.distance, [laminaX, 0, canalZ], [0, 0, -1], 25) ?? [
    laminaX,
    0,
    canalZ - dims.canalDepthMm / 2,
  ]
  // The transverse process: the farthest bone to the right at the pedicle's height, behind the body.
  const transverse =
    lastInside(
      field.distance,
      [right.isthmusMm[0], right.isthmusMm[1], right.isthmusMm[2] - 4],
      [-1, 0, 0],
      80,
    ) ?? ([...right.isthmusMm] as Vec3)
  return {
    body: [0, 0, halfDepth],
    endplate: [0, dims.middleHeightMm / 2, halfDepth * 0.4],
    pedicle: [...right.isthmusMm] as Vec3,
    lamina,
    spinous,
    transverse,
    canal: [0, 0, canalZ],
    disc: [0, dims.anteriorHeightMm / 2 + dims.discBelowAnteriorMm / 2, halfDepth * 0.6],
    basivertebral: [0, 0, -halfDepth + 3],
  }
}
