/**
 * The cement field as the scene draws it: the bytes `cementFieldData.ts` builds (in the
 * simulation's worker) uploaded as one RGBA8 3D texture, linearly filtered, which the ray-marching
 * shaders sample (`scene/procedure/CementVolume.tsx`, the X-ray view's `cementXray.ts`).
 */
import { ClampToEdgeWrapping, Data3DTexture, LinearFilter, RGBAFormat, UnsignedByteType } from 'three'
import type { ProcedureResult } from '../sim/run.ts'
import { type CementFieldData, cementFieldData } from './cementFieldData.ts'
import type { Dims } from './resampleField.ts'

/** A built cement field: its data with the texels as a texture. The caller must `dispose()` it. */
export interface CementField extends Omit<CementFieldData, 'texels' | 'dims'> {
  /** The texels (`CementFieldData.texels`) as a linearly filtered 3D texture. */
  texture: Data3DTexture
}

/** Fields already built for a result (by the simulation's worker), by the result itself. */
const provided = new WeakMap<ProcedureResult, CementFieldData>()

/** Hands over a result's field built elsewhere (off the main thread): `buildCementField` uses it. */
export function provideCementField(result: ProcedureResult, data: CementFieldData): void {
  provided.set(result, data)
}

/**
 * Build the cement (and cavity) field of a simulated procedure, as a texture the caller disposes:
 * from the field the worker built for this result if there is one, else here and now.
 */
export function buildCementField(result: ProcedureResult): CementField {
  const { texels, dims, ...field } = provided.get(result) ?? cementFieldData(result)
  return { ...field, texture: cementTexture(texels, dims) }
}

/** The packed bytes as a linearly filtered 3D texture; the caller owns it and must `dispose()` it. */
export function cementTexture(texels: Uint8Array, dims: Dims): Data3DTexture {
  const texture = new Data3DTexture(texels, dims[0], dims[1], dims[2])
  texture.format = RGBAFormat
  texture.type = UnsignedByteType
  texture.minFilter = LinearFilter
  texture.magFilter = LinearFilter
  texture.wrapS = ClampToEdgeWrapping
  texture.wrapT = ClampToEdgeWrapping
  texture.wrapR = ClampToEdgeWrapping
  texture.unpackAlignment = 1
  texture.generateMipmaps = false
  texture.needsUpdate = true
  return texture
}
