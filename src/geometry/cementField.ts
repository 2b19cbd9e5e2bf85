/**
 * The cement of a simulated procedure as a smooth 3D field for a ray-marching shader: the cement
 * at time t is the region where the red channel ≤ the injection progress at t, so one texture and
 * one uniform show the bolus growing in the order and at the times the simulation gives, as a
 * rounded mass rather than voxels. The green channel holds the kyphoplasty cavity.
 *
 * Red is an arrival time normalised to the injection (0 at its start, 1 at its end): filled cells
 * carry their fill time; cells beyond the filled region carry 1 + slope · distance, the slope
 * mirroring the nearest filled cell's time about 1 (a cell filled early puts the final surface
 * half a cell out, as the voxel boundary; one filled last, nearer its centre) and steeper outside
 * the body, which clips the cement to its inside. The grid is doubled and blurred lightly, which
 * rounds the iso-surface without moving it much.
 */
import { ClampToEdgeWrapping, Data3DTexture, DataUtils, HalfFloatType, LinearFilter, RGFormat } from 'three'
import type { ProcedureResult } from '../sim/run.ts'
import { nearestSeed } from './nearestSeed.ts'
import { blur121, type Dims, upsample2 } from './resampleField.ts'
import { smoothFillOrder } from './smoothFillOrder.ts'

type Vec3 = [number, number, number]

/** A built cement field. The caller owns `texture` and must `dispose()` it. */
export interface CementField {
  /** RG half-float 3D texture, linearly filtered: R arrival (injection progress), G cavity (0–1). */
  texture: Data3DTexture
  /** The texture's outer faces in the vertebra's frame, mm (texel edges, not centres). */
  fieldMinMm: Vec3
  fieldMaxMm: Vec3
  /** Edge of one texel, mm. */
  texelMm: number
  /** Box that ever holds cement or cavity (for empty-space skipping), mm; min > max when there is none. */
  boxMinMm: Vec3
  boxMaxMm: Vec3
  /** The injection, procedure seconds: red = (t − start) / (end − start). */
  injectionStartS: number
  injectionEndS: number
  /** Whether any cell ever holds cement, and whether there is a cavity. */
  hasCement: boolean
  hasCavity: boolean
}

/** Injection progress at procedure time t as the field measures it (≤ 0 before, 1 from the end of injection on). */
export function cementProgress(
  field: Pick<CementField, 'injectionStartS' | 'injectionEndS'>,
  timeS: number,
): number {
  const span = Math.max(1e-6, field.injectionEndS - field.injectionStartS)
  return (Math.min(timeS, field.injectionEndS) - field.injectionStartS) / span
}

// Cells of margin around the simulation grid, so the field reaches past the body on every side.
const PADDING = 2
// How far beyond the filled region the arrival time is extrapolated, cells (the rest is FAR).
const REACH = 3
const FAR = 3
// Inside the body: the least slope of the arrival time beyond a filled cell, per cell, so that a
// cell filled at the very end still shows (about 0.9 of the way from its centre to the next).
const MIN_SLOPE = 0.12
// Outside the body the arrival time rises this much per cell: the surface stays within the body.
const OUTSIDE_SLOPE = 1.5
// Blur passes behind the fill order (smoothFillOrder): σ ≈ 1.4 cells, about 2 mm.
const ORDER_PASSES = 4
// Blur passes on the doubled grid: enough to round the voxels' corners, little enough to keep fingers.
const BLUR_PASSES = 1

/** Build the cement (and cavity) field of a simulated procedure. Pure; the caller disposes the texture. */
export function buildCementField(result: ProcedureResult): CementField {
  const { grid, fillTimeS, cavity } = result
  const [nx, ny, nz] = grid.dims
  const h = grid.cellMm
  const injection = result.phases.find((p) => p.id === 'cementInjection')
  const injectionStartS = injection?.startS ?? 0
  const injectionEndS = injection?.endS ?? 0
  const span = Math.max(1e-6, injectionEndS - injectionStartS)
  const dims: Dims = [nx + 2 * PADDING, ny + 2 * PADDING, nz + 2 * PADDING]
  const [px, py, pz] = dims
  const count = px * py * pz
  let arrival: Float32Array = new Float32Array(count).fill(1 + FAR)
  const hollow = new Float32Array(count)
  const inside = new Uint8Array(count)
  const filled = new Uint8Array(count)
  let hasCement = false
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const c = i + nx * (j + ny * k)
        const p = i + PADDING + px * (j + PADDING + py * (k + PADDING))
        inside[p] = grid.inside[c] as number
        hollow[p] = cavity?.[c] ?? 0
        const t = fillTimeS[c] as number
        if (t < 0) continue
        filled[p] = 1
        hasCement = true
        arrival[p] = Math.min(1, Math.max(1e-3, (t - injectionStartS) / span))
      }
    }
  }
  arrival = smoothFillOrder(arrival, filled, dims, ORDER_PASSES)
  const near = nearestSeed(dims, filled, REACH)
  for (let p = 0; p < count; p++) {
    const s = near.seed[p] as number
    if (filled[p] || s < 0) continue
    const mirror = Math.max(MIN_SLOPE, 1 - (arrival[s] as number))
    const slope = inside[p] ? mirror : Math.max(mirror, OUTSIDE_SLOPE)
    arrival[p] = Math.min(1 + FAR, 1 + slope * (near.distance[p] as number))
  }
  const red = upsample2(arrival, dims)
  const green = upsample2(hollow, dims)
  blur121(red.values, red.dims, BLUR_PASSES)
  blur121(green.values, green.dims, BLUR_PASSES)
  const texelMm = h / 2
  const fieldMinMm = [0, 1, 2].map((a) => (grid.originMm[a] as number) - (PADDING + 0.5) * h) as Vec3
  const fieldMaxMm = [0, 1, 2].map((a) => (fieldMinMm[a] as number) + (dims[a] as number) * h) as Vec3
  const box = occupiedBox(red.values, green.values, red.dims, fieldMinMm, texelMm)
  const texture = halfFloatTexture(red.values, green.values, red.dims)
  return {
    texture,
    fieldMinMm,
    fieldMaxMm,
    texelMm,
    boxMinMm: box.min,
    boxMaxMm: box.max,
    injectionStartS,
    injectionEndS,
    hasCement,
    hasCavity: cavity !== null && box.max[0] >= box.min[0],
  }
}

/** Box of the texels that ever show cement (red ≤ 1) or cavity (green ≥ ½), grown by two texels, mm. */
function occupiedBox(
  red: Float32Array,
  green: Float32Array,
  dims: Dims,
  originMm: Vec3,
  texelMm: number,
): { min: Vec3; max: Vec3 } {
  const [fx, fy] = dims
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (let f = 0; f < red.length; f++) {
    if ((red[f] as number) > 1 && (green[f] as number) < 0.5) continue
    const ijk = [f % fx, Math.floor(f / fx) % fy, Math.floor(f / (fx * fy))]
    for (let a = 0; a < 3; a++) {
      lo[a] = Math.min(lo[a] as number, ijk[a] as number)
      hi[a] = Math.max(hi[a] as number, ijk[a] as number)
    }
  }
  if (!((hi[0] as number) >= (lo[0] as number))) return { min: [0, 0, 0], max: [-1, -1, -1] }
  // Texel f spans [f, f + 1] texels from the field's edge; two more on each side hold the
  // interpolated surface and its gradient.
  const edge = (a: number, f: number) =>
    (originMm[a] as number) + Math.min(dims[a] as number, Math.max(0, f)) * texelMm
  return {
    min: [0, 1, 2].map((a) => edge(a, (lo[a] as number) - 2)) as Vec3,
    max: [0, 1, 2].map((a) => edge(a, (hi[a] as number) + 3)) as Vec3,
  }
}

/** Packs the two channels into a linearly filtered RG16F 3D texture (filterable in WebGL 2 core). */
function halfFloatTexture(red: Float32Array, green: Float32Array, dims: Dims): Data3DTexture {
  const data = new Uint16Array(red.length * 2)
  for (let f = 0; f < red.length; f++) {
    data[2 * f] = DataUtils.toHalfFloat(red[f] as number)
    data[2 * f + 1] = DataUtils.toHalfFloat(green[f] as number)
  }
  const texture = new Data3DTexture(data, dims[0], dims[1], dims[2])
  texture.format = RGFormat
  texture.type = HalfFloatType
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
