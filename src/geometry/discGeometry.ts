/**
 * An intervertebral disc between two endplate outlines (already placed in the column's frame):
 * rings from the lower endplate to the upper one, bulging slightly outward at mid-height as the
 * annulus does, closed by caps. Caller owns and disposes the result.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three'

const RINGS = 5
const BULGE_MM = 1.4

/** `lower` and `upper`: equally long x, y, z triples, in matching order around the rim. */
export function discGeometry(lower: Float32Array, upper: Float32Array): BufferGeometry {
  const n = lower.length / 3
  const positions: number[] = []
  const indices: number[] = []
  ringPositions(lower, upper, positions)
  for (let r = 0; r < RINGS - 1; r++) {
    for (let i = 0; i < n; i++) {
      const a = r * n + i
      const b = r * n + ((i + 1) % n)
      const c = a + n
      const d = b + n
      indices.push(a, b, c, b, d, c)
    }
  }
  // Faces wind outward (the cut-away paints back faces as cut tissue; tested by the signed volume).
  // Caps: fans from the centres of the two end rings (the last two vertices).
  const bottomCentre = positions.length / 3 - 2
  const topCentre = bottomCentre + 1
  const topRing = (RINGS - 1) * n
  for (let i = 0; i < n; i++) {
    indices.push(bottomCentre, (i + 1) % n, i)
    indices.push(topCentre, topRing + i, topRing + ((i + 1) % n))
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3))
  geometry.setIndex(indices)
  geometry.computeVertexNormals()
  return geometry
}

/**
 * Moves a disc made by `discGeometry` to new rims (same point count) in place: for a column that
 * moves during playback, with no new buffers.
 */
export function updateDiscGeometry(geometry: BufferGeometry, lower: Float32Array, upper: Float32Array): void {
  const attribute = geometry.getAttribute('position')
  const positions: number[] = []
  ringPositions(lower, upper, positions)
  ;(attribute.array as Float32Array).set(positions)
  attribute.needsUpdate = true
  geometry.computeVertexNormals()
  geometry.computeBoundingSphere()
}

/** The rings' vertices, then the two cap centres, as flat x, y, z. */
function ringPositions(lower: Float32Array, upper: Float32Array, positions: number[]): void {
  const n = lower.length / 3
  const centre = (ring: Float32Array, axis: number) => {
    let sum = 0
    for (let i = axis; i < ring.length; i += 3) sum += ring[i] as number
    return sum / n
  }
  const lowC = [0, 1, 2].map((a) => centre(lower, a))
  const upC = [0, 1, 2].map((a) => centre(upper, a))
  for (let r = 0; r < RINGS; r++) {
    const t = r / (RINGS - 1)
    const bulge = Math.sin(t * Math.PI) * BULGE_MM
    const c = [0, 1, 2].map((a) => (lowC[a] as number) * (1 - t) + (upC[a] as number) * t)
    for (let i = 0; i < n; i++) {
      const p = [0, 1, 2].map(
        (a) => (lower[i * 3 + a] as number) * (1 - t) + (upper[i * 3 + a] as number) * t,
      )
      // Push outward from the disc's axis (horizontal only, in the mean plane).
      const dx = (p[0] as number) - (c[0] as number)
      const dz = (p[2] as number) - (c[2] as number)
      const len = Math.hypot(dx, dz) || 1
      positions.push(
        (p[0] as number) + (dx / len) * bulge,
        p[1] as number,
        (p[2] as number) + (dz / len) * bulge,
      )
    }
  }
  positions.push(...(lowC as [number, number, number]), ...(upC as [number, number, number]))
}
