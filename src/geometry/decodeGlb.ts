/**
 * Reads the models `encodeGlb.ts` writes back into a BufferGeometry in millimetres: meshopt-packed
 * buffer views unpacked by the given decoder (the app bundles three's; nothing is fetched), the
 * quantised positions scaled and moved by the node's transform into a Float32 `position`, COLOR_0
 * kept as normalised bytes (`color`), the index as it is; and the coarse level of detail the node
 * links by `MSFT_lod`, if any, as a second geometry sharing the first one's attributes. Only what
 * that writer produces is read (a node with translation and scale, one triangle primitive per
 * mesh); anything else is refused with the reason. Normals are not in the files: the caller
 * computes them (on `detailed`, and shares them with `coarse`).
 */
import { BufferAttribute, BufferGeometry } from 'three'

/** The part of meshoptimizer's decoder used here (three's `meshopt_decoder.module.js` has it). */
export interface MeshoptDecoderLike {
  ready: Promise<void>
  decodeGltfBuffer(
    target: Uint8Array,
    count: number,
    size: number,
    source: Uint8Array,
    mode: string,
    filter?: string,
  ): void
}

interface Accessor {
  bufferView: number
  componentType: number
  count: number
  type: 'SCALAR' | 'VEC3' | 'VEC4'
  normalized?: boolean
}

interface MeshoptView {
  buffer: number
  byteOffset?: number
  byteLength: number
  byteStride: number
  count: number
  mode: string
  filter?: string
}

interface BufferView {
  buffer: number
  byteOffset?: number
  byteLength: number
  byteStride?: number
  extensions?: { EXT_meshopt_compression?: MeshoptView }
}

interface Gltf {
  nodes: {
    mesh?: number
    translation?: number[]
    scale?: number[]
    rotation?: number[]
    matrix?: number[]
    extensions?: { MSFT_lod?: { ids: number[] } }
  }[]
  meshes: {
    name?: string
    primitives: { attributes: Record<string, number>; indices?: number; mode?: number }[]
  }[]
  accessors: Accessor[]
  bufferViews: BufferView[]
}

const COMPONENTS = { SCALAR: 1, VEC3: 3, VEC4: 4 } as const
const ARRAYS = {
  5121: Uint8Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
} as const

export interface DecodedModel {
  detailed: BufferGeometry
  /** The coarse level of detail: the same attribute objects, its own index. */
  coarse?: BufferGeometry
}

/** The geometry of the GLB's mesh and its coarse level, if any; `source` names the file in errors. */
export async function decodeGlb(
  glb: ArrayBuffer,
  decoder: MeshoptDecoderLike,
  source = 'model',
): Promise<DecodedModel> {
  const fail = (what: string) => new Error(`decodeGlb: ${source}: ${what}`)
  const view = new DataView(glb)
  if (glb.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67)
    throw fail('expected a binary glTF (GLB), got other bytes')
  const jsonLength = view.getUint32(12, true)
  const gltf = JSON.parse(new TextDecoder().decode(new Uint8Array(glb, 20, jsonLength))) as Gltf
  const binStart = 20 + jsonLength + 8
  const bin = new Uint8Array(glb, binStart, view.getUint32(20 + jsonLength, true))
  const node = gltf.nodes.find((n) => n.mesh !== undefined)
  const primitive = node && gltf.meshes[node.mesh as number]?.primitives[0]
  if (!node || !primitive || (primitive.mode ?? 4) !== 4) throw fail('expected one node with a triangle mesh')
  if (node.rotation || node.matrix) throw fail('expected a node with translation and scale only')
  await decoder.ready

  const read = (index: number) => {
    const accessor = gltf.accessors[index]
    const bufferView = accessor && gltf.bufferViews[accessor.bufferView]
    const Array_ = accessor && ARRAYS[accessor.componentType as keyof typeof ARRAYS]
    if (!accessor || !bufferView || !Array_) throw fail(`accessor ${index} is not one this reader knows`)
    const packed = bufferView.extensions?.EXT_meshopt_compression
    let bytes: Uint8Array
    if (packed) {
      if (packed.buffer !== 0) throw fail('expected meshopt data in the GLB’s own buffer')
      bytes = new Uint8Array(packed.count * packed.byteStride)
      const from = bin.subarray(packed.byteOffset ?? 0, (packed.byteOffset ?? 0) + packed.byteLength)
      decoder.decodeGltfBuffer(bytes, packed.count, packed.byteStride, from, packed.mode, packed.filter)
    } else {
      if (bufferView.buffer !== 0) throw fail('expected data in the GLB’s own buffer')
      bytes = bin.slice(bufferView.byteOffset ?? 0, (bufferView.byteOffset ?? 0) + bufferView.byteLength)
    }
    const width = COMPONENTS[accessor.type]
    const stride = (bufferView.byteStride ?? width * Array_.BYTES_PER_ELEMENT) / Array_.BYTES_PER_ELEMENT
    return {
      accessor,
      values: new Array_(bytes.buffer as ArrayBuffer, 0, accessor.count * stride),
      width,
      stride,
    }
  }

  const geometry = new BufferGeometry()
  geometry.name = gltf.meshes[node.mesh as number]?.name ?? source
  const position = read(primitive.attributes.POSITION ?? -1)
  if (position.accessor.normalized || position.width !== 3)
    throw fail('expected integer or float xyz positions')
  const [tx = 0, ty = 0, tz = 0] = node.translation ?? []
  const [sx = 1, sy = 1, sz = 1] = node.scale ?? []
  const mm = new Float32Array(position.accessor.count * 3)
  for (let v = 0, s = 0; v < mm.length; v += 3, s += position.stride) {
    mm[v] = tx + sx * (position.values[s] as number)
    mm[v + 1] = ty + sy * (position.values[s + 1] as number)
    mm[v + 2] = tz + sz * (position.values[s + 2] as number)
  }
  geometry.setAttribute('position', new BufferAttribute(mm, 3))
  if (primitive.attributes.COLOR_0 !== undefined) {
    const color = read(primitive.attributes.COLOR_0)
    if (color.stride !== color.width) throw fail('expected tightly packed colours')
    geometry.setAttribute(
      'color',
      new BufferAttribute(color.values, color.width, color.accessor.normalized ?? false),
    )
  }
  if (primitive.indices !== undefined)
    geometry.setIndex(new BufferAttribute(read(primitive.indices).values, 1))

  const coarseNode = gltf.nodes[node.extensions?.MSFT_lod?.ids[0] ?? -1]
  if (!coarseNode) return { detailed: geometry }
  const coarsePrimitive = gltf.meshes[coarseNode.mesh ?? -1]?.primitives[0]
  if (
    coarsePrimitive?.indices === undefined ||
    coarsePrimitive.attributes.POSITION !== primitive.attributes.POSITION ||
    String(coarseNode.translation) !== String(node.translation) ||
    String(coarseNode.scale) !== String(node.scale)
  )
    throw fail('expected the coarse level to reuse the detailed vertices, with its own indices')
  const coarse = new BufferGeometry()
  coarse.name = `${geometry.name}-coarse`
  for (const [name, attribute] of Object.entries(geometry.attributes)) coarse.setAttribute(name, attribute)
  coarse.setIndex(new BufferAttribute(read(coarsePrimitive.indices).values, 1))
  return { detailed: geometry, coarse }
}
