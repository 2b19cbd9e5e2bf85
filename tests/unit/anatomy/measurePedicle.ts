/** Test helper: the pedicles' published sizes, and their measurement on a vertebra's field. */
import { LEVELS, type Level, levelDimensions } from '../../../src/anatomy/levels.ts'
import { pedicleGeometry } from '../../../src/anatomy/pedicle.ts'
import type { Vec3 } from '../../../src/anatomy/sdf.ts'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'

/**
 * Published outer pedicle sizes at the isthmus (mm), as [low, high] at anchor levels; levels
 * between anchors are interpolated. Each band runs from the lowest to the highest published mean
 * we confirmed, widened by about one standard deviation (1–2 mm), or is a study's own range.
 *  - width, thoracic: Kaur 2016 (T1 9.27 ± 1.01, T4 4.5 ± 0.93, T12 8.31 ± 1.83), Zindrick 1987
 *    (T1 7.9, T4 4.5), Clin Anat 2005 (T5 5.09, range 4.10–6.88);
 *  - width, lumbar: Zindrick 1987 (L1 8.7, L2 8.9, L3 10.3, L4 12.9, L5 18.0) less 2 mm and plus
 *    1 mm, Singh 2013 (L1 7.1 at least), Clin Anat 2005 (L5 range 10.29–16.20);
 *  - height, thoracic: Clin Anat 2005's ranges at T1 (7.18–11.37) and T11 (14.84–19.57), which
 *    hold Zindrick 1987's means (T1 9.9, T11 17.4);
 *  - height, lumbar: Zindrick 1987 (L1 15.4 → L5 14.0, L5 range 9.5–19), Singh 2013 (L1 14.6,
 *    L4 13.4), each ± 1 mm.
 */
export const WIDTH: Partial<Record<Level, [number, number]>> = {
  T1: [6.9, 10.3],
  T4: [3.6, 5.4],
  T5: [4.1, 6.9],
  T12: [6.5, 10.1],
  L1: [6.6, 9.7],
  L2: [6.9, 9.9],
  L3: [8.3, 11.3],
  L4: [10.9, 13.9],
  L5: [10.3, 19.0],
}
export const HEIGHT: Partial<Record<Level, [number, number]>> = {
  T1: [7.2, 11.4],
  T11: [14.8, 19.6],
  T12: [14.8, 19.6],
  L1: [13.6, 16.4],
  L2: [13.3, 16.1],
  L3: [12.9, 15.8],
  L4: [12.4, 15.4],
  L5: [11.0, 15.0],
}

export function publishedRange(
  table: Partial<Record<Level, [number, number]>>,
  level: Level,
): [number, number] {
  const i = LEVELS.indexOf(level)
  const anchors = LEVELS.map((l, k) => [k, table[l]] as const).filter((a) => a[1]) as [
    number,
    [number, number],
  ][]
  const after = anchors.findIndex(([k]) => k >= i)
  const [k1, r1] = anchors[after] as [number, [number, number]]
  if (k1 === i || after === 0) return r1
  const [k0, r0] = anchors[after - 1] as [number, [number, number]]
  const t = (i - k0) / (k1 - k0)
  return [r0[0] + (r1[0] - r0[0]) * t, r0[1] + (r1[1] - r0[1]) * t]
}

/** How far bone reaches from `p` along `dir` (both ways), by bisection on the field. */
function extent(distance: (x: number, y: number, z: number) => number, p: Vec3, dir: Vec3): number {
  const reach = (sign: number) => {
    let inside = 0
    let outside = 20
    for (let i = 0; i < 40; i++) {
      const mid = (inside + outside) / 2
      if (distance(p[0] + dir[0] * mid * sign, p[1] + dir[1] * mid * sign, p[2] + dir[2] * mid * sign) < 0)
        inside = mid
      else outside = mid
    }
    return inside
  }
  return reach(1) + reach(-1)
}

/** Outer width and height at the pedicle's narrowest section, measured on the vertebra's field. */
export function measureIsthmus(level: Level): { widthMm: number; heightMm: number } {
  const { distance } = vertebraField(level)
  const ped = pedicleGeometry(levelDimensions(level))
  const d = ped.directionUnit
  // Across the axis: horizontally (transverse) and in the axis's sagittal plane (height).
  const h = [d[2], 0, -d[0]].map((v) => v / Math.hypot(d[2], d[0])) as unknown as Vec3
  const v: Vec3 = [d[1] * h[2] - d[2] * h[1], d[2] * h[0] - d[0] * h[2], d[0] * h[1] - d[1] * h[0]]
  let best = { widthMm: Number.POSITIVE_INFINITY, heightMm: 0 }
  const reach = Math.abs(ped.posteriorEndMm[2] - ped.isthmusMm[2])
  for (let s = -reach * 0.8; s <= reach * 0.8; s += 0.5) {
    const p: Vec3 = [ped.isthmusMm[0] + d[0] * s, ped.isthmusMm[1] + d[1] * s, ped.isthmusMm[2] + d[2] * s]
    const widthMm = extent(distance, p, h)
    if (widthMm < best.widthMm) best = { widthMm, heightMm: extent(distance, p, v) }
  }
  return best
}
