/**
 * Writes an indexed mesh as a binary glTF 2.0 file, small on the wire (one node, one mesh:
 * positions, optional RGBA vertex colours, indices; normals are computed at load; optionally a
 * coarser level of detail as a second node and mesh that reuse the same vertex accessors with
 * their own indices, linked from the first node by `MSFT_lod`):
 * - vertices and triangles reordered for the vertex cache and fetch order (meshoptimizer), which
 *   is what lets the index codec pack a triangle into about a byte;
 * - positions quantised to 14-bit integers on a uniform grid (`KHR_mesh_quantization`): the node's
 *   scale and translation give millimetres back, to within half a step (`quantisationStepMm`);
 * - every buffer compressed with meshoptimizer's codecs (`EXT_meshopt_compression`, required), which
 *   the app decodes with the decoder bundled from the `three` package (`decodeGlb.ts`).
 * Byte-for-byte deterministic, so a test can check the committed models against the generator.
 * Units are millimetres (recorded in `asset.extras`), matching the anatomy. The encoder is
 * meshoptimizer's WebAssembly build: a dev dependency, never in the app's bundle.
 */
import { MeshoptEncoder } from 'meshoptimizer/encoder'
import type { IndexedMesh } from './meshField.ts'

const GLB_MAGIC = 0x46546c67 // 'glTF'
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942
const UNSIGNED_BYTE = 5121
const UNSIGNED_SHORT = 5123
const UNSIGNED_INT = 5125
const ARRAY_BUFFER = 34962
const ELEMENT_ARRAY_BUFFER = 34963

/** Bits per quantised position component (as gltfpack's default). */
export const POSITION_BITS = 14

/** The grid step (mm) positions are rounded to: the largest extent over 2^14 − 1 steps. */
export function quantisationStepMm(positions: Float32Array): number {
  const { min, max } = bounds(positions)
  const extent = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2])
  // A power of two in the step keeps the JSON's scale short and exactly representable.
  return 2 ** Math.ceil(Math.log2(extent / (2 ** POSITION_BITS - 1)))
}

interface Stream {
  /** The uncompressed bytes (what a decoder rebuilds). */
  raw: Uint8Array
  /** meshopt's encoding of `raw`. */
  packed: Uint8Array
  count: number
  stride: number
  mode: 'ATTRIBUTES' | 'TRIANGLES'
  target: number
}

/**
 * `colors`: four bytes per vertex (glTF COLOR_0, normalised); `coarse`: a triangle list over the
 * mesh's own vertices (`simplifyMesh.ts`'s `coarserTriangles`). Resolves once meshoptimizer's
 * encoder is ready; the bytes depend only on the inputs.
 */
export async function encodeGlb(
  mesh: IndexedMesh,
  name: string,
  colors?: Uint8Array,
  coarse?: Uint32Array,
): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const vertexCount = mesh.positions.length / 3
  const order = Uint32Array.from(mesh.indices)
  // Cache-optimised triangle order, vertices renumbered in first-use order (`order` is rewritten).
  const [remap, unique] = MeshoptEncoder.reorderMesh(order, true, false)
  const step = quantisationStepMm(mesh.positions)
  const { min } = bounds(mesh.positions)
  // Four 16-bit slots per vertex: vertex attributes must start on four-byte boundaries.
  const quantised = new Uint16Array(unique * 4)
  const colorBytes = new Uint8Array(colors ? unique * 4 : 0)
  for (let v = 0; v < vertexCount; v++) {
    const to = remap[v] as number
    if (to === 0xffffffff) continue // unused vertex
    for (let a = 0; a < 3; a++) {
      quantised[to * 4 + a] = Math.round(((mesh.positions[v * 3 + a] as number) - (min[a] as number)) / step)
    }
    if (colors) colorBytes.set(colors.subarray(v * 4, v * 4 + 4), to * 4)
  }
  const wide = unique > 0xffff
  const indices = wide ? order : Uint16Array.from(order)
  const indexStream = (list: Uint16Array | Uint32Array) =>
    stream(bytesOf(list), list.length, wide ? 4 : 2, 'TRIANGLES', ELEMENT_ARRAY_BUFFER)
  const renumbered = coarse && cacheOrdered(Uint32Array.from(coarse, (v) => remap[v] as number))
  const streams: Stream[] = [
    stream(bytesOf(quantised), unique, 8, 'ATTRIBUTES', ARRAY_BUFFER),
    ...(colors ? [stream(colorBytes, unique, 4, 'ATTRIBUTES', ARRAY_BUFFER)] : []),
    indexStream(indices),
    ...(renumbered ? [indexStream(wide ? renumbered : Uint16Array.from(renumbered))] : []),
  ]
  let packedOffset = 0
  let rawOffset = 0
  const bufferViews = streams.map((s) => {
    const view = {
      buffer: 1,
      byteOffset: rawOffset,
      byteLength: s.raw.byteLength,
      ...(s.mode === 'ATTRIBUTES' ? { byteStride: s.stride } : {}),
      target: s.target,
      extensions: {
        EXT_meshopt_compression: {
          buffer: 0,
          byteOffset: packedOffset,
          byteLength: s.packed.byteLength,
          byteStride: s.stride,
          count: s.count,
          mode: s.mode,
        },
      },
    }
    packedOffset += pad4(s.packed.byteLength)
    rawOffset += pad4(s.raw.byteLength)
    return view
  })
  const { min: qMin, max: qMax } = bounds(quantised, 4)
  const accessors: object[] = [
    { bufferView: 0, componentType: UNSIGNED_SHORT, count: unique, type: 'VEC3', min: qMin, max: qMax },
  ]
  const attributes: Record<string, number> = { POSITION: 0 }
  if (colors) {
    attributes.COLOR_0 = accessors.length
    accessors.push({
      bufferView: 1,
      componentType: UNSIGNED_BYTE,
      normalized: true,
      count: unique,
      type: 'VEC4',
    })
  }
  const indexAccessor = (bufferView: number) => {
    accessors.push({
      bufferView,
      componentType: wide ? UNSIGNED_INT : UNSIGNED_SHORT,
      count: (streams[bufferView] as Stream).count,
      type: 'SCALAR',
    })
    return accessors.length - 1
  }
  const firstIndexView = colors ? 2 : 1
  const meshes = [{ name, primitives: [{ attributes, indices: indexAccessor(firstIndexView), mode: 4 }] }]
  const transform = { translation: min, scale: [step, step, step] }
  const nodes: object[] = [{ name, mesh: 0, ...transform }]
  if (renumbered) {
    const coarseName = `${name}-coarse`
    meshes.push({
      name: coarseName,
      primitives: [{ attributes, indices: indexAccessor(firstIndexView + 1), mode: 4 }],
    })
    nodes.push({ name: coarseName, mesh: 1, ...transform })
    // The coarse node is reached through the extension, not the scene: a viewer that knows
    // MSFT_lod may switch to it; any other shows the detailed mesh alone.
    nodes[0] = { ...nodes[0], extensions: { MSFT_lod: { ids: [1] } } }
  }
  const required = ['EXT_meshopt_compression', 'KHR_mesh_quantization']
  const json = {
    asset: { version: '2.0', generator: 'spine3d scripts/generateModels.ts', extras: { units: 'mm' } },
    extensionsUsed: renumbered ? [...required, 'MSFT_lod'] : required,
    extensionsRequired: required,
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes,
    meshes,
    accessors,
    bufferViews,
    buffers: [
      { byteLength: packedOffset },
      // What the views decode to: it has no bytes of its own (the extension's fallback).
      { byteLength: rawOffset, extensions: { EXT_meshopt_compression: { fallback: true } } },
    ],
  }
  return glb(json, streams, packedOffset)
}

/**
 * The same triangles in an order meshoptimizer's index codec packs well (less than half the bytes
 * here), keeping their vertex numbers: `reorderMesh` orders them for the vertex cache but
 * renumbers the vertices too, so the numbering is mapped back.
 */
function cacheOrdered(triangles: Uint32Array): Uint32Array {
  const reordered = Uint32Array.from(triangles)
  const [remap] = MeshoptEncoder.reorderMesh(reordered, true, false)
  const original = new Uint32Array(remap.length)
  remap.forEach((to, from) => {
    if (to !== 0xffffffff) original[to] = from
  })
  return reordered.map((v) => original[v] as number)
}

function stream(
  raw: Uint8Array,
  count: number,
  stride: number,
  mode: Stream['mode'],
  target: number,
): Stream {
  // Version 0 of the vertex codec: the one EXT_meshopt_compression specifies.
  const packed = MeshoptEncoder.encodeGltfBuffer(raw, count, stride, mode, 0)
  return { raw, packed, count, stride, mode, target }
}

/** Lays out the GLB container: header, the JSON chunk (space-padded), the packed streams. */
function glb(json: object, streams: Stream[], binLength: number): Uint8Array {
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
  out.fill(0x20, 20, 20 + jsonLength)
  out.set(jsonText, 20)
  const binStart = 20 + jsonLength
  view.setUint32(binStart, binLength, true)
  view.setUint32(binStart + 4, CHUNK_BIN, true)
  let offset = binStart + 8
  for (const s of streams) {
    out.set(s.packed, offset)
    offset += pad4(s.packed.byteLength)
  }
  return out
}

function bytesOf(array: Uint16Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
}

function pad4(n: number): number {
  return Math.ceil(n / 4) * 4
}

/** Per-axis extent of xyz triples spaced `stride` apart. */
type Vec3 = [number, number, number]

function bounds(values: ArrayLike<number>, stride = 3): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < values.length; i += stride) {
    for (let a = 0; a < 3; a++) {
      const v = values[i + a] as number
      if (v < (min[a] as number)) min[a] = v
      if (v > (max[a] as number)) max[a] = v
    }
  }
  return { min, max }
}
