/**
 * Materials of the procedure's instruments and of the back, shared module-level instances (they live
 * as long as the page). Steel is matte enough to read without reflections (software renderers get
 * no environment light); the balloon is translucent blue, as a tamp filled with contrast medium;
 * skin and muscle are faint glazes that show the needle's way in without hiding the spine.
 */
import { DoubleSide, FrontSide, MeshStandardMaterial } from 'three'
import { glazeMaterial } from './glazeMaterial.ts'

export const steelMaterial = new MeshStandardMaterial({ color: '#c9ced6', metalness: 0.35, roughness: 0.32 })
export const darkSteelMaterial = new MeshStandardMaterial({
  color: '#7d848e',
  metalness: 0.4,
  roughness: 0.38,
})
export const handleMaterial = new MeshStandardMaterial({ color: '#54504a', roughness: 0.55 })
export const trocarCapMaterial = new MeshStandardMaterial({ color: '#e6e9ee', roughness: 0.5 })
export const markerMaterial = new MeshStandardMaterial({ color: '#30343a', metalness: 0.5, roughness: 0.4 })
export const balloonMaterial = new MeshStandardMaterial({
  color: '#3f8fd9',
  emissive: '#0f3a66',
  emissiveIntensity: 0.5,
  roughness: 0.25,
  transparent: true,
  opacity: 0.6,
  depthWrite: false,
})
export const syringeMaterial = new MeshStandardMaterial({
  color: '#f2f6fa',
  roughness: 0.2,
  transparent: true,
  opacity: 0.35,
  depthWrite: false,
})
/** Cement as it waits in the syringe: the grey-white of the cement in the bone. */
export const syringeCementMaterial = new MeshStandardMaterial({ color: '#dde2e6', roughness: 0.7 })
export const skinMaterial = glazeMaterial('#e9bea4', 0.04, 0.32)
export const muscleMaterial = glazeMaterial('#b4565a', 0.03, 0.2, FrontSide)
export const incisionMaterial = new MeshStandardMaterial({
  color: '#6b1f22',
  roughness: 0.6,
  side: DoubleSide,
})
export const bandageMaterial = new MeshStandardMaterial({
  color: '#f4efe6',
  roughness: 0.9,
  side: DoubleSide,
})
