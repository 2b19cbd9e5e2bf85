/**
 * Scalar fields on regular grids (cell (i, j, k) at index i + nx·(j + ny·k)): doubling the
 * resolution by trilinear interpolation and a light separable blur. Together they turn a blocky
 * voxel field into one whose iso-surfaces are smooth and rounded.
 */

export type Dims = readonly [number, number, number]

/**
 * Twice the resolution along each axis. Fine cell f covers half of coarse cell ⌊f/2⌋, so its
 * centre sits at coarse coordinate (f + 0.5)/2 − 0.5; the two grids share their outer edges.
 */
export function upsample2(values: Float32Array, dims: Dims): { values: Float32Array; dims: Dims } {
  const [nx, ny, nz] = dims
  const fine: Dims = [2 * nx, 2 * ny, 2 * nz]
  const [fx, fy, fz] = fine
  const out = new Float32Array(fx * fy * fz)
  // Per fine index along an axis: the lower coarse neighbour and the weight of the upper one.
  const axis = (n: number) => {
    const lo = new Int32Array(2 * n)
    const w = new Float32Array(2 * n)
    for (let f = 0; f < 2 * n; f++) {
      const c = Math.min(n - 1, Math.max(0, (f + 0.5) / 2 - 0.5))
      lo[f] = Math.min(n - 2, Math.floor(c))
      w[f] = c - (lo[f] as number)
      if (n === 1) {
        lo[f] = 0
        w[f] = 0
      }
    }
    return { lo, w }
  }
  const ax = axis(nx)
  const ay = axis(ny)
  const az = axis(nz)
  const sx = nx > 1 ? 1 : 0
  const sy = ny > 1 ? nx : 0
  const sz = nz > 1 ? nx * ny : 0
  let o = 0
  for (let k = 0; k < fz; k++) {
    const k0 = az.lo[k] as number
    const wz = az.w[k] as number
    for (let j = 0; j < fy; j++) {
      const j0 = ay.lo[j] as number
      const wy = ay.w[j] as number
      for (let i = 0; i < fx; i++, o++) {
        const i0 = ax.lo[i] as number
        const wx = ax.w[i] as number
        const b = i0 + nx * (j0 + ny * k0)
        const c00 = lerp(values[b] as number, values[b + sx] as number, wx)
        const c10 = lerp(values[b + sy] as number, values[b + sy + sx] as number, wx)
        const c01 = lerp(values[b + sz] as number, values[b + sz + sx] as number, wx)
        const c11 = lerp(values[b + sz + sy] as number, values[b + sz + sy + sx] as number, wx)
        out[o] = lerp(lerp(c00, c10, wy), lerp(c01, c11, wy), wz)
      }
    }
  }
  return { values: out, dims: fine }
}

/** Blurs in place with the kernel [1, 2, 1]/4 along each axis, `passes` times (edges clamp). */
export function blur121(values: Float32Array, dims: Dims, passes = 1): void {
  const [nx, ny] = dims
  const tmp = new Float32Array(values.length)
  const strides = [1, nx, nx * ny]
  for (let pass = 0; pass < passes; pass++) {
    for (let a = 0; a < 3; a++) {
      const n = dims[a] as number
      const s = strides[a] as number
      if (n < 2) continue
      tmp.set(values)
      for (let c = 0; c < values.length; c++) {
        const along = Math.floor(c / s) % n
        const prev = along > 0 ? c - s : c
        const next = along < n - 1 ? c + s : c
        values[c] = 0.25 * (tmp[prev] as number) + 0.5 * (tmp[c] as number) + 0.25 * (tmp[next] as number)
      }
    }
  }
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t
}
