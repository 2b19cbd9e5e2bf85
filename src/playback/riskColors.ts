/**
 * The leak-risk map painted on the fractured vertebra's surface: for each vertex near the body's
 * wall, how often (over the simulated patients) cement reached the wall's cells around it, as a
 * viridis colour with a weight (alpha) that fades out with distance from the wall. Vertices far from
 * the body (the arch) get weight 0 and keep the bone's colour.
 */
import { viridis } from './viridis.ts'

export interface RiskGrid {
  originMm: readonly [number, number, number]
  cellMm: number
  dims: readonly [number, number, number]
}

/** Cells around a vertex searched for wall cells, each way. */
const REACH_CELLS = 2

/**
 * `positions`: x, y, z triples in the grid's frame (the vertebra's, in the shape the simulation
 * used). Returns r, g, b, weight per vertex.
 */
export function riskColors(
  positions: Float32Array,
  grid: RiskGrid,
  cells: Uint32Array,
  pReach: Float32Array,
): Float32Array {
  const [nx, ny, nz] = grid.dims
  const reach = new Float32Array(nx * ny * nz).fill(-1)
  for (let c = 0; c < cells.length; c++) reach[cells[c] as number] = pReach[c] as number
  const out = new Float32Array((positions.length / 3) * 4)
  const colour: [number, number, number] = [0, 0, 0]
  const h = grid.cellMm
  for (let v = 0; v < positions.length / 3; v++) {
    // Position in cell units, cell centres at integers.
    const gx = ((positions[v * 3] as number) - grid.originMm[0]) / h - 0.5
    const gy = ((positions[v * 3 + 1] as number) - grid.originMm[1]) / h - 0.5
    const gz = ((positions[v * 3 + 2] as number) - grid.originMm[2]) / h - 0.5
    let sum = 0
    let weights = 0
    let nearest = Number.POSITIVE_INFINITY
    const i0 = Math.round(gx)
    const j0 = Math.round(gy)
    const k0 = Math.round(gz)
    for (let k = k0 - REACH_CELLS; k <= k0 + REACH_CELLS; k++) {
      if (k < 0 || k >= nz) continue
      for (let j = j0 - REACH_CELLS; j <= j0 + REACH_CELLS; j++) {
        if (j < 0 || j >= ny) continue
        for (let i = i0 - REACH_CELLS; i <= i0 + REACH_CELLS; i++) {
          if (i < 0 || i >= nx) continue
          const p = reach[i + nx * (j + ny * k)] as number
          if (p < 0) continue
          const d2 = (i - gx) ** 2 + (j - gy) ** 2 + (k - gz) ** 2
          const w = 1 / (0.25 + d2)
          sum += w * p
          weights += w
          nearest = Math.min(nearest, d2)
        }
      }
    }
    if (weights === 0) continue
    viridis(sum / weights, colour)
    out.set(colour, v * 4)
    // Full weight up to about a cell and a half from the wall, none beyond REACH_CELLS.
    out[v * 4 + 3] = Math.min(1, Math.max(0, (REACH_CELLS + 0.5 - Math.sqrt(nearest)) / 1.5))
  }
  return out
}
