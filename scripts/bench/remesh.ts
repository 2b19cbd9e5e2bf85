/** Re-mesh time of the fractured vertebra: the warp of its geometry plus new normals, as on a slider step. */
import { BufferGeometry, Float32BufferAttribute } from 'three'
import { levelDimensions } from '../../src/anatomy/levels.ts'
import { warpGeometry } from '../../src/geometry/warpGeometry.ts'
import { buildModel } from '../../src/modelgen/buildModel.ts'
import { median } from './pages.ts'

export async function remeshMs(
  level: 'L1' = 'L1',
  steps = 60,
): Promise<{ medianMs: number; vertices: number }> {
  const { mesh } = await buildModel(level)
  const intact = new BufferGeometry()
  intact.setAttribute('position', new Float32BufferAttribute(mesh.positions, 3))
  intact.setIndex(Array.from(mesh.indices))
  const target = intact.clone()
  const dims = levelDimensions(level)
  const times: number[] = []
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now()
    warpGeometry(intact, target, dims, { shape: 'wedge', heightLossPct: i % 60 })
    times.push(performance.now() - t0)
  }
  return { medianMs: median(times.slice(10)), vertices: mesh.positions.length / 3 }
}
