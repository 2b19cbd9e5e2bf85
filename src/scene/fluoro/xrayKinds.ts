/**
 * What each drawable of the 3D scene is to an X-ray, read from the names the scene gives its parts
 * (the same names the tests find them by) and the instruments' shared materials. Anything not
 * named here — discs (water, like the tissue around them), the back's outline (the torso stands
 * for it), overlays, cut-away handles — is left out of the radiograph.
 */
import type { Material, Object3D } from 'three'
import {
  darkSteelMaterial,
  markerMaterial,
  steelMaterial,
  syringeCementMaterial,
} from '../procedure/materials.ts'

/**
 * - `bone`, `fracturedBone`: a closed vertebra (cancellous inside, cortex as a shell); the fractured
 *   one compressed and with its moved surfaces denser.
 * - `metal`: closed steel parts; `cannula`: the open-ended steel tube (rod model).
 * - `plastic`: handles, syringe barrel; `contrast`: the balloon full of contrast medium.
 * - `cement`: closed cement meshes (the syringe's); `leak`: cement outside the body (also marked).
 * - `cementField`: the ray-marched cement's box, marched for its path length (cementXray.ts).
 */
export type XrayKind =
  | 'bone'
  | 'fracturedBone'
  | 'metal'
  | 'cannula'
  | 'plastic'
  | 'contrast'
  | 'cement'
  | 'leak'
  | 'cementField'

const STEEL: readonly Material[] = [steelMaterial, darkSteelMaterial, markerMaterial]

function within(object: Object3D, name: string): boolean {
  for (let o: Object3D | null = object.parent; o; o = o.parent) if (o.name === name) return true
  return false
}

function materialOf(object: Object3D): Material | null {
  const m = (object as Object3D & { material?: Material | Material[] }).material
  return Array.isArray(m) ? (m[0] ?? null) : (m ?? null)
}

/** The X-ray kind of a drawable (mesh, line, points), or null to leave it out. */
export function xrayKind(object: Object3D): XrayKind | null {
  const { name } = object
  if (name === 'cement') return 'cementField'
  if (name.startsWith('vertebra-'))
    return object.parent?.name.startsWith('fractured-') ? 'fracturedBone' : 'bone'
  if (name === 'sacrum' || name.startsWith('ribs-')) return 'bone'
  if (name === 'balloon-body') return 'contrast'
  if (name === 'cannula') return 'cannula'
  if (within(object, 'leaks')) return 'leak'
  if (within(object, 'needle') || within(object, 'balloon')) {
    const material = materialOf(object)
    if (material && STEEL.includes(material)) return 'metal'
    if (material === syringeCementMaterial) return 'cement'
    return 'plastic'
  }
  return null
}

const _kinds = new WeakMap<Object3D, XrayKind | null>()

/** `xrayKind`, remembered per object (a part's kind never changes; the scene's objects live long). */
export function cachedXrayKind(object: Object3D): XrayKind | null {
  let kind = _kinds.get(object)
  if (kind === undefined) {
    kind = xrayKind(object)
    _kinds.set(object, kind)
  }
  return kind
}
