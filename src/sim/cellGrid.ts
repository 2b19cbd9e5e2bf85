/**
 * The voxel grid of the vertebral body's interior on which cement flows. It is built from a
 * signed distance function (the same one the mesh is built from: `vertebraField(...).bodyDistance`)
 * so the simulation and the picture share one shape.
 */

export type Vec3 = readonly [number, number, number]

/** A regular grid over a box; cell (i, j, k) has index i + nx * (j + ny * k). */
export interface CellGrid {
  /** Centre of cell (0, 0, 0), mm in the vertebra's frame. */
  originMm: Vec3
  /** Edge length of a (cubic) cell, mm. */
  cellMm: number
  /** Cells along x, y, z. */
  dims: readonly [number, number, number]
  /** 1 where the cell's centre lies inside the body, else 0. */
  inside: Uint8Array
  /** 1 for inside cells that touch an outside cell (the cortical shell's inner face), else 0. */
  boundary: Uint8Array
  /** Number of inside cells. */
  insideCount: number
}

/** The shape to voxelise: bounds and a signed distance (mm, negative inside). */
export interface BodyShape {
  bounds: { min: Vec3; max: Vec3 }
  distance(x: number, y: number, z: number): number
}

// Skip a little less than the distance allows, against rounding and slightly optimistic fields.
const SKIP_SAFETY = 0.9

/** Centre of cell `index`, mm. */
export function cellCentre(grid: CellGrid, index: number): [number, number, number] {
  const [nx, ny] = grid.dims
  const i = index % nx
  const j = Math.floor(index / nx) % ny
  const k = Math.floor(index / (nx * ny))
  return [
    grid.originMm[0] + i * grid.cellMm,
    grid.originMm[1] + j * grid.cellMm,
    grid.originMm[2] + k * grid.cellMm,
  ]
}

/** Index of the inside cell whose centre is nearest to a point; -1 if the grid has none. */
export function nearestInsideCell(grid: CellGrid, p: Vec3): number {
  let best = -1
  let bestD = Number.POSITIVE_INFINITY
  for (let index = 0; index < grid.inside.length; index++) {
    if (!grid.inside[index]) continue
    const c = cellCentre(grid, index)
    const d = (c[0] - p[0]) ** 2 + (c[1] - p[1]) ** 2 + (c[2] - p[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = index
    }
  }
  return best
}

/**
 * Voxelise a shape with `cellsAlongLongest` cells along its longest axis (at least 32: issue 3).
 * A cell is inside when the distance at its centre is negative. `exact` evaluates every cell
 * (for tests); otherwise the distance is used to skip cells that cannot change side.
 */
export function cellGrid(shape: BodyShape, cellsAlongLongest = 32, exact = false): CellGrid {
  const { min, max } = shape.bounds
  const size = [max[0] - min[0], max[1] - min[1], max[2] - min[2]] as const
  const cellMm = Math.max(...size) / cellsAlongLongest
  const dims = size.map((s) => Math.max(1, Math.round(s / cellMm))) as [number, number, number]
  const [nx, ny, nz] = dims
  // Centre the cells in the box so that rounding spreads evenly on both sides.
  const originMm: Vec3 = [0, 1, 2].map(
    (a) => ((min[a] as number) + (max[a] as number)) / 2 - (((dims[a] as number) - 1) * cellMm) / 2,
  ) as unknown as Vec3
  const inside = new Uint8Array(nx * ny * nz)
  let insideCount = 0
  for (let k = 0; k < nz; k++) {
    const z = originMm[2] + k * cellMm
    for (let j = 0; j < ny; j++) {
      const y = originMm[1] + j * cellMm
      for (let i = 0; i < nx; ) {
        const d = shape.distance(originMm[0] + i * cellMm, y, z)
        // Nothing crosses the surface within |d| of here (a signed distance, or an underestimate
        // of one): the next cells along x share this one's side. This skips most evaluations.
        const run = exact ? 1 : Math.max(1, Math.floor((SKIP_SAFETY * Math.abs(d)) / cellMm) + 1)
        const end = Math.min(nx, i + run)
        for (; i < end; i++) {
          if (d < 0) {
            inside[i + nx * (j + ny * k)] = 1
            insideCount++
          }
        }
      }
    }
  }
  const boundary = new Uint8Array(inside.length)
  const strides = [1, nx, nx * ny]
  for (let index = 0; index < inside.length; index++) {
    if (!inside[index]) continue
    const ijk = [index % nx, Math.floor(index / nx) % ny, Math.floor(index / (nx * ny))]
    for (let a = 0; a < 3; a++) {
      const c = ijk[a] as number
      const n = dims[a] as number
      const s = strides[a] as number
      if (c === 0 || c === n - 1 || !inside[index - s] || !inside[index + s]) boundary[index] = 1
    }
  }
  return { originMm, cellMm, dims, inside, boundary, insideCount }
}

/** Extent of the inside cells' centres, mm: `{ min, max }` per axis. */
export function insideExtent(grid: CellGrid): {
  min: [number, number, number]
  max: [number, number, number]
} {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let index = 0; index < grid.inside.length; index++) {
    if (!grid.inside[index]) continue
    const c = cellCentre(grid, index)
    for (let a = 0; a < 3; a++) {
      const v = c[a] as number
      if (v < (min[a] as number)) min[a] = v
      if (v > (max[a] as number)) max[a] = v
    }
  }
  return { min, max }
}
