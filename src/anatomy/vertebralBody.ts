/**
 * The vertebral body: a waisted cylinder whose section is kidney-shaped in the lumbar spine and
 * heart-shaped in the thoracic spine, with heights that run linearly from the posterior to the
 * anterior wall and concave endplates inside a raised rim.
 */
import { WALL_MARGIN_MM } from './fracture.ts'
import type { VertebraDimensions } from './levels.ts'
import { clamp, extrudeRounded, lerp, smoothSubtract, smoothstep, superellipse2 } from './sdf.ts'

/** Superellipse exponents of a lumbar body's section in front of its centre and behind it. */
const KIDNEY_FRONT = 2.1
const KIDNEY_BACK = 2.8

/** How heart-shaped the section is: 1 mid-thoracic, easing to 0 (kidney) by L1. */
export function heartShape(dims: VertebraDimensions): number {
  const n = Number(dims.level.slice(1))
  if (dims.region === 'lumbar') return 0
  return n <= 10 ? 1 : n === 11 ? 0.6 : 0.3
}

/** Signed distance to the outline of the body's horizontal section (x lateral, z anterior). */
export function bodySection(dims: VertebraDimensions, x: number, z: number): number {
  const halfWidth = dims.bodyWidthMm / 2
  const halfDepth = dims.bodyDepthMm / 2
  const heart = heartShape(dims)
  // Heart: the section narrows towards the front. Kidney: the back is flattened and dented.
  const narrowing = 1 - 0.24 * heart * clamp(z / halfDepth, 0, 1)
  // Lumbar sections have straighter sides than an ellipse, a rounded front and a broad, square
  // back (a kidney, as in the mean shape of real ones: docs/ANATOMY.md); thoracic ones are rounder.
  const squareness = z > 0 ? KIDNEY_FRONT : KIDNEY_BACK
  const oval = superellipse2(x / narrowing, z, halfWidth, halfDepth, lerp(squareness, 2.1, heart)) * narrowing
  // Shallow enough that the posterior height, measured WALL_MARGIN_MM inside the wall, is whole.
  const notchDepthMm = lerp(1.6, 2, heart)
  const notchRadius = halfWidth * 1.05
  const notch = Math.hypot(x, z + halfDepth + notchRadius - notchDepthMm) - notchRadius
  return smoothSubtract(oval, notch, 2)
}

/** Signed distance to the intact vertebral body, in the vertebra's frame (origin at its centre). */
export function vertebralBody(dims: VertebraDimensions, x: number, y: number, z: number): number {
  const halfWidth = dims.bodyWidthMm / 2
  const halfDepth = dims.bodyDepthMm / 2
  const inner = halfDepth - WALL_MARGIN_MM
  const frontness = clamp((z + inner) / (2 * inner), 0, 1)
  const halfHeight = lerp(dims.posteriorHeightMm, dims.anteriorHeightMm, frontness) / 2
  // Concave endplates, deepest at the centre, flush with the rim at the measuring points.
  const r2 = Math.min((x / (halfWidth - WALL_MARGIN_MM)) ** 2 + (z / inner) ** 2, 1)
  const top = halfHeight - dims.cranialConcavityMm * (1 - r2)
  const bottom = -halfHeight + dims.caudalConcavityMm * (1 - r2)
  const slab = Math.max(y - top, bottom - y)
  // Waist: the walls are drawn in at mid-height, leaving the rim (ring apophysis) proud.
  // The posterior wall, facing the canal, is nearly straight.
  const waistMm =
    (dims.region === 'lumbar' ? 2.4 : 1.5) * (0.3 + 0.7 * smoothstep(-halfDepth, -halfDepth * 0.2, z))
  const yn = clamp(y / halfHeight, -1, 1)
  const section = bodySection(dims, x, z) + waistMm * (1 - yn * yn)
  return extrudeRounded(section, slab, 1.4)
}
