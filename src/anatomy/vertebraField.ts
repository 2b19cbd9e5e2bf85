/**
 * The whole vertebra as one signed distance field: body and arch joined with filleted unions,
 * rib facets carved in, and the fracture applied as an exact inverse warp. Meshed by
 * geometry/ for display and voxelised by sim/ for the cement grid.
 */

import { ARCH_FILLET_MM, archDistance } from './archPart.ts'
import { jointClearance, transfer } from './facetJoints.ts'
import { type Fracture, unwarpPoint } from './fracture.ts'
import { levelArch, levelJoints } from './levelArch.ts'
import { type Level, levelDimensions, type VertebraDimensions } from './levels.ts'
import type { Arch } from './posteriorElements.ts'
import { costalFacets } from './ribs.ts'
import { smoothSubtract, smoothUnion, type Vec3 } from './sdf.ts'
import { vertebralBody } from './vertebralBody.ts'

export interface Box3Mm {
  min: Vec3
  max: Vec3
}

export interface VertebraField {
  level: Level
  dims: VertebraDimensions
  fracture: Fracture | undefined
  /** Box that holds the whole vertebra, with a margin for meshing. */
  bounds: Box3Mm
  /** Box that holds the (fractured) vertebral body. */
  bodyBounds: Box3Mm
  /** Signed distance (mm, negative inside) to the whole vertebra. */
  distance(x: number, y: number, z: number): number
  /** Signed distance (mm, negative inside) to the vertebral body alone. */
  bodyDistance(x: number, y: number, z: number): number
}

/** Builds the field of one level, fractured if `fracture` is given (and its loss is above 0). */
export function vertebraField(level: Level, fracture?: Fracture): VertebraField {
  const dims = levelDimensions(level)
  const arch = levelArch(level)
  const hollows = costalFacets(level)
  const { above, below } = levelJoints(level)
  const broken = fracture && fracture.heightLossPct > 0 ? fracture : undefined
  const q: number[] = [0, 0, 0]

  const intactWhole = (x: number, y: number, z: number): number => {
    let d = smoothUnion(vertebralBody(dims, x, y, z), archDistance(arch.parts, x, y, z), ARCH_FILLET_MM * 1.3)
    const ax = Math.abs(x)
    for (const hollow of hollows) d = smoothSubtract(d, hollow(ax, y, z), 1)
    // Keep both facet joints' spaces clear (facetJoints.ts).
    d = smoothSubtract(d, jointClearance(above, 'superior', ax, y, z), 0.6)
    const [bx, by, bz] = transfer(below.upperToLower, [ax, y, z])
    return smoothSubtract(d, jointClearance(below, 'inferior', bx, by, bz), 0.6)
  }

  // A warped field: sample the intact one at the unwarped point, scaled by the local squash
  // (a conservative distance, since the warp only shortens heights).
  const warped = (f: (x: number, y: number, z: number) => number) =>
    broken
      ? (x: number, y: number, z: number) => {
          unwarpPoint(dims, broken, [x, y, z], q)
          const scale = y === 0 ? 1 : Math.min(1, y / (q[1] as number))
          return f(x, q[1] as number, z) * scale
        }
      : f

  const halfWidth = dims.bodyWidthMm / 2
  const halfDepth = dims.bodyDepthMm / 2
  const halfHeight = Math.max(dims.anteriorHeightMm, dims.posteriorHeightMm) / 2
  const bodyBounds: Box3Mm = {
    min: [-halfWidth - 1, -halfHeight - 1, -halfDepth - 1],
    max: [halfWidth + 1, halfHeight + 1, halfDepth + 1],
  }
  return {
    level,
    dims,
    fracture: broken,
    bounds: archBounds(arch, bodyBounds),
    bodyBounds,
    distance: warped(intactWhole),
    bodyDistance: warped((x, y, z) => vertebralBody(dims, x, y, z)),
  }
}

/** A box around the body and every part of the arch (both sides), with room to mesh. */
function archBounds(arch: Arch, body: Box3Mm): Box3Mm {
  const min = [...body.min]
  const max = [...body.max]
  for (const part of arch.parts) {
    for (const p of part.extent) {
      for (let axis = 0; axis < 3; axis++) {
        const v = p[axis] as number
        const lo = axis === 0 && part.paired ? -Math.abs(v) : v
        const hi = axis === 0 && part.paired ? Math.abs(v) : v
        min[axis] = Math.min(min[axis] as number, lo - 2)
        max[axis] = Math.max(max[axis] as number, hi + 2)
      }
    }
  }
  return { min: min as unknown as Vec3, max: max as unknown as Vec3 }
}
