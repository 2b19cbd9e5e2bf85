/**
 * The outline of a body's upper or lower endplate, as points in the vertebra's frame: where the
 * discs attach. Found by searching along rays from the body's centre for the edge of its section
 * (the section is star-shaped from there), a little inside the rounded rim.
 */
import { type Fracture, WALL_MARGIN_MM, warpPoint } from './fracture.ts'
import type { VertebraDimensions } from './levels.ts'
import { lerp } from './sdf.ts'
import { bodySection } from './vertebralBody.ts'

const INSET_MM = 1.2

/** `count` points (x, y, z triples) around the endplate, counter-clockwise seen from above. */
export function endplateRim(
  dims: VertebraDimensions,
  side: 'top' | 'bottom',
  count: number,
  fracture?: Fracture,
): Float32Array {
  const out = new Float32Array(count * 3)
  const inner = dims.bodyDepthMm / 2 - WALL_MARGIN_MM
  const p = [0, 0, 0]
  for (let i = 0; i < count; i++) {
    const angle = (i / count) * Math.PI * 2
    const dx = Math.sin(angle)
    const dz = Math.cos(angle)
    // Bisect for the section's edge along this ray.
    let lo = 0
    let hi = dims.bodyWidthMm
    for (let k = 0; k < 24; k++) {
      const mid = (lo + hi) / 2
      if (bodySection(dims, dx * mid, dz * mid) < -INSET_MM) lo = mid
      else hi = mid
    }
    const x = dx * lo
    const z = dz * lo
    const frontness = Math.min(Math.max((z + inner) / (2 * inner), 0), 1)
    const halfHeight = lerp(dims.posteriorHeightMm, dims.anteriorHeightMm, frontness) / 2
    p[0] = x
    p[1] = side === 'top' ? halfHeight : -halfHeight
    p[2] = z
    if (fracture) warpPoint(dims, fracture, p, p)
    out.set(p, i * 3)
  }
  return out
}
