/**
 * When the drawn cement reaches each part of its field, so that at every moment the drawn mass holds
 * the cement the simulation has put inside the body. The field's red channel orders the filling
 * (cementFieldData.ts); its blurs and rounding make the iso-surface hold a little less than the
 * simulated volume early on and a little more or less later. This table gives, for moments evenly
 * spaced over the injection, the red threshold whose region holds that volume — measured as the GPU
 * draws it, between texel centres (trilinear, two samples a texel along each axis) — counting the
 * pores of the cancellous bone it reaches (the porosity's share of the region) and all of a
 * kyphoplasty cavity.
 */
import { porosityFromTScore } from '../sim/bone.ts'
import type { ProcedureResult } from '../sim/run.ts'
import { sampleProcedure } from '../sim/sampleProcedure.ts'
import { RED_RANGE } from './packCementTexels.ts'
import type { Dims } from './resampleField.ts'

/** Moments in the table, over the injection (the ends included). */
export const TIMING_STEPS = 48
/** Bins of red over [0, RED_RANGE] the drawn volume is counted in. */
const BINS = 4096

interface TimingInput {
  result: ProcedureResult
  /** The packed RGBA8 texels (red = arrival / RED_RANGE; green ≥ ½ in the cavity) and their grid. */
  texels: Uint8Array
  dims: Dims
  texelMm: number
  /** The texels' box that ever holds cement or cavity, inclusive, in texel indices. */
  fromTexel: Dims
  toTexel: Dims
  injectionStartS: number
  injectionEndS: number
}

/** The red threshold to draw at each of TIMING_STEPS + 1 moments evenly spaced over the injection. */
export function drawnProgressTable(input: TimingInput): Float32Array {
  const held = heldBelow(input)
  const table = new Float32Array(TIMING_STEPS + 1)
  let previous = -1
  for (let k = 0; k <= TIMING_STEPS; k++) {
    const { injectionStartS: start, injectionEndS: end } = input
    const { injectedMl, leakedMl } = sampleProcedure(input.result, start + (k / TIMING_STEPS) * (end - start))
    const wanted = Math.max(0, injectedMl - leakedMl)
    let b = 0
    while (b < BINS - 1 && (held[b + 1] as number) < wanted) b++
    const within = (held[b + 1] as number) - (held[b] as number)
    const share = within > 0 ? Math.min(1, (wanted - (held[b] as number)) / within) : 1
    const threshold = wanted <= 0 ? -1 : ((b + share) / BINS) * RED_RANGE
    previous = Math.max(previous, threshold)
    table[k] = previous
  }
  return table
}

/**
 * `held[b]`: the cement (mL) drawn where red < b / BINS × RED_RANGE. Each texel is sampled a quarter
 * texel either side of its centre on each axis (eight samples, as the GPU's trilinear filter reads
 * them: weights ¾ and ¼). The eight are found axis by axis (`quarterShifts`), not as eight
 * eight-texel blends each: the same values at a tenth of the work (the worker spent 0.5–1 s here on
 * every case, more than the simulation itself).
 */
function heldBelow({ result, texels, dims, texelMm, fromTexel, toTexel }: TimingInput): Float64Array {
  const porosity = porosityFromTScore(result.scenario.tScore)
  const sampleMl = (texelMm / 2) ** 3 / 1000
  const box = boxWithMargin(fromTexel, toTexel)
  const reds = quarterShifts(channel(texels, dims, box, 0), box.size)
  const greens = quarterShifts(channel(texels, dims, box, 1), box.size)
  const [bx, by, bz] = box.size
  const held = new Float64Array(BINS + 1)
  for (let k = 1; k < bz - 1; k++)
    for (let j = 1; j < by - 1; j++)
      for (let i = 1; i < bx - 1; i++) {
        const at = i + bx * (j + by * k)
        for (let s = 0; s < 8; s++) {
          const red = (reds[s] as Float64Array)[at] as number
          const green = (greens[s] as Float64Array)[at] as number
          const bin = Math.min(BINS, Math.floor(red * BINS) + 1)
          held[bin] = (held[bin] as number) + (green >= 0.5 ? 1 : porosity) * sampleMl
        }
      }
  for (let b = 1; b <= BINS; b++) held[b] = (held[b] as number) + (held[b - 1] as number)
  return held
}

interface MarginBox {
  /** The first texel of the box less one (may lie outside the field: read clamped). */
  origin: Dims
  /** The box's texels plus one each side, along x, y and z. */
  size: Dims
}

function boxWithMargin(from: Dims, to: Dims): MarginBox {
  const origin: Dims = [from[0] - 1, from[1] - 1, from[2] - 1]
  const size: Dims = [to[0] - from[0] + 3, to[1] - from[1] + 3, to[2] - from[2] + 3]
  return { origin, size }
}

/** One channel (0–1) over the box and its margin, read clamped to the field's edge as a texture is. */
function channel(texels: Uint8Array, dims: Dims, box: MarginBox, c: number): Float64Array {
  const [nx, ny, nz] = dims
  const [bx, by, bz] = box.size
  const out = new Float64Array(bx * by * bz)
  for (let k = 0; k < bz; k++) {
    const kk = Math.min(nz - 1, Math.max(0, box.origin[2] + k))
    for (let j = 0; j < by; j++) {
      const jj = Math.min(ny - 1, Math.max(0, box.origin[1] + j))
      for (let i = 0; i < bx; i++) {
        const ii = Math.min(nx - 1, Math.max(0, box.origin[0] + i))
        out[i + bx * (j + by * k)] = (texels[4 * (ii + nx * (jj + ny * kk)) + c] as number) / 255
      }
    }
  }
  return out
}

/**
 * The eight quarter-texel samples of every texel: entry `s` holds, at each texel, the value a
 * quarter texel towards −/+ x (bit 0 of `s`), y (bit 1) and z (bit 2). Exact in the box's inside;
 * its one-texel margin only feeds the inside.
 */
function quarterShifts(values: Float64Array, size: Dims): Float64Array[] {
  let shifted = [values]
  for (let axis = 0; axis < 3; axis++) {
    const stride = axis === 0 ? 1 : axis === 1 ? size[0] : size[0] * size[1]
    const next: Float64Array[] = []
    for (const dir of [-1, 1])
      for (const from of shifted) {
        const to = new Float64Array(from.length)
        for (let n = stride; n < from.length - stride; n++)
          to[n] = 0.75 * (from[n] as number) + 0.25 * (from[n + dir * stride] as number)
        next.push(to)
      }
    // Order the entries so that bit `axis` of the index is the direction just applied.
    shifted = shifted.flatMap((_, a) => [next[a] as Float64Array, next[a + shifted.length] as Float64Array])
  }
  return shifted
}

/** The red threshold to draw at procedure time `timeS`: −1 (none) before the injection, its last after. */
export function drawnProgress(
  field: { progressTable: Float32Array; injectionStartS: number; injectionEndS: number },
  timeS: number,
): number {
  const { progressTable: table, injectionStartS: start, injectionEndS: end } = field
  if (!(timeS > start)) return -1
  const x = Math.min(1, (timeS - start) / Math.max(1e-6, end - start)) * TIMING_STEPS
  const k = Math.min(TIMING_STEPS - 1, Math.floor(x))
  const a = table[k] as number
  const b = table[k + 1] as number
  return a + (b - a) * (x - k)
}
