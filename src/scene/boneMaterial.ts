/**
 * Materials: ivory bone with the baked occlusion in its vertex colours, the warmer tint the
 * fractured vertebra takes (FracturedVertebra), and pale discs; both with cut faces for the
 * cut-away. One shared pair per shading tier (`RenderQuality.shading`), made on first use and
 * never disposed: they live as long as the page.
 */
import { Color, DoubleSide, type Material } from 'three'
import { withCaps } from './cutCaps.ts'
import { litSurface } from './litSurface.ts'
import { useRenderQuality } from './RenderQualityContext.tsx'
import type { Shading } from './renderQuality.ts'
import { seeThroughBone } from './seeThroughBone.ts'

export const BONE_COLOR = new Color('#efe4cc')
export const FRACTURED_BONE_COLOR = new Color('#f0c2a4')

/** The cut face of bone in the cut-away: cancellous bone, warmer and darker than the cortex. */
export const BONE_CUT_COLOR = new Color('#c8987a')
const DISC_CUT_COLOR = new Color('#8fa3b3')

interface ColumnMaterials {
  bone: Material
  disc: Material
  /** Ghosts the intact bones (0 solid … 1 a faint glaze with their outlines: useGhostColumn.ts). */
  ghostBones(amount: number): void
}

/** A ghosted neighbour: nearly clear where it faces the viewer, its outline kept. */
const GHOST_GLAZE = { facingOpacity: 0.05, rimOpacity: 0.55 }

const tiers = new Map<Shading, ColumnMaterials>()

/** The column's bone and disc materials for a shading tier. */
export function columnMaterials(shading: Shading): ColumnMaterials {
  let made = tiers.get(shading)
  if (!made) {
    const bone = seeThroughBone(BONE_COLOR, shading, GHOST_GLAZE)
    made = {
      bone: withCaps(bone.material, BONE_CUT_COLOR),
      disc: withCaps(litSurface(shading, { color: '#c3d3d9', side: DoubleSide }, 0.5), DISC_CUT_COLOR),
      ghostBones: bone.setSeeThrough,
    }
    tiers.set(shading, made)
  }
  return made
}

/** The column's materials for this view's renderer (standard shading outside a canvas's quality). */
export function useColumnMaterials(): ColumnMaterials {
  return columnMaterials(useRenderQuality()?.shading ?? 'standard')
}
