/**
 * Re-times filled cells so that the cement grows as a compact front instead of the flow solver's
 * cell-by-cell fingering, without changing how much is in at any time. The solver's fill order is
 * noisy at the scale of a cell (each cell's random entry threshold; in a kyphoplasty cavity, where
 * the path cost is nearly flat, the order is almost random), and an iso-surface of those times
 * would show scattered specks early on. So the arrival times are blurred, the filled cells sorted
 * by the blurred value, and the original times handed out again in that order: the set filled by
 * time t is then a level set of a smooth field, and it holds exactly as many cells as the
 * simulation filled by t. The final set of cells is unchanged.
 */
import { blur121, type Dims } from './resampleField.ts'

const UNFILLED_KEY = 1.25

/**
 * @param arrival per cell: normalised fill time for filled cells, anything larger elsewhere
 *   (unfilled cells weigh in the blur, so the front reaches the edges of the bolus last)
 * @param filled 1 for filled cells
 * @param passes blur passes ([1, 2, 1] along each axis; σ ≈ √(passes/2) cells)
 * @returns the re-timed arrival (unfilled cells unchanged)
 */
export function smoothFillOrder(
  arrival: Float32Array,
  filled: Uint8Array,
  dims: Dims,
  passes: number,
): Float32Array {
  // Unfilled cells count as filling just after the end: the front reaches the bolus's edges last,
  // but a far-off value would let the edges outweigh the simulated order.
  const key = Float32Array.from(arrival, (t) => Math.min(t, UNFILLED_KEY))
  blur121(key, dims, passes)
  const cells: number[] = []
  for (let c = 0; c < arrival.length; c++) if (filled[c]) cells.push(c)
  const times = cells.map((c) => arrival[c] as number).sort((a, b) => a - b)
  // Ties in the key (flat regions) fall back to the original time, then the index: deterministic.
  cells.sort(
    (a, b) =>
      (key[a] as number) - (key[b] as number) || (arrival[a] as number) - (arrival[b] as number) || a - b,
  )
  const out = Float32Array.from(arrival)
  cells.forEach((c, rank) => {
    out[c] = times[rank] as number
  })
  return out
}
