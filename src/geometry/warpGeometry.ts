/**
 * Applies the fracture warp (anatomy/fracture.ts) to a vertebra's geometry: the same function
 * the simulation's grid inverts, so what is drawn is what is simulated. Re-running it on every
 * slider step is cheap (a multiply per vertex and new normals), which is what makes the
 * compression slider live.
 */
import type { BufferAttribute, BufferGeometry } from 'three'
import { type Fracture, warpPoint } from '../anatomy/fracture.ts'
import type { VertebraDimensions } from '../anatomy/levels.ts'

const _p = [0, 0, 0]

/**
 * Writes warped copies of `intact` positions into `target` (same vertex count) and recomputes
 * its normals. `target` is the caller's (usually a clone of the intact geometry) to dispose.
 */
export function warpGeometry(
  intact: BufferGeometry,
  target: BufferGeometry,
  dims: VertebraDimensions,
  fracture: Fracture | undefined,
): void {
  const source = intact.getAttribute('position') as BufferAttribute
  const out = target.getAttribute('position') as BufferAttribute
  const from = source.array as Float32Array
  const to = out.array as Float32Array
  if (!fracture || fracture.heightLossPct <= 0) {
    to.set(from)
  } else {
    for (let i = 0; i < from.length; i += 3) {
      _p[0] = from[i] as number
      _p[1] = from[i + 1] as number
      _p[2] = from[i + 2] as number
      warpPoint(dims, fracture, _p, _p)
      to[i] = _p[0]
      to[i + 1] = _p[1] as number
      to[i + 2] = _p[2] as number
    }
  }
  out.needsUpdate = true
  target.computeVertexNormals()
  target.computeBoundingSphere()
}
