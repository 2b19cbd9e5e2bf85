/**
 * Materials: ivory bone with the baked occlusion in its vertex colours, the warmer tint the
 * fractured vertebra takes (FracturedVertebra), and pale discs; both with cut faces for the
 * cut-away. One shared pair per shading tier (`RenderQuality.shading`), made on first use and
 * never disposed: they live as long as the page.
 */
import {
  Color,
  DoubleSide,
  type Material,
  MeshLambertMaterial,
  type MeshLambertMaterialParameters,
  MeshStandardMaterial,
} from 'three'
import { withCaps } from './cutCaps.ts'
import { useRenderQuality } from './RenderQualityContext.tsx'
import type { Shading } from './renderQuality.ts'

export const BONE_COLOR = new Color('#efe4cc')
export const FRACTURED_BONE_COLOR = new Color('#f0c2a4')

/** The cut face of bone in the cut-away: cancellous bone, warmer and darker than the cortex. */
export const BONE_CUT_COLOR = new Color('#c8987a')
const DISC_CUT_COLOR = new Color('#8fa3b3')

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

interface ColumnMaterials {
  bone: Material
  disc: Material
}

const tiers = new Map<Shading, ColumnMaterials>()

/** The column's bone and disc materials for a shading tier. */
export function columnMaterials(shading: Shading): ColumnMaterials {
  let made = tiers.get(shading)
  if (!made) {
    made = {
      bone: withCaps(litSurface(shading, { color: BONE_COLOR, vertexColors: true }, 0.62), BONE_CUT_COLOR),
      disc: withCaps(litSurface(shading, { color: '#c3d3d9', side: DoubleSide }, 0.5), DISC_CUT_COLOR),
    }
    tiers.set(shading, made)
  }
  return made
}

/** The column's materials for this view's renderer (standard shading outside a canvas's quality). */
export function useColumnMaterials(): ColumnMaterials {
  return columnMaterials(useRenderQuality()?.shading ?? 'standard')
}
