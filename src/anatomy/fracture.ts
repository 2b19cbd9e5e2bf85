/**
 * The compression fracture as a warp of the intact vertebra. Heights are scaled towards the
 * body's mid-plane by a factor that varies over the endplate according to the shape; x and z are
 * untouched, so the warp inverts exactly. The mesh is deformed by `warpPoint` and the simulation's
 * grid samples the intact field through `unwarpPoint`: one fractured shape for both.
 */
import type { VertebraDimensions } from './levels.ts'
import { clamp, smoothstep } from './sdf.ts'

export const FRACTURE_SHAPES = ['wedge', 'biconcave', 'crush'] as const
/** wedge: anterior height lost, posterior wall kept; biconcave: endplates sink in the middle; crush: all heights lost. */
export type FractureShape = (typeof FRACTURE_SHAPES)[number]

export interface Fracture {
  shape: FractureShape
  /** Loss of the shape's defining height (anterior, middle, or all), 0–60 %. */
  heightLossPct: number
}

export const MAX_HEIGHT_LOSS_PCT = 60

/**
 * A representative height loss for each Genant grade (Genant 1993; bands after Wáng 2019): the middle of
 * the grade's band (grade 1: 20–25 %, grade 2: 25–40 %), 50 % for grade 3 (> 40 %), and no
 * deformity for grade 0.
 */
export const GRADE_LOSS_PCT = [0, 22.5, 32.5, 50] as const
export type GenantGrade = 0 | 1 | 2 | 3

/** Genant grade of a height loss (Wáng 2019): < 20 % normal, 20–25 mild, 25–40 moderate, > 40 severe. */
export function genantGrade(heightLossPct: number): GenantGrade {
  if (heightLossPct < 20) return 0
  if (heightLossPct <= 25) return 1
  if (heightLossPct <= 40) return 2
  return 3
}

// In a biconcave fracture the rim is not spared entirely: the walls lose a quarter of what the
// centre loses (model choice; biconcave means the middle height is the smallest).
const BICONCAVE_RIM_SHARE = 0.25
// Behind the body the scale eases back to 1 over this distance, so the posterior elements keep
// their shape while the pedicles bend to follow the body.
const POSTERIOR_BLEND_MM = 8

/** Where the anterior and posterior heights are measured: this far inside the walls (the body's shape uses it too). */
export const WALL_MARGIN_MM = 4

/** Vertical scale factor at (x, z) in the vertebra's frame (1 = intact). */
export function heightScale(dims: VertebraDimensions, fracture: Fracture, x: number, z: number): number {
  const loss = clamp(fracture.heightLossPct, 0, MAX_HEIGHT_LOSS_PCT) / 100
  if (loss === 0) return 1
  const halfDepth = dims.bodyDepthMm / 2
  const halfWidth = dims.bodyWidthMm / 2
  // Heights are measured WALL_MARGIN_MM inside the walls (as on a radiograph, clear of the
  // rounded rim); the warp is flat from there outwards so those heights are exact.
  const innerDepth = halfDepth - WALL_MARGIN_MM
  const zc = clamp(z, -innerDepth, innerDepth)
  let scale: number
  if (fracture.shape === 'wedge') {
    scale = 1 - loss * ((zc + innerDepth) / (2 * innerDepth))
  } else if (fracture.shape === 'biconcave') {
    const r2 = Math.min((x / (halfWidth - WALL_MARGIN_MM)) ** 2 + (zc / innerDepth) ** 2, 1)
    const rimLoss = loss * BICONCAVE_RIM_SHARE
    scale = 1 - (rimLoss + (loss - rimLoss) * (1 - r2))
  } else {
    scale = 1 - loss
  }
  const behind = smoothstep(-halfDepth, -halfDepth - POSTERIOR_BLEND_MM, z)
  return scale + (1 - scale) * behind
}

/** Scales p's height by the local factor (or divides by it, to invert), keeping x and z. */
function scaleHeight(
  dims: VertebraDimensions,
  fracture: Fracture,
  p: readonly number[],
  out: number[],
  invert: boolean,
): number[] {
  const s = heightScale(dims, fracture, p[0] as number, p[2] as number)
  out[0] = p[0] as number
  out[1] = invert ? (p[1] as number) / s : (p[1] as number) * s
  out[2] = p[2] as number
  return out
}

/** Intact → fractured position (mm, vertebra frame). Writes into `out` and returns it. */
export function warpPoint(
  dims: VertebraDimensions,
  fracture: Fracture,
  p: readonly number[],
  out: number[],
): number[] {
  return scaleHeight(dims, fracture, p, out, false)
}

/** Fractured → intact position: the exact inverse of `warpPoint`. */
export function unwarpPoint(
  dims: VertebraDimensions,
  fracture: Fracture,
  p: readonly number[],
  out: number[],
): number[] {
  return scaleHeight(dims, fracture, p, out, true)
}

export interface BodyHeights {
  anteriorMm: number
  middleMm: number
  posteriorMm: number
}

/** Anterior, middle and posterior body heights after the fracture (before, if `fracture` is absent). */
export function fracturedHeights(dims: VertebraDimensions, fracture?: Fracture): BodyHeights {
  const halfDepth = dims.bodyDepthMm / 2
  const s = (z: number) => (fracture ? heightScale(dims, fracture, 0, z) : 1)
  return {
    anteriorMm: dims.anteriorHeightMm * s(halfDepth),
    middleMm: dims.middleHeightMm * s(0),
    posteriorMm: dims.posteriorHeightMm * s(-halfDepth),
  }
}
