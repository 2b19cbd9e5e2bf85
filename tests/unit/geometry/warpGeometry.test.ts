import {
  BufferGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector3,
} from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import { fracturedHeights, WALL_MARGIN_MM } from '../../../src/anatomy/fracture.ts'
import { levelDimensions } from '../../../src/anatomy/levels.ts'
import { warpGeometry } from '../../../src/geometry/warpGeometry.ts'
import { buildModel } from '../../../src/modelgen/buildModel.ts'

/** Height of the mesh along the vertical line through (0, z): first hits from above and from below. */
function heightNear(geometry: BufferGeometry, z: number): number {
  const mesh = new Mesh(geometry, new MeshBasicMaterial({ side: DoubleSide }))
  const hit = (fromY: number, dirY: number) => {
    const ray = new Raycaster(new Vector3(0, fromY, z), new Vector3(0, dirY, 0))
    return ray.intersectObject(mesh)[0]?.point.y ?? Number.NaN
  }
  return hit(60, -1) - hit(-60, 1)
}

describe('warpGeometry', () => {
  const intact = new BufferGeometry()
  // Building a model takes seconds (meshing and simplifying), more than a hook's default 10 s on
  // a busy machine.
  beforeAll(async () => {
    const { mesh } = await buildModel('L1')
    intact.setAttribute('position', new Float32BufferAttribute(mesh.positions, 3))
    intact.setIndex(Array.from(mesh.indices))
  }, 60_000)
  const dims = levelDimensions('L1')
  const front = dims.bodyDepthMm / 2 - WALL_MARGIN_MM

  it('compresses the anterior body of the mesh as the fracture asks, leaving the back', () => {
    const target = intact.clone()
    warpGeometry(intact, target, dims, { shape: 'wedge', heightLossPct: 40 })
    const expected = fracturedHeights(dims, { shape: 'wedge', heightLossPct: 40 })
    const ratio = heightNear(target, front) / heightNear(intact, front)
    // Within one percentage point (the mesh is a 0.65 mm approximation of the field).
    expect(Math.abs(ratio - expected.anteriorMm / dims.anteriorHeightMm)).toBeLessThan(0.01)
    expect(Math.abs(heightNear(target, -front) / heightNear(intact, -front) - 1)).toBeLessThan(0.01)
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
