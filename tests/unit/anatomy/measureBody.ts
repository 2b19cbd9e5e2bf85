/** Test helper: measures a (fractured) body's heights from its distance field, as a radiograph would. */
import { WALL_MARGIN_MM } from '../../../src/anatomy/fracture.ts'
import type { VertebraField } from '../../../src/anatomy/vertebraField.ts'

/** Where the surface is along the vertical line through (x, z), searching up (+1) or down (−1) from y = 0. */
function surfaceY(field: VertebraField, x: number, z: number, direction: 1 | -1): number {
  let inside = 0
  let outside = direction * 40
  for (let i = 0; i < 50; i++) {
    const mid = (inside + outside) / 2
    if (field.bodyDistance(x, mid, z) < 0) inside = mid
    else outside = mid
  }
  return (inside + outside) / 2
}

/** Anterior, middle and posterior heights (mm), measured WALL_MARGIN_MM inside the walls and at the centre. */
export function measureHeights(field: VertebraField) {
  const inner = field.dims.bodyDepthMm / 2 - WALL_MARGIN_MM
  const height = (z: number) => surfaceY(field, 0, z, 1) - surfaceY(field, 0, z, -1)
  return { anteriorMm: height(inner), middleMm: height(0), posteriorMm: height(-inner) }
}
