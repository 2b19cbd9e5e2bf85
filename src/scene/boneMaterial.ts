/**
 * Materials: ivory bone with the baked occlusion in its vertex colours, the warmer tint the
 * fractured vertebra takes (FracturedVertebra), and pale discs; both with cut faces for the
 * cut-away. Shared module-level instances (never disposed: they live as long as the page).
 */
import { Color, DoubleSide, MeshStandardMaterial } from 'three'
import { withCaps } from './cutCaps.ts'

export const BONE_COLOR = new Color('#efe4cc')
export const FRACTURED_BONE_COLOR = new Color('#f0c2a4')

function bone(color: Color): MeshStandardMaterial {
  return new MeshStandardMaterial({ color, vertexColors: true, roughness: 0.62, metalness: 0 })
}

/** The cut face of bone in the cut-away: cancellous bone, warmer and darker than the cortex. */
export const BONE_CUT_COLOR = new Color('#c8987a')
const DISC_CUT_COLOR = new Color('#8fa3b3')

export const boneMaterial = withCaps(bone(BONE_COLOR), BONE_CUT_COLOR)
export const discMaterial = withCaps(
  new MeshStandardMaterial({ color: '#c3d3d9', roughness: 0.5, metalness: 0, side: DoubleSide }),
  DISC_CUT_COLOR,
)
