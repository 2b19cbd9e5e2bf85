/**
 * Ambient occlusion baked per vertex from the signed distance field: step out along the surface
 * normal and see how soon other bone is near (the canal, the foramina, the undersides of the
 * processes darken). Done once by the model generator, so the browser pays nothing for it.
 */
import type { DistanceFn, IndexedMesh } from './meshField.ts'

const STEPS = 5
const STEP_MM = 1.6
const STRENGTH = 0.9

/** RGBA bytes per vertex (grey = light reaching it; alpha 255), for glTF's COLOR_0. */
export function bakeOcclusion(mesh: IndexedMesh, distance: DistanceFn): Uint8Array {
  const count = mesh.positions.length / 3
  const out = new Uint8Array(count * 4)
  const e = 0.05
  for (let v = 0; v < count; v++) {
    const x = mesh.positions[v * 3] as number
    const y = mesh.positions[v * 3 + 1] as number
    const z = mesh.positions[v * 3 + 2] as number
    let nx = distance(x + e, y, z) - distance(x - e, y, z)
    let ny = distance(x, y + e, z) - distance(x, y - e, z)
    let nz = distance(x, y, z + e) - distance(x, y, z - e)
    const nl = Math.hypot(nx, ny, nz) || 1
    nx /= nl
    ny /= nl
    nz /= nl
    let occlusion = 0
    let weight = 0.5
    for (let i = 1; i <= STEPS; i++) {
      const h = i * STEP_MM
      const d = distance(x + nx * h, y + ny * h, z + nz * h)
      occlusion += ((h - Math.max(d, 0)) / h) * weight
      weight *= 0.6
    }
    const light = Math.min(Math.max(1 - STRENGTH * occlusion * 1.6, 0.25), 1)
    const byte = Math.round(light * 255)
    out.set([byte, byte, byte, 255], v * 4)
  }
  return out
}
