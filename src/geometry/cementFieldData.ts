/**
 * The cement of a simulated procedure as a smooth 3D field for a ray-marching shader: the cement
 * at time t is the region where the red channel ≤ the injection progress at t, so one texture and
 * one uniform show the bolus growing in the order and at the times the simulation gives, as a
 * rounded mass rather than voxels. The green channel holds the kyphoplasty cavity.
 *
 * Red is an arrival time normalised to the injection (0 at its start, 1 at its end), the largest
 * of three fields on a grid twice as fine as the simulation's:
 * - the fill times, re-ordered along a smooth key so the front is compact (smoothFillOrder: the
 *   volume inside at every t is the simulated one), squeezed into [0, 0.95], unfilled cells at 1;
 * - the bolus's final shape, a blurred indicator of the cells ever filled, mapped so that its
 *   iso-level is an arrival of 1: at the end of injection the surface is this shape alone,
 *   rounded, and before it the front cannot pass it;
 * - the body's inside the same way, a little within its surface: the cement stays inside.
 * A little fixed noise before the last blur gives the bolus the grain of cement pushed into
 * trabecular bone. Voxels do not show: masks are blurred on the coarse grid before doubling.
 *
 * Pure (no three.js): the simulation's worker builds these bytes with the result; the scene makes
 * them a texture (`cementField.ts`).
 */
import type { ProcedureResult } from '../sim/run.ts'
import { drawnProgressTable } from './cementTiming.ts'
import { chamferDistance } from './chamferDistance.ts'
import { packCementTexels } from './packCementTexels.ts'
import { blur121, type Dims, upsample2 } from './resampleField.ts'
import { smoothFillOrder } from './smoothFillOrder.ts'

type Vec3 = [number, number, number]

/**
 * A cement field before it is a texture: its texels and grid, where they lie, and when they show.
 * Plain data (typed arrays and numbers), so the worker posts it to the page as it is.
 */
export interface CementFieldData {
  /**
   * RGBA8 texels, x fastest, linearly filtered when drawn: R arrival (injection progress) /
   * RED_RANGE, G cavity (0–1), B distance to anything that ever shows / CLEARANCE_RANGE_MM
   * (packCementTexels.ts).
   */
  texels: Uint8Array
  /** Texels along x, y and z. */
  dims: Dims
  /** The texture's outer faces in the vertebra's frame, mm (texel edges, not centres). */
  fieldMinMm: Vec3
  fieldMaxMm: Vec3
  /** Edge of one texel, mm. */
  texelMm: number
  /** Box that ever holds cement or cavity (for empty-space skipping), mm; min > max when there is none. */
  boxMinMm: Vec3
  boxMaxMm: Vec3
  /**
   * The smaller boxes of what shows by progress k / BOX_LEVELS, k = 0 … BOX_LEVELS (the last is
   * the whole box), six numbers each (min xyz, max xyz), mm: a ray-marcher can march only those.
   */
  progressBoxesMm: Float32Array
  /** The injection, procedure seconds: red = (t − start) / (end − start). */
  injectionStartS: number
  injectionEndS: number
  /** The red threshold that draws the simulated volume, over the injection (cementTiming.ts). */
  progressTable: Float32Array
  /** Whether any cell ever holds cement, and whether there is a cavity. */
  hasCement: boolean
  hasCavity: boolean
}

/** Injection progress at procedure time t as the field measures it (≤ 0 before, 1 from the end of injection on). */
export function cementProgress(
  field: Pick<CementFieldData, 'injectionStartS' | 'injectionEndS'>,
  timeS: number,
): number {
  const span = Math.max(1e-6, field.injectionEndS - field.injectionStartS)
  return (Math.min(timeS, field.injectionEndS) - field.injectionStartS) / span
}

export { CLEARANCE_RANGE_MM, RED_RANGE } from './packCementTexels.ts'
/** How many progress levels `progressBoxesMm` has boxes for. */
export const BOX_LEVELS = 16

// Cells of margin around the simulation grid, so the field reaches past the body on every side.
const PADDING = 2
// Arrival beyond the filled cells: the end, so a front creeps towards them as the injection goes
// on. Fill times are squeezed into [0, 1 − FINISH] so that at the end every arrival is below 1 by
// a clear margin and the final surface is the bolus's shape (below) alone, not the plateau of
// late cells next to unfilled ones (which would show as terraces).
const UNFILLED = 1
const FINISH = 0.05
// The bolus's final shape: where the blurred filled-cell indicator is at least SHAPE_ISO (a half:
// the voxels' own boundary, rounded). SHAPE_SLOPE turns it into an arrival of 1 on that surface,
// rising outwards and falling inwards, steep enough that the shape only holds the front back
// within a fraction of a cell of the final surface.
const SHAPE_ISO = 0.45
const SHAPE_SLOPE = 3
// White noise added before the last blur, to the final shape and (in time units) to the arrival:
// bumps of about a millimetre, the grain of cement pushed into trabecular bone (a smooth bolus
// looks like plastic).
const SHAPE_GRAIN = 0.6
const ARRIVAL_GRAIN = 0.12
// The body's inside, the same way: a little within its surface (iso ½), inside the cortex.
const BODY_ISO = 0.62
// Blur passes ([1, 2, 1] along each axis): the arrival is rounded lightly on the doubled grid (the
// front keeps some fingering); the masks (final shape, body, cavity) twice on the simulation's
// grid and twice on the doubled one, σ ≈ 1.1 cells, which rounds their corners off.
const ARRIVAL_PASSES = 1
const SHAPE_PASSES = 2
const SHAPE_COARSE_PASSES = 2
// Blur passes for the fill order in bone (smoothFillOrder): σ ≈ 1 cell, about 1.4 mm.
const ORDER_PASSES = 2

/** The field's bytes and boxes (pure; about 150–250 ms for a case, so the worker runs it). */
export function cementFieldData(result: ProcedureResult): CementFieldData {
  const { grid, fillTimeS, cavity } = result
  const [nx, ny, nz] = grid.dims
  const h = grid.cellMm
  const injection = result.phases.find((p) => p.id === 'cementInjection')
  const injectionStartS = injection?.startS ?? 0
  const injectionEndS = injection?.endS ?? 0
  const span = Math.max(1e-6, injectionEndS - injectionStartS)
  const dims: Dims = [nx + 2 * PADDING, ny + 2 * PADDING, nz + 2 * PADDING]
  const [px, py] = dims
  const count = dims[0] * dims[1] * dims[2]
  const arrival = new Float32Array(count).fill(UNFILLED)
  const hollow = new Float32Array(count)
  const filled = new Float32Array(count)
  const inside = new Float32Array(count)
  const inCavity = new Uint8Array(count)
  const fromBalloon = new Float32Array(count)
  let hasCement = false
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const c = i + nx * (j + ny * k)
        const p = i + PADDING + px * (j + PADDING + py * (k + PADDING))
        hollow[p] = cavity?.[c] ?? 0
        inside[p] = grid.inside[c] as number
        inCavity[p] = cavity?.[c] ?? 0
        if (cavity?.[c]) fromBalloon[p] = nearestDistanceMm(result.balloonCentresMm, grid, i, j, k)
        const t = fillTimeS[c] as number
        if (t < 0) continue
        filled[p] = 1
        hasCement = true
        arrival[p] = (1 - FINISH) * Math.min(1, Math.max(1e-3, (t - injectionStartS) / span))
      }
    }
  }
  const ordered = smoothFillOrder(
    arrival,
    Uint8Array.from(filled),
    dims,
    ORDER_PASSES,
    cavity ? { members: inCavity, key: fromBalloon } : null,
  )
  // The cavity first: cement cast in it is smooth (its walls are compacted bone), so it gets no grain.
  const green = smoothMask(hollow, dims)
  const red = upsample2(ordered, dims)
  addGrain(red.values, ARRIVAL_GRAIN, green, 1)
  blur121(red.values, red.dims, ARRIVAL_PASSES)
  const shape = smoothMask(filled, dims, (values) => addGrain(values, SHAPE_GRAIN, green, 2))
  const body = smoothMask(inside, dims)
  for (let f = 0; f < red.values.length; f++) {
    // Cement at progress p: arrived by p, within the bolus's final shape and within the body
    // (the largest of the three arrivals).
    const final = 1 + SHAPE_SLOPE * (SHAPE_ISO - (shape[f] as number))
    const walls = 1 + SHAPE_SLOPE * (BODY_ISO - (body[f] as number))
    const r = Math.max(red.values[f] as number, final, walls)
    red.values[f] = r
    // No hollow in a thin band just outside the final cement, near the cavity's own edge: there
    // the grain or the blur leaves slivers of cavity that would show as dark specks on a full
    // cavity's cement. (Deep in the cavity a cell the cement never reached stays hollow.)
    const g = green[f] as number
    const band = ramp(0.96, 1, r) * (1 - ramp(1.2, 1.3, r)) * (1 - ramp(0.75, 0.95, g))
    green[f] = g * (1 - band)
  }
  const texelMm = h / 2
  const fieldMinMm = [0, 1, 2].map((a) => (grid.originMm[a] as number) - (PADDING + 0.5) * h) as Vec3
  const fieldMaxMm = [0, 1, 2].map((a) => (fieldMinMm[a] as number) + (dims[a] as number) * h) as Vec3
  const boxes = progressBoxes(red.values, green, red.dims, fieldMinMm, texelMm)
  const last = 6 * BOX_LEVELS
  const box = {
    min: Array.from(boxes.subarray(last, last + 3)) as Vec3,
    max: Array.from(boxes.subarray(last + 3, last + 6)) as Vec3,
  }
  // Distance to whatever ever shows (final cement, cavity): empty space a ray may leap through.
  const shows = new Uint8Array(red.values.length)
  for (let f = 0; f < shows.length; f++)
    shows[f] = (red.values[f] as number) <= 1 || (green[f] as number) >= 0.5 ? 1 : 0
  const clearance = chamferDistance(shows, red.dims)
  const texels = packCementTexels(red.values, green, clearance, texelMm)
  return {
    texels,
    progressTable: drawnProgressTable({
      result,
      texels,
      dims: red.dims,
      texelMm,
      fromTexel: texelIndex(box.min, fieldMinMm, texelMm, red.dims),
      toTexel: texelIndex(box.max, fieldMinMm, texelMm, red.dims),
      injectionStartS,
      injectionEndS,
    }),
    dims: red.dims,
    fieldMinMm,
    fieldMaxMm,
    texelMm,
    boxMinMm: box.min,
    boxMaxMm: box.max,
    progressBoxesMm: boxes,
    injectionStartS,
    injectionEndS,
    hasCement,
    hasCavity: cavity !== null && box.max[0] >= box.min[0],
  }
}

/**
 * A 0/1 mask on the simulation's grid as a smooth indicator on the doubled grid: blurred on the
 * coarse grid first, since its voxel layers (1.35 mm steps) would otherwise show on a smooth
 * surface as terraces, then doubled and blurred again.
 */
function smoothMask(
  mask: Float32Array,
  dims: Dims,
  beforeLastBlur?: (fine: Float32Array) => void,
): Float32Array {
  const coarse = Float32Array.from(mask)
  blur121(coarse, dims, SHAPE_COARSE_PASSES)
  const fine = upsample2(coarse, dims)
  const values = fine.values
  beforeLastBlur?.(values)
  blur121(values, fine.dims, SHAPE_PASSES)
  return fine.values
}

/** The texel holding a point (mm), clamped to the grid. */
function texelIndex(pointMm: Vec3, fieldMinMm: Vec3, texelMm: number, dims: Dims): Dims {
  const index = (a: 0 | 1 | 2) =>
    Math.min(dims[a] - 1, Math.max(0, Math.floor((pointMm[a] - fieldMinMm[a]) / texelMm)))
  return [index(0), index(1), index(2)]
}

/** Adds white noise of `amount` (peak to peak) to each value, none where `smoothWhere` is 1. */
function addGrain(values: Float32Array, amount: number, smoothWhere: Float32Array, stream: number): void {
  for (let f = 0; f < values.length; f++) {
    const a = amount * (1 - Math.min(1, smoothWhere[f] as number))
    values[f] = (values[f] as number) + a * (hash(3 * f + stream) - 0.5)
  }
}

function ramp(a: number, b: number, x: number): number {
  return Math.min(1, Math.max(0, (x - a) / (b - a)))
}

/** A fixed pseudo-random number in [0, 1) for an index (an integer hash: the field stays pure). */
function hash(n: number): number {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296
}

/** Distance from cell (i, j, k)'s centre to the nearest of `points`, mm. */
function nearestDistanceMm(
  points: readonly (readonly number[])[],
  grid: ProcedureResult['grid'],
  i: number,
  j: number,
  k: number,
): number {
  const x = grid.originMm[0] + i * grid.cellMm
  const y = grid.originMm[1] + j * grid.cellMm
  const z = grid.originMm[2] + k * grid.cellMm
  let best = Number.POSITIVE_INFINITY
  for (const p of points)
    best = Math.min(best, Math.hypot(x - (p[0] as number), y - (p[1] as number), z - (p[2] as number)))
  return best
}

/**
 * Boxes of what shows by each progress level k / BOX_LEVELS (k = 0 … BOX_LEVELS): texels with red
 * at most that level, and the cavity at every level; grown by two texels (the interpolated
 * surface and its gradient reach that far), mm, six numbers per level (min xyz, max xyz). One pass.
 */
function progressBoxes(
  red: Float32Array,
  green: Float32Array,
  dims: Dims,
  originMm: Vec3,
  texelMm: number,
): Float32Array {
  const [fx, fy] = dims
  const lo = new Float32Array(3 * (BOX_LEVELS + 1)).fill(Infinity)
  const hi = new Float32Array(3 * (BOX_LEVELS + 1)).fill(-Infinity)
  for (let f = 0; f < red.length; f++) {
    const r = red[f] as number
    const level = (green[f] as number) >= 0.5 ? 0 : r <= 1 ? Math.max(0, Math.ceil(r * BOX_LEVELS)) : -1
    if (level < 0) continue
    const ijk: Vec3 = [f % fx, Math.floor(f / fx) % fy, Math.floor(f / (fx * fy))]
    for (let a = 0; a < 3; a++) {
      lo[3 * level + a] = Math.min(lo[3 * level + a] as number, ijk[a] as number)
      hi[3 * level + a] = Math.max(hi[3 * level + a] as number, ijk[a] as number)
    }
  }
  const out = new Float32Array(6 * (BOX_LEVELS + 1))
  const edge = (a: number, f: number) =>
    (originMm[a] as number) + Math.min(dims[a] as number, Math.max(0, f)) * texelMm
  for (let k = 0; k <= BOX_LEVELS; k++) {
    for (let a = 0; a < 3; a++) {
      // What shows at level k shows at every later level: the boxes nest.
      if (k > 0) {
        lo[3 * k + a] = Math.min(lo[3 * k + a] as number, lo[3 * (k - 1) + a] as number)
        hi[3 * k + a] = Math.max(hi[3 * k + a] as number, hi[3 * (k - 1) + a] as number)
      }
      const empty = !((hi[3 * k + a] as number) >= (lo[3 * k + a] as number))
      out[6 * k + a] = empty ? 0 : edge(a, (lo[3 * k + a] as number) - 2)
      out[6 * k + 3 + a] = empty ? -1 : edge(a, (hi[3 * k + a] as number) + 3)
    }
  }
  return out
}
