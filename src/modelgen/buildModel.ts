/**
 * One model file's mesh, from its field: meshed, simplified, and checked closed. The generator
 * writes these to public/models/; the tests rebuild them to check the committed files.
 */

import type { Level } from '../anatomy/levels.ts'
import { ribStub } from '../anatomy/ribs.ts'
import { SACRUM_BOUNDS, sacrumDistance } from '../anatomy/sacrumField.ts'
import { vertebraField } from '../anatomy/vertebraField.ts'
import type { ModelName } from '../geometry/modelNames.ts'
import { bakeOcclusion } from './bakeOcclusion.ts'
import type { IndexedMesh } from './meshField.ts'
import { meshField } from './meshField.ts'
import { coarserTriangles, simplifyMesh } from './simplifyMesh.ts'

/** Grid spacing of the dense mesh: fine enough for the 0.7 mm endplate dip. */
export const MODEL_CELL_MM = 0.65

/** Triangle budget per model (the performance issue's): vertebra, sacrum, a level's rib stubs. */
export const TRIANGLE_BUDGET = { vertebra: 8000, sacrum: 12000, ribs: 1600 } as const

/**
 * Triangles of the coarse level of detail, which software renderers draw for every intact bone
 * (docs/PERFORMANCE.md: there the column's triangles, not its pixels, bound the frame rate).
 * Rib stubs have none: they are small already.
 */
export const COARSE_TRIANGLES = { vertebra: 2400, sacrum: 3600 } as const

export interface BuiltModel {
  mesh: IndexedMesh
  /** Baked ambient occlusion, RGBA bytes per vertex. */
  occlusion: Uint8Array
  /** A closed, coarser triangle list over `mesh`'s vertices (absent for rib stubs). */
  coarse?: Uint32Array
}

/** The budget a model's triangles must fit. */
export function triangleBudget(name: ModelName): number {
  if (name === 'S') return TRIANGLE_BUDGET.sacrum
  return name.endsWith('-ribs') ? TRIANGLE_BUDGET.ribs : TRIANGLE_BUDGET.vertebra
}

function fieldOf(name: ModelName) {
  if (name === 'S') return { distance: sacrumDistance, bounds: SACRUM_BOUNDS, cellMm: MODEL_CELL_MM * 1.3 }
  if (name.endsWith('-ribs')) {
    const ribs = ribStub(name.slice(0, -5) as Level)
    if (!ribs) throw new Error(`buildModel: expected a thoracic level's ribs, got "${name}"`)
    return { ...ribs, cellMm: MODEL_CELL_MM * 1.2 }
  }
  return { ...vertebraField(name as Level), cellMm: MODEL_CELL_MM }
}

/** Builds the closed mesh of one vertebra (intact), the sacrum ('S') or a level's rib stubs, with its baked occlusion. */
export async function buildModel(name: ModelName): Promise<BuiltModel> {
  const { distance, bounds, cellMm } = fieldOf(name)
  const dense = meshField(distance, { ...bounds, cellMm })
  // The error bound is loose enough for the budget to be met; the surface stays within 0.35 mm.
  const mesh = await simplifyMesh(dense, { targetTriangles: triangleBudget(name), maxErrorMm: 0.2 })
  const occlusion = bakeOcclusion(mesh, distance)
  if (name.endsWith('-ribs')) return { mesh, occlusion }
  const targetTriangles = name === 'S' ? COARSE_TRIANGLES.sacrum : COARSE_TRIANGLES.vertebra
  // Looser than the detailed mesh's bound: the coarse one is drawn where the CPU shades, in motion.
  return { mesh, occlusion, coarse: await coarserTriangles(mesh, { targetTriangles, maxErrorMm: 1 }) }
}
