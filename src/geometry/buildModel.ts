/**
 * One model file's mesh, from its field: meshed, simplified, and checked closed. The generator
 * writes these to public/models/; the tests rebuild them to check the committed files.
 */

import { LEVELS, type Level } from '../anatomy/levels.ts'
import { SACRUM_BOUNDS, sacrumDistance } from '../anatomy/sacrumField.ts'
import { vertebraField } from '../anatomy/vertebraField.ts'
import { bakeOcclusion } from './bakeOcclusion.ts'
import type { IndexedMesh } from './meshField.ts'
import { meshField } from './meshField.ts'
import { simplifyMesh } from './simplifyMesh.ts'

export type ModelName = Level | 'S'
export const MODEL_NAMES: readonly ModelName[] = [...LEVELS, 'S']

/** Grid spacing of the dense mesh: fine enough for the 0.7 mm endplate dip. */
export const MODEL_CELL_MM = 0.65

export interface BuiltModel {
  mesh: IndexedMesh
  /** Baked ambient occlusion, RGBA bytes per vertex. */
  occlusion: Uint8Array
}

/** Builds the closed mesh of one vertebra (intact) or of the sacrum ('S'), with its baked occlusion. */
export async function buildModel(name: ModelName): Promise<BuiltModel> {
  const { distance, bounds, cellMm } =
    name === 'S'
      ? { distance: sacrumDistance, bounds: SACRUM_BOUNDS, cellMm: MODEL_CELL_MM * 1.3 }
      : { ...vertebraField(name), cellMm: MODEL_CELL_MM }
  const dense = meshField(distance, { ...bounds, cellMm })
  const mesh = await simplifyMesh(dense, { targetTriangles: name === 'S' ? 12000 : 8000, maxErrorMm: 0.05 })
  return { mesh, occlusion: bakeOcclusion(mesh, distance) }
}
