/**
 * Nearest seed cell for every cell within a few cells of a set of seeds on a regular grid: an
 * approximate Euclidean feature transform by layered propagation (each new cell takes, of the
 * seeds its already-reached neighbours carry, the closest). Exact enough for the few cells the
 * cement field needs beyond the filled region, and O(cells) rather than O(cells × seeds).
 */

/** Per cell: the index of its nearest seed (−1 if farther than `layers` steps) and the distance to it, in cells. */
export interface NearestSeed {
  seed: Int32Array
  distance: Float32Array
}

/**
 * @param dims cells along x, y, z; cell (i, j, k) has index i + nx·(j + ny·k)
 * @param isSeed 1 for seed cells
 * @param layers how many 26-neighbour steps out from the seeds to reach
 */
export function nearestSeed(
  dims: readonly [number, number, number],
  isSeed: Uint8Array,
  layers: number,
): NearestSeed {
  const [nx, ny, nz] = dims
  const n = nx * ny * nz
  const seed = new Int32Array(n).fill(-1)
  const distance = new Float32Array(n).fill(Number.POSITIVE_INFINITY)
  let frontier: number[] = []
  for (let c = 0; c < n; c++) {
    if (!isSeed[c]) continue
    seed[c] = c
    distance[c] = 0
    frontier.push(c)
  }
  // The layer a cell was reached in (seeds: 0; −1 not yet): a new shell is resolved only against
  // cells of earlier shells, so the result does not depend on the order cells are visited in.
  const layerOf = new Int16Array(n).fill(-1)
  for (const c of frontier) layerOf[c] = 0
  for (let layer = 1; layer <= layers && frontier.length > 0; layer++) {
    const next: number[] = []
    for (const c of frontier) {
      forNeighbours(dims, c, (m) => {
        if (layerOf[m] !== -1) return
        layerOf[m] = layer
        next.push(m)
      })
    }
    for (const c of next) {
      const ci = c % nx
      const cj = Math.floor(c / nx) % ny
      const ck = Math.floor(c / (nx * ny))
      forNeighbours(dims, c, (m) => {
        if (layerOf[m] === -1 || (layerOf[m] as number) >= layer) return
        const s = seed[m] as number
        const di = (s % nx) - ci
        const dj = (Math.floor(s / nx) % ny) - cj
        const dk = Math.floor(s / (nx * ny)) - ck
        const d = Math.sqrt(di * di + dj * dj + dk * dk)
        if (d < (distance[c] as number)) {
          distance[c] = d
          seed[c] = s
        }
      })
    }
    frontier = next
  }
  return { seed, distance }
}

/** Calls `visit` with each of the up to 26 neighbours of cell `c` that lie in the grid. */
function forNeighbours(dims: readonly [number, number, number], c: number, visit: (m: number) => void): void {
  const [nx, ny, nz] = dims
  const i = c % nx
  const j = Math.floor(c / nx) % ny
  const k = Math.floor(c / (nx * ny))
  for (let dk = -1; dk <= 1; dk++) {
    const kk = k + dk
    if (kk < 0 || kk >= nz) continue
    for (let dj = -1; dj <= 1; dj++) {
      const jj = j + dj
      if (jj < 0 || jj >= ny) continue
      for (let di = -1; di <= 1; di++) {
        const ii = i + di
        if (ii < 0 || ii >= nx || (di === 0 && dj === 0 && dk === 0)) continue
        visit(ii + nx * (jj + ny * kk))
      }
    }
  }
}
