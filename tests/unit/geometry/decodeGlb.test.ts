import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { describe, expect, it } from 'vitest'
import { sphere } from '../../../src/anatomy/sdf.ts'
import { decodeGlb } from '../../../src/geometry/decodeGlb.ts'
import { encodeGlb, quantisationStepMm } from '../../../src/modelgen/encodeGlb.ts'
import { openOrNonManifoldEdges, signedVolume } from '../../../src/modelgen/meshChecks.ts'
import { meshField } from '../../../src/modelgen/meshField.ts'
import { coarserTriangles } from '../../../src/modelgen/simplifyMesh.ts'
import { asIndexedMesh, worstVertexOffsetMm } from './glbRoundTrip.ts'

/** A closed test mesh: a 12 mm ball off the origin, so the node's translation matters. */
const ball = meshField((x, y, z) => sphere(x, y, z, [30, -8, 5], 12), {
  min: [16, -22, -9],
  max: [44, 6, 19],
  cellMm: 1.5,
})
const vertexCount = ball.positions.length / 3
const grey = new Uint8Array(vertexCount * 4).map((_, i) => (i % 4 === 3 ? 255 : 100 + ((i >> 2) % 150)))

const bytesOf = (glb: Uint8Array) =>
  glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer

describe('encodeGlb → decodeGlb (the bundled meshopt decoder)', () => {
  it('gives back every vertex within half a grid step, and the same closed surface', async () => {
    const { detailed: geometry, coarse } = await decodeGlb(
      bytesOf(await encodeGlb(ball, 'ball', grey)),
      MeshoptDecoder,
    )
    const step = quantisationStepMm(ball.positions)
    expect(step, 'a 28 mm model is quantised finer than 0.01 mm').toBeLessThan(0.01)
    expect(geometry.getAttribute('position').count, 'vertices').toBe(vertexCount)
    expect(geometry.getIndex()?.count, 'indices').toBe(ball.indices.length)
    expect(worstVertexOffsetMm(geometry, ball)).toBeLessThanOrEqual((step / 2) * Math.sqrt(3))
    const decoded = asIndexedMesh(geometry)
    expect(openOrNonManifoldEdges(decoded.indices, vertexCount), 'open edges').toBe(0)
    expect(signedVolume(decoded) / signedVolume(ball)).toBeCloseTo(1, 4)
    expect(coarse, 'no coarse level unless one is given').toBeUndefined()
  })

  it('carries a coarse level of detail over the same vertices, closed, sharing the attributes', async () => {
    const coarseList = await coarserTriangles(ball, { targetTriangles: 120, maxErrorMm: 1 })
    const { detailed, coarse } = await decodeGlb(
      bytesOf(await encodeGlb(ball, 'ball', grey, coarseList)),
      MeshoptDecoder,
    )
    expect(coarse?.getIndex()?.count, 'coarse indices').toBe(coarseList.length)
    expect(coarseList.length, 'coarser than the detailed mesh').toBeLessThan(ball.indices.length / 2)
    expect(coarse?.getAttribute('position'), 'the same vertex buffer').toBe(detailed.getAttribute('position'))
    expect(coarse?.getAttribute('color')).toBe(detailed.getAttribute('color'))
    const surface = asIndexedMesh(coarse as NonNullable<typeof coarse>)
    expect(openOrNonManifoldEdges(surface.indices, vertexCount), 'coarse: open edges').toBe(0)
    // A 12 mm ball in ~120 triangles: an inscribed polyhedron, a little smaller, never larger.
    const volumeRatio = signedVolume(surface) / signedVolume(ball)
    expect(volumeRatio, 'coarse volume / ball volume').toBeGreaterThan(0.85)
    expect(volumeRatio, 'coarse volume / ball volume').toBeLessThan(1.01)
  })

  it('keeps each vertex’s colour bytes with its vertex', async () => {
    const { detailed: geometry } = await decodeGlb(
      bytesOf(await encodeGlb(ball, 'ball', grey)),
      MeshoptDecoder,
    )
    const color = geometry.getAttribute('color')
    expect(color.itemSize).toBe(4)
    expect(color.normalized, 'COLOR_0 as normalised bytes').toBe(true)
    // The test colour is a function of the original vertex number: find it again by position.
    const position = geometry.getAttribute('position')
    const p = ball.positions
    for (const i of [0, 17, vertexCount - 1]) {
      let best = 0
      let bestD = Infinity
      for (let v = 0; v < vertexCount; v++) {
        const d = Math.hypot(
          (p[v * 3] as number) - position.getX(i),
          (p[v * 3 + 1] as number) - position.getY(i),
          (p[v * 3 + 2] as number) - position.getZ(i),
        )
        if (d < bestD) [best, bestD] = [v, d]
      }
      expect((color.array as Uint8Array)[i * 4], `vertex ${i}'s grey`).toBe(grey[best * 4])
    }
  })

  it('is deterministic and under half the size of plain floats and 16-bit indices', async () => {
    const [a, b] = [await encodeGlb(ball, 'ball', grey), await encodeGlb(ball, 'ball', grey)]
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0)
    const plain = vertexCount * (12 + 4) + ball.indices.length * 2
    expect(a.byteLength).toBeLessThan(plain / 2)
  })

  it('refuses bytes that are not a GLB, naming the file', async () => {
    await expect(decodeGlb(new ArrayBuffer(64), MeshoptDecoder, 'L9.glb')).rejects.toThrow(
      /decodeGlb: L9.glb: expected a binary glTF/,
    )
  })
})
