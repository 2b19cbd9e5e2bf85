/** Reads a cement field's texels on the CPU as the GPU does (trilinear between texel centres, edges clamped). */
import { type CementFieldData, CLEARANCE_RANGE_MM, RED_RANGE } from '../../../src/geometry/cementFieldData.ts'

export interface FieldReader {
  /** Red, green and blue (arrival, cavity, clearance mm) at a point, mm in the vertebra frame. */
  at(x: number, y: number, z: number): [number, number, number]
  /** Volume where red ≤ progress, mL, by sampling `perTexel`³ points in every texel of the cement's box. */
  volumeMl(progress: number, perTexel?: number): number
  /**
   * Cement drawn where red ≤ progress, mL: all of the region in the cavity (green ≥ ½), the
   * pores' share (`porosity`) of it in cancellous bone.
   */
  cementMl(progress: number, porosity: number, perTexel?: number): number
}

export function readField(field: CementFieldData): FieldReader {
  const [fx, fy, fz] = field.dims
  // Normalised bytes: red is stored divided by RED_RANGE.
  const values = Float32Array.from(
    field.texels,
    (v, i) => (v / 255) * (i % 4 === 0 ? RED_RANGE : i % 4 === 2 ? CLEARANCE_RANGE_MM : 1),
  )
  const texel = field.texelMm
  const fetch = (i: number, j: number, k: number, c: number) => {
    const ii = Math.min(fx - 1, Math.max(0, i))
    const jj = Math.min(fy - 1, Math.max(0, j))
    const kk = Math.min(fz - 1, Math.max(0, k))
    return values[4 * (ii + fx * (jj + fy * kk)) + c] as number
  }
  const at = (x: number, y: number, z: number): [number, number, number] => {
    const u = (x - field.fieldMinMm[0]) / texel - 0.5
    const v = (y - field.fieldMinMm[1]) / texel - 0.5
    const w = (z - field.fieldMinMm[2]) / texel - 0.5
    const i = Math.floor(u)
    const j = Math.floor(v)
    const k = Math.floor(w)
    const a = u - i
    const b = v - j
    const g = w - k
    const out: [number, number, number] = [0, 0, 0]
    for (let c = 0; c < 3; c++) {
      let s = 0
      for (let dk = 0; dk < 2; dk++)
        for (let dj = 0; dj < 2; dj++)
          for (let di = 0; di < 2; di++)
            s += (di ? a : 1 - a) * (dj ? b : 1 - b) * (dk ? g : 1 - g) * fetch(i + di, j + dj, k + dk, c)
      out[c] = s
    }
    return out
  }
  /** Sum over the sample points where red ≤ progress of `weight(green)`, as mL. */
  const summed = (progress: number, perTexel: number, weight: (green: number) => number) => {
    const step = texel / perTexel
    let n = 0
    for (let z = field.boxMinMm[2] + step / 2; z < field.boxMaxMm[2]; z += step)
      for (let y = field.boxMinMm[1] + step / 2; y < field.boxMaxMm[1]; y += step)
        for (let x = field.boxMinMm[0] + step / 2; x < field.boxMaxMm[0]; x += step) {
          const [red, green] = at(x, y, z)
          if (red <= progress) n += weight(green)
        }
    return (n * step ** 3) / 1000
  }
  const volumeMl = (progress: number, perTexel = 2) => summed(progress, perTexel, () => 1)
  const cementMl = (progress: number, porosity: number, perTexel = 2) =>
    summed(progress, perTexel, (green) => (green >= 0.5 ? 1 : porosity))
  return { at, volumeMl, cementMl }
}
