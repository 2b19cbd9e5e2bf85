/**
 * Materials: ivory bone with the baked occlusion in its vertex colours, a warmer tint for the
 * fractured vertebra so it is found at a glance, and translucent-looking pale discs. Shared
 * module-level instances (never disposed: they live as long as the page).
 */
import { Color, DoubleSide, MeshStandardMaterial } from 'three'

export const BONE_COLOR = new Color('#efe4cc')
export const FRACTURED_BONE_COLOR = new Color('#f0c2a4')

function bone(color: Color): MeshStandardMaterial {
  return new MeshStandardMaterial({ color, vertexColors: true, roughness: 0.62, metalness: 0 })
}

export const boneMaterial = bone(BONE_COLOR)
export const fracturedBoneMaterial = bone(FRACTURED_BONE_COLOR)
export const discMaterial = new MeshStandardMaterial({
  color: '#c3d3d9',
  roughness: 0.5,
  metalness: 0,
  side: DoubleSide,
})
