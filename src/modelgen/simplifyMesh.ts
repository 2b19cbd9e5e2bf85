/**
 * Reduces a dense field mesh to a size a phone can draw, with meshoptimizer's edge-collapse
 * simplifier (used by the model generator only, so it never reaches the app's bundle). A
 * collapse across a thin part can leave a "fin" (two triangles on the same three vertices);
 * those pairs are removed, and the result is refused unless it is still closed.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import { openOrNonManifoldEdges } from './meshChecks.ts'
import type { IndexedMesh } from './meshField.ts'

export interface SimplifyOptions {
  /** Triangles to aim for. */
  targetTriangles: number
  /** Largest allowed deviation from the dense surface (mm). */
  maxErrorMm: number
}

/** A simplified copy of `mesh` with unused vertices dropped. Throws if it cannot stay closed. */
export async function simplifyMesh(mesh: IndexedMesh, options: SimplifyOptions): Promise<IndexedMesh> {
  return compact(mesh.positions, await coarserTriangles(mesh, options))
}

/**
 * A coarser, still closed triangle list over `mesh`'s own vertices (none added, none renumbered):
 * a second level of detail that shares the vertex buffer (and so the normals) of the first.
 */
export async function coarserTriangles(
  mesh: IndexedMesh,
  { targetTriangles, maxErrorMm }: SimplifyOptions,
): Promise<Uint32Array> {
  await MeshoptSimplifier.ready
  const vertexCount = mesh.positions.length / 3
  // If a pass leaves an open edge (a collapse across a thin wall), try again deterministically:
  // first a slightly smaller target, which moves the collapses elsewhere, then more gently.
  for (const scale of [1, 0.8, 0.6, 0.45]) {
    for (const share of [1, 0.98, 0.96, 0.94, 0.92, 0.9]) {
      const [simplified] = MeshoptSimplifier.simplify(
        mesh.indices,
        mesh.positions,
        3,
        Math.floor(targetTriangles * share) * 3,
        maxErrorMm * scale,
        ['ErrorAbsolute'],
      )
      const indices = removeFins(simplified)
      if (openOrNonManifoldEdges(indices, vertexCount) === 0) return indices
    }
  }
  throw new Error(
    `simplifyMesh: expected a closed mesh after simplification, got open edges at every error bound up to ${maxErrorMm} mm`,
  )
}

/** Drops every triangle whose three vertices another triangle also uses. */
function removeFins(indices: Uint32Array): Uint32Array {
  const key = (t: number) => {
    const v = [indices[t] as number, indices[t + 1] as number, indices[t + 2] as number].sort((a, b) => a - b)
    return `${v[0]},${v[1]},${v[2]}`
  }
  const count = new Map<string, number>()
  for (let t = 0; t < indices.length; t += 3) count.set(key(t), (count.get(key(t)) ?? 0) + 1)
  const kept: number[] = []
  for (let t = 0; t < indices.length; t += 3) {
    if (count.get(key(t)) === 1)
      kept.push(indices[t] as number, indices[t + 1] as number, indices[t + 2] as number)
  }
  return new Uint32Array(kept)
}

/** Renumbers vertices in order of first use, dropping the unused ones. */
function compact(positions: Float32Array, indices: Uint32Array): IndexedMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1)
  const out: number[] = []
  const newIndices = new Uint32Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i] as number
    if (remap[v] === -1) {
      remap[v] = out.length / 3
      out.push(positions[v * 3] as number, positions[v * 3 + 1] as number, positions[v * 3 + 2] as number)
    }
    newIndices[i] = remap[v] as number
  }
  return { positions: new Float32Array(out), indices: newIndices }
}
