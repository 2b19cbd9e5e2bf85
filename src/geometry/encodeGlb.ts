/**
 * Writes an indexed mesh as a binary glTF 2.0 file (one node, one mesh: positions, optional
 * RGBA vertex colours, indices; normals are computed at load, which keeps the files smaller). Byte-for-byte
 * deterministic, so a test can check the committed models against the generator.
 * Units are millimetres (recorded in `asset.extras`), matching the anatomy.
 */
import type { IndexedMesh } from './meshField.ts'

const GLB_MAGIC = 0x46546c67 // 'glTF'
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942
const FLOAT = 5126
const UNSIGNED_SHORT = 5123
const UNSIGNED_INT = 5125
const UNSIGNED_BYTE = 5121

/** `colors`: four bytes per vertex (glTF COLOR_0, normalised). */
export function encodeGlb(mesh: IndexedMesh, name: string, colors?: Uint8Array): Uint8Array {
  const vertexCount = mesh.positions.length / 3
  const wide = vertexCount > 0xffff
  const indices = wide ? Uint32Array.from(mesh.indices) : Uint16Array.from(mesh.indices)
  const positionBytes = new Uint8Array(
    mesh.positions.buffer,
    mesh.positions.byteOffset,
    mesh.positions.byteLength,
  )
  const colorBytes = colors ?? new Uint8Array(0)
  const indexBytes = new Uint8Array(indices.buffer)
  const colorOffset = positionBytes.byteLength
  const indexOffset = colorOffset + colorBytes.byteLength
  const binLength = pad4(indexOffset + indexBytes.byteLength)
  const min = [0, 1, 2].map((a) => axisExtent(mesh.positions, a, Math.min))
  const max = [0, 1, 2].map((a) => axisExtent(mesh.positions, a, Math.max))
  const views = [
    { buffer: 0, byteOffset: 0, byteLength: positionBytes.byteLength, target: 34962 },
    { buffer: 0, byteOffset: indexOffset, byteLength: indexBytes.byteLength, target: 34963 },
  ]
  const accessors: object[] = [
    { bufferView: 0, componentType: FLOAT, count: vertexCount, type: 'VEC3', min, max },
    {
      bufferView: 1,
      componentType: wide ? UNSIGNED_INT : UNSIGNED_SHORT,
      count: indices.length,
      type: 'SCALAR',
    },
  ]
  const attributes: Record<string, number> = { POSITION: 0 }
  if (colors) {
    views.push({ buffer: 0, byteOffset: colorOffset, byteLength: colorBytes.byteLength, target: 34962 })
    accessors.push({
      bufferView: 2,
      componentType: UNSIGNED_BYTE,
      normalized: true,
      count: vertexCount,
      type: 'VEC4',
    })
    attributes.COLOR_0 = 2
  }
  const json = {
    asset: { version: '2.0', generator: 'spine3d scripts/generateModels.ts', extras: { units: 'mm' } },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ name, mesh: 0 }],
    meshes: [{ name, primitives: [{ attributes, indices: 1, mode: 4 }] }],
    accessors,
    bufferViews: views,
    buffers: [{ byteLength: binLength }],
  }
  const jsonText = new TextEncoder().encode(JSON.stringify(json))
  const jsonLength = pad4(jsonText.byteLength)
  const total = 12 + 8 + jsonLength + 8 + binLength
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint32(0, GLB_MAGIC, true)
  view.setUint32(4, 2, true)
  view.setUint32(8, total, true)
  view.setUint32(12, jsonLength, true)
  view.setUint32(16, CHUNK_JSON, true)
  out.fill(0x20, 20, 20 + jsonLength) // JSON chunk is padded with spaces
  out.set(jsonText, 20)
  const binStart = 20 + jsonLength
  view.setUint32(binStart, binLength, true)
  view.setUint32(binStart + 4, CHUNK_BIN, true)
  out.set(positionBytes, binStart + 8)
  out.set(colorBytes, binStart + 8 + colorOffset)
  out.set(indexBytes, binStart + 8 + indexOffset)
  return out
}

function pad4(n: number): number {
  return Math.ceil(n / 4) * 4
}

function axisExtent(positions: Float32Array, axis: number, pick: (a: number, b: number) => number): number {
  let v = positions[axis] as number
  for (let i = axis; i < positions.length; i += 3) v = pick(v, positions[i] as number)
  return v
}
