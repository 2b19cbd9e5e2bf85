/**
 * The fractured vertebra as a morph target: the intact geometry plus the warp at the largest loss
 * the app allows, as a relative morph. The warp is linear in the loss (anatomy/fracture.ts:
 * y' = y · (1 − loss · w(x, z))), so an influence of loss / MAX_HEIGHT_LOSS_PCT gives the exact
 * fractured shape at any loss, on the GPU: the collapse and the balloon's lift cost nothing per
 * frame on the CPU. Normals are blended between the intact and the fully warped ones.
 */
import { BufferAttribute, type BufferGeometry } from 'three'
import { type FractureShape, MAX_HEIGHT_LOSS_PCT } from '../anatomy/fracture.ts'
import type { VertebraDimensions } from '../anatomy/levels.ts'
import { warpGeometry } from './warpGeometry.ts'

/**
 * A copy of `intact` with one relative morph target: influence 1 is `MAX_HEIGHT_LOSS_PCT` of
 * `shape`; and a `riskColor` attribute (rgb + weight, zero) for the leak-risk map. The caller owns
 * and disposes the result.
 */
export function fractureMorphGeometry(
  intact: BufferGeometry,
  dims: VertebraDimensions,
  shape: FractureShape,
): BufferGeometry {
  const geometry = intact.clone()
  const warped = intact.clone()
  warpGeometry(intact, warped, dims, { shape, heightLossPct: MAX_HEIGHT_LOSS_PCT })
  const delta = (name: 'position' | 'normal') => {
    const from = geometry.getAttribute(name).array as Float32Array
    const to = warped.getAttribute(name).array as Float32Array
    const out = new Float32Array(from.length)
    for (let i = 0; i < out.length; i++) out[i] = (to[i] as number) - (from[i] as number)
    return new BufferAttribute(out, 3)
  }
  geometry.morphAttributes.position = [delta('position')]
  geometry.morphAttributes.normal = [delta('normal')]
  geometry.morphTargetsRelative = true
  // Room for the leak-risk map (rgb + weight), painted when the risk overlay is on.
  geometry.setAttribute(
    'riskColor',
    new BufferAttribute(new Float32Array(geometry.getAttribute('position').count * 4), 4),
  )
  warped.dispose()
  return geometry
}

/** The morph influence that shows `heightLossPct` (clamped to the allowed range). */
export function fractureInfluence(heightLossPct: number): number {
  return Math.min(1, Math.max(0, heightLossPct / MAX_HEIGHT_LOSS_PCT))
}
