import { MeshLambertMaterial, type MeshLambertMaterialParameters, MeshStandardMaterial } from 'three'
import type { Shading } from './renderQuality.ts'

/**
 * A lit surface in the tier's shading: `roughness` only for the physically based one (Lambert has
 * no highlight to shape).
 */
export function litSurface(
  shading: Shading,
  params: MeshLambertMaterialParameters,
  roughness: number,
): MeshStandardMaterial | MeshLambertMaterial {
  return shading === 'lambert'
    ? new MeshLambertMaterial(params)
    : new MeshStandardMaterial({ ...params, roughness, metalness: 0 })
}
