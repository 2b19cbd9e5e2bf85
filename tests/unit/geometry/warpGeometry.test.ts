import { BufferGeometry, Float32BufferAttribute } from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import { fracturedHeights, WALL_MARGIN_MM } from '../../../src/anatomy/fracture.ts'
import { levelDimensions } from '../../../src/anatomy/levels.ts'
import { buildModel } from '../../../src/geometry/buildModel.ts'
import { warpGeometry } from '../../../src/geometry/warpGeometry.ts'

/** Height of the mesh (top minus bottom) among vertices near the vertical line through (0, z). */
function heightNear(geometry: BufferGeometry, z: number): number {
  const p = geometry.getAttribute('position').array as Float32Array
  let top = Number.NEGATIVE_INFINITY
  let bottom = Number.POSITIVE_INFINITY
  for (let i = 0; i < p.length; i += 3) {
    if (
      Math.abs(p[i] as number) < 2.5 &&
      Math.abs((p[i + 2] as number) - z) < 1.2 &&
      Math.abs(p[i + 1] as number) < 20
    ) {
      top = Math.max(top, p[i + 1] as number)
      bottom = Math.min(bottom, p[i + 1] as number)
    }
  }
  return top - bottom
}

describe('warpGeometry', () => {
  const intact = new BufferGeometry()
  beforeAll(async () => {
    const { mesh } = await buildModel('L1')
    intact.setAttribute('position', new Float32BufferAttribute(mesh.positions, 3))
    intact.setIndex(Array.from(mesh.indices))
  })
  const dims = levelDimensions('L1')
  const front = dims.bodyDepthMm / 2 - WALL_MARGIN_MM

  it('compresses the anterior body of the mesh as the fracture asks, leaving the back', () => {
    const target = intact.clone()
    warpGeometry(intact, target, dims, { shape: 'wedge', heightLossPct: 40 })
    const expected = fracturedHeights(dims, { shape: 'wedge', heightLossPct: 40 })
    const ratio = heightNear(target, front) / heightNear(intact, front)
    // Within one percentage point: the mesh's vertices only sample the line the height is measured on.
    expect(Math.abs(ratio - expected.anteriorMm / dims.anteriorHeightMm)).toBeLessThan(0.01)
    expect(heightNear(target, -front)).toBeCloseTo(heightNear(intact, -front), 3)
    expect(target.getAttribute('normal')).toBeDefined()
    target.dispose()
  })

  it('restores the intact shape at 0 % loss', () => {
    const target = intact.clone()
    warpGeometry(intact, target, dims, { shape: 'crush', heightLossPct: 30 })
    warpGeometry(intact, target, dims, { shape: 'crush', heightLossPct: 0 })
    expect(Array.from(target.getAttribute('position').array)).toEqual(
      Array.from(intact.getAttribute('position').array),
    )
    target.dispose()
  })
})
