/**
 * Re-times filled cells so that the cement grows as a compact front instead of the flow solver's
 * cell-by-cell fingering, without changing how much is in at any time. The solver's fill order is
 * noisy at the scale of a cell (each cell's random entry threshold), and an iso-surface of those
 * times would show scattered specks early on. So the filled cells are sorted by a smooth key and
 * the original times handed out again in that order: the set filled by time t is then a level set
 * of the key, and it holds exactly as many cells as the simulation filled by t. The final set of
 * cells is unchanged.
 *
 * In bone the key is the blurred fill time (the simulated order at the scale of a few cells). In
 * a kyphoplasty cavity the solver's order is almost random (the path cost there is nearly flat),
 * so cavity cells take their own times in the order of a key the caller gives: the distance from
 * the balloon's centre, where the cement enters, so the cavity fills from its middle out.
 */
import { blur121, type Dims } from './resampleField.ts'

// Unfilled cells count as filling just after the end: the front reaches the bolus's edges last,
// but a far-off value would let the edges outweigh the simulated order.
const UNFILLED_KEY = 1.25

/** Cells ranked among themselves by their own key. */
export interface FillGroup {
  members: Uint8Array
  key: Float32Array
}

/**
 * @param arrival per cell: normalised fill time for filled cells, anything larger elsewhere
 * @param filled 1 for filled cells
 * @param passes blur passes for the key in bone ([1, 2, 1] along each axis; σ ≈ √(passes/2) cells)
 * @param group cells (e.g. a cavity) re-timed among themselves in the order of their own key
 * @returns the re-timed arrival (unfilled cells outside the group unchanged)
 */
export function smoothFillOrder(
  arrival: Float32Array,
  filled: Uint8Array,
  dims: Dims,
  passes: number,
  group: FillGroup | null = null,
): Float32Array {
  const blurred = Float32Array.from(arrival, (t) => Math.min(t, UNFILLED_KEY))
  blur121(blurred, dims, passes)
  const bone: number[] = []
  const grouped: number[] = []
  for (let c = 0; c < arrival.length; c++) {
    // A group's cells the solver left empty take part too: they take the group's latest times,
    // at the far end of its key, rather than staying as holes in the middle of the mass.
    if (group?.members[c]) grouped.push(c)
    else if (filled[c]) bone.push(c)
  }
  const out = Float32Array.from(arrival)
  retime(bone, blurred, arrival, out)
  if (group) retime(grouped, group.key, arrival, out)
  return out
}

/** Hands the cells' own times out again in the order of `key` (ties: original time, then index). */
function retime(cells: number[], key: Float32Array, arrival: Float32Array, out: Float32Array): void {
  const times = cells.map((c) => arrival[c] as number).sort((a, b) => a - b)
  cells.sort(
    (a, b) =>
      (key[a] as number) - (key[b] as number) || (arrival[a] as number) - (arrival[b] as number) || a - b,
  )
  cells.forEach((c, rank) => {
    out[c] = times[rank] as number
  })
}
