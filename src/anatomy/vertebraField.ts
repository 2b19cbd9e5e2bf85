/**
 * The whole vertebra as one signed distance field: body and arch joined with filleted unions,
 * rib facets carved in, and the fracture applied as an exact inverse warp. Meshed by
 * geometry/ for display and voxelised by sim/ for the cement grid.
 */
import { type Fracture, unwarpPoint } from './fracture.ts'
import { type Level, levelDimensions, type VertebraDimensions } from './levels.ts'
import { archParts } from './posteriorElements.ts'
import { ovalTube, smoothSubtract, smoothUnion, sphere, type Vec3 } from './sdf.ts'
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

const FILLET_MM = 2.2

/** Builds the field of one level, fractured if `fracture` is given (and its loss is above 0). */
export function vertebraField(level: Level, fracture?: Fracture): VertebraField {
  const dims = levelDimensions(level)
  const arch = archParts(dims)
  const broken = fracture && fracture.heightLossPct > 0 ? fracture : undefined
  const q: number[] = [0, 0, 0]

  const intactArch = (x: number, y: number, z: number): number => {
    const ax = Math.abs(x) // left and right are mirror images
    let d = Number.POSITIVE_INFINITY
    for (const tube of arch.paired) d = smoothUnion(d, ovalTube(ax, y, z, tube), FILLET_MM)
    for (const tube of arch.midline) d = smoothUnion(d, ovalTube(x, y, z, tube), FILLET_MM)
    return d
  }
  const intactWhole = (x: number, y: number, z: number): number => {
    let d = smoothUnion(vertebralBody(dims, x, y, z), intactArch(x, y, z), FILLET_MM * 1.2)
    const ax = Math.abs(x)
    for (const h of arch.pairedHollows) d = smoothSubtract(d, sphere(ax, y, z, h.centre, h.radiusMm), 1)
    return d
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
function archBounds(arch: ReturnType<typeof archParts>, body: Box3Mm): Box3Mm {
  const min = [...body.min]
  const max = [...body.max]
  for (const tube of [...arch.paired, ...arch.midline]) {
    const r = Math.max(...tube.ru, ...tube.rv) * 1.6
    for (const p of [tube.a, tube.b]) {
      for (let axis = 0; axis < 3; axis++) {
        const v = p[axis] as number
        const lo = axis === 0 ? -Math.abs(v) : v
        const hi = axis === 0 ? Math.abs(v) : v
        min[axis] = Math.min(min[axis] as number, lo - r)
        max[axis] = Math.max(max[axis] as number, hi + r)
      }
    }
  }
  return { min: min as unknown as Vec3, max: max as unknown as Vec3 }
}
