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

/** `held[b]`: the cement (mL) drawn where red < b / BINS × RED_RANGE. */
function heldBelow({ result, texels, dims, texelMm, fromTexel, toTexel }: TimingInput): Float64Array {
  const porosity = porosityFromTScore(result.scenario.tScore)
  const [nx, ny, nz] = dims
  const sampleMl = (texelMm / 2) ** 3 / 1000
  const at = (i: number, j: number, k: number, c: number) => {
    const ii = Math.min(nx - 1, Math.max(0, i))
    const jj = Math.min(ny - 1, Math.max(0, j))
    const kk = Math.min(nz - 1, Math.max(0, k))
    return (texels[4 * (ii + nx * (jj + ny * kk)) + c] as number) / 255
  }
  const held = new Float64Array(BINS + 1)
  // Samples a quarter texel either side of each centre: the trilinear weights are ¾ and ¼.
  for (let k = fromTexel[2]; k <= toTexel[2]; k++)
    for (let j = fromTexel[1]; j <= toTexel[1]; j++)
      for (let i = fromTexel[0]; i <= toTexel[0]; i++)
        for (let s = 0; s < 8; s++) {
          const dx = s & 1 ? 1 : -1
          const dy = s & 2 ? 1 : -1
          const dz = s & 4 ? 1 : -1
          let red = 0
          let green = 0
          for (let n = 0; n < 8; n++) {
            const ox = n & 1 ? dx : 0
            const oy = n & 2 ? dy : 0
            const oz = n & 4 ? dz : 0
            const w = (ox ? 0.25 : 0.75) * (oy ? 0.25 : 0.75) * (oz ? 0.25 : 0.75)
            red += w * at(i + ox, j + oy, k + oz, 0)
            green += w * at(i + ox, j + oy, k + oz, 1)
          }
          const bin = Math.min(BINS, Math.floor(red * BINS) + 1)
          held[bin] = (held[bin] as number) + (green >= 0.5 ? 1 : porosity) * sampleMl
        }
  for (let b = 1; b <= BINS; b++) held[b] = (held[b] as number) + (held[b - 1] as number)
  return held
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
