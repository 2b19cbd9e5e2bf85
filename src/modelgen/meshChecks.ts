/**
 * Checks of a triangle mesh's soundness, used by the model generator before it writes a file and
 * by the tests: closed (every edge joins exactly two triangles, once in each direction) and
 * enclosing a positive volume.
 */
import type { IndexedMesh } from './meshField.ts'

/** Edges that do not join exactly two consistently oriented triangles (0 for a closed, oriented mesh). */
export function openOrNonManifoldEdges(indices: Uint32Array, vertexCount: number): number {
  const directed = new Map<number, number>()
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e] as number
      const b = indices[t + ((e + 1) % 3)] as number
      const key = a * vertexCount + b
      directed.set(key, (directed.get(key) ?? 0) + 1)
    }
  }
  let bad = 0
  for (const [key, count] of directed) {
    const a = Math.floor(key / vertexCount)
    const b = key % vertexCount
    // Each directed edge once, and its twin (the neighbour's, running the other way) once.
    if (count !== 1 || directed.get(b * vertexCount + a) !== 1) bad++
  }
  return bad
}

/** Enclosed volume (mm³) by the divergence theorem: positive when the triangles face outwards. */
export function signedVolume({ positions, indices }: IndexedMesh): number {
  let sum = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] as number) * 3
    const b = (indices[t + 1] as number) * 3
    const c = (indices[t + 2] as number) * 3
    const ax = positions[a] as number
    const ay = positions[a + 1] as number
    const az = positions[a + 2] as number
    const bx = positions[b] as number
    const by = positions[b + 1] as number
    const bz = positions[b + 2] as number
    const cx = positions[c] as number
    const cy = positions[c + 1] as number
    const cz = positions[c + 2] as number
    sum += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)
  }
  return sum / 6
}
