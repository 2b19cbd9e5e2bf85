/**
 * Test helper: how far a decoded model's vertices lie from the mesh it was written from (the
 * writer renumbers vertices, so each decoded vertex is matched to its nearest original).
 */
import type { BufferGeometry } from 'three'
import type { IndexedMesh } from '../../../src/modelgen/meshField.ts'

/** Largest distance (mm) from a decoded vertex to the nearest vertex of `mesh`. */
export function worstVertexOffsetMm(geometry: BufferGeometry, mesh: IndexedMesh): number {
  const cells = new Map<string, number[]>()
  const key = (x: number, y: number, z: number) => `${Math.floor(x)},${Math.floor(y)},${Math.floor(z)}`
  const p = mesh.positions
  for (let v = 0; v < p.length; v += 3) {
    const k = key(p[v] as number, p[v + 1] as number, p[v + 2] as number)
    const list = cells.get(k)
    if (list) list.push(v)
    else cells.set(k, [v])
  }
  const decoded = geometry.getAttribute('position')
  let worst = 0
  for (let i = 0; i < decoded.count; i++) {
    const [x, y, z] = [decoded.getX(i), decoded.getY(i), decoded.getZ(i)]
    let nearest = Infinity
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const v of cells.get(key(x + dx, y + dy, z + dz)) ?? [])
            nearest = Math.min(
              nearest,
              Math.hypot((p[v] as number) - x, (p[v + 1] as number) - y, (p[v + 2] as number) - z),
            )
    worst = Math.max(worst, nearest)
  }
  return worst
}

/** The geometry's triangles as an IndexedMesh, for the mesh checks. */
export function asIndexedMesh(geometry: BufferGeometry): IndexedMesh {
  return {
    positions: geometry.getAttribute('position').array as Float32Array,
    indices: Uint32Array.from(geometry.getIndex()?.array ?? []),
  }
}
