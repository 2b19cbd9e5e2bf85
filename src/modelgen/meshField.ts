/**
 * Meshes a signed distance field into a closed, indexed triangle mesh by marching tetrahedra:
 * each grid cube is split into the six tetrahedra of Freudenthal's triangulation, which match
 * across shared faces, so the surface has no cracks and every edge joins exactly two triangles
 * (marching cubes' ambiguous faces can leave holes). The field is sampled exactly only near the
 * surface (a coarse pass skips blocks it cannot cross), which keeps a vertebra under a second.
 */

export type DistanceFn = (x: number, y: number, z: number) => number

export interface IndexedMesh {
  /** xyz per vertex, mm. */
  positions: Float32Array
  /** Three vertex indices per triangle, counter-clockwise seen from outside. */
  indices: Uint32Array
}

export interface MeshFieldOptions {
  min: readonly [number, number, number]
  max: readonly [number, number, number]
  /** Grid spacing (mm). */
  cellMm: number
}

const BLOCK = 4 // fine cells per coarse block edge
// The six tetrahedra of a cube, as corner numbers (bit 0: +x, bit 1: +y, bit 2: +z), each a
// monotone path from corner 0 to corner 7.
const TETS = [
  [0, 1, 3, 7],
  [0, 1, 5, 7],
  [0, 2, 3, 7],
  [0, 2, 6, 7],
  [0, 4, 5, 7],
  [0, 4, 6, 7],
] as const

/** Samples `distance` on a grid (negative inside) and returns the zero surface. */
export function meshField(distance: DistanceFn, { min, max, cellMm }: MeshFieldOptions): IndexedMesh {
  const nx = Math.ceil((max[0] - min[0]) / cellMm / BLOCK) * BLOCK + 1
  const ny = Math.ceil((max[1] - min[1]) / cellMm / BLOCK) * BLOCK + 1
  const nz = Math.ceil((max[2] - min[2]) / cellMm / BLOCK) * BLOCK + 1
  const values = sampleNarrowBand(distance, min, cellMm, nx, ny, nz)
  const positions: number[] = []
  const indices: number[] = []
  const edgeVertex = new Map<number, number>()
  const nodeCount = nx * ny * nz
  const node = (i: number, j: number, k: number) => i + nx * (j + ny * k)
  const corner = new Int32Array(8)

  const vertexOnEdge = (a: number, b: number): number => {
    const key = a < b ? a * nodeCount + b : b * nodeCount + a
    let index = edgeVertex.get(key)
    if (index === undefined) {
      const va = values[a] as number
      // Kept off the nodes so that no two vertices coincide (which would read as a seam).
      const t = Math.min(Math.max(va / (va - (values[b] as number)), 1e-3), 1 - 1e-3)
      index = positions.length / 3
      for (const axis of [0, 1, 2] as const) {
        const ca = axisCoord(a, axis, nx, ny)
        const cb = axisCoord(b, axis, nx, ny)
        positions.push((min[axis] as number) + (ca + (cb - ca) * t) * cellMm)
      }
      edgeVertex.set(key, index)
    }
    return index
  }
  // Orientation is decided on the edges' midpoints, not the interpolated points: the same
  // combinatorial triangle, but never degenerate, so even sliver triangles face outwards.
  const mid = (edge: readonly [number, number], axis: 0 | 1 | 2) =>
    (axisCoord(edge[0], axis, nx, ny) + axisCoord(edge[1], axis, nx, ny)) / 2
  const emit = (
    [a, ea]: readonly [number, readonly [number, number]],
    [b, eb]: readonly [number, readonly [number, number]],
    [c, ec]: readonly [number, readonly [number, number]],
    inside: number,
    outside: number,
  ) => {
    const ux = mid(eb, 0) - mid(ea, 0)
    const uy = mid(eb, 1) - mid(ea, 1)
    const uz = mid(eb, 2) - mid(ea, 2)
    const vx = mid(ec, 0) - mid(ea, 0)
    const vy = mid(ec, 1) - mid(ea, 1)
    const vz = mid(ec, 2) - mid(ea, 2)
    const dx = axisCoord(outside, 0, nx, ny) - axisCoord(inside, 0, nx, ny)
    const dy = axisCoord(outside, 1, nx, ny) - axisCoord(inside, 1, nx, ny)
    const dz = axisCoord(outside, 2, nx, ny) - axisCoord(inside, 2, nx, ny)
    const facing = (uy * vz - uz * vy) * dx + (uz * vx - ux * vz) * dy + (ux * vy - uy * vx) * dz
    if (facing >= 0) indices.push(a, b, c)
    else indices.push(a, c, b)
  }
  const cut = (p: number, q: number) => [vertexOnEdge(p, q), [p, q] as const] as const

  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let insideCount = 0
        for (let c = 0; c < 8; c++) {
          const n = node(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))
          corner[c] = n
          if ((values[n] as number) < 0) insideCount++
        }
        if (insideCount === 0 || insideCount === 8) continue
        for (const tet of TETS) {
          const ins: number[] = []
          const outs: number[] = []
          for (const c of tet) {
            const n = corner[c] as number
            if ((values[n] as number) < 0) ins.push(n)
            else outs.push(n)
          }
          if (ins.length === 0 || outs.length === 0) continue
          if (ins.length === 1 || outs.length === 1) {
            const lone = (ins.length === 1 ? ins[0] : outs[0]) as number
            const [p, q, r] = (ins.length === 1 ? outs : ins) as [number, number, number]
            emit(cut(lone, p), cut(lone, q), cut(lone, r), ins[0] as number, outs[0] as number)
          } else {
            const [i0, i1] = ins as [number, number]
            const [o0, o1] = outs as [number, number]
            const a = cut(i0, o0)
            const c = cut(i1, o1)
            emit(a, cut(i0, o1), c, i0, o0)
            emit(a, c, cut(i1, o0), i0, o0)
          }
        }
      }
    }
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) }
}

function axisCoord(n: number, axis: 0 | 1 | 2, nx: number, ny: number): number {
  if (axis === 0) return n % nx
  if (axis === 1) return Math.floor(n / nx) % ny
  return Math.floor(n / (nx * ny))
}

/**
 * Field values at every grid node: exact within coarse blocks the surface may cross, and only a
 * sign elsewhere. Zero is nudged to positive so no vertex lands on a node (which would make
 * degenerate triangles).
 */
function sampleNarrowBand(
  distance: DistanceFn,
  min: readonly [number, number, number],
  cellMm: number,
  nx: number,
  ny: number,
  nz: number,
): Float32Array {
  const bx = (nx - 1) / BLOCK
  const by = (ny - 1) / BLOCK
  const bz = (nz - 1) / BLOCK
  const coarse = new Float32Array((bx + 1) * (by + 1) * (bz + 1))
  const cnode = (i: number, j: number, k: number) => i + (bx + 1) * (j + (by + 1) * k)
  for (let k = 0; k <= bz; k++)
    for (let j = 0; j <= by; j++)
      for (let i = 0; i <= bx; i++)
        coarse[cnode(i, j, k)] = distance(
          min[0] + i * BLOCK * cellMm,
          min[1] + j * BLOCK * cellMm,
          min[2] + k * BLOCK * cellMm,
        )
  // A block is skipped when every corner is farther from the surface than the block is wide
  // (with a margin: some of the field's parts are distance bounds, not exact distances).
  const reach = BLOCK * cellMm * Math.sqrt(3) * 1.25
  const active = new Uint8Array(bx * by * bz)
  for (let k = 0; k < bz; k++)
    for (let j = 0; j < by; j++)
      for (let i = 0; i < bx; i++) {
        let near = false
        for (let c = 0; c < 8 && !near; c++) {
          const v = coarse[cnode(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))] as number
          near = Math.abs(v) < reach
        }
        active[i + bx * (j + by * k)] = near ? 1 : 0
      }
  const values = new Float32Array(nx * ny * nz)
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        // A node on a block boundary belongs to up to eight blocks: exact if any is active.
        let exact = false
        const i0 = Math.max(0, Math.ceil(i / BLOCK) - 1)
        const j0 = Math.max(0, Math.ceil(j / BLOCK) - 1)
        const k0 = Math.max(0, Math.ceil(k / BLOCK) - 1)
        const i1 = Math.min(bx - 1, Math.floor(i / BLOCK))
        const j1 = Math.min(by - 1, Math.floor(j / BLOCK))
        const k1 = Math.min(bz - 1, Math.floor(k / BLOCK))
        for (let c = k0; c <= k1 && !exact; c++)
          for (let b = j0; b <= j1 && !exact; b++)
            for (let a = i0; a <= i1 && !exact; a++) exact = active[a + bx * (b + by * c)] === 1
        let v: number
        if (exact) v = distance(min[0] + i * cellMm, min[1] + j * cellMm, min[2] + k * cellMm)
        else
          v = coarse[
            cnode(
              Math.min(bx, Math.round(i / BLOCK)),
              Math.min(by, Math.round(j / BLOCK)),
              Math.min(bz, Math.round(k / BLOCK)),
            )
          ] as number
        // The grid's outer nodes count as outside, so a part reaching the box is capped, not open.
        const onBorder = i === 0 || j === 0 || k === 0 || i === nx - 1 || j === ny - 1 || k === nz - 1
        values[i + nx * (j + ny * k)] = onBorder ? Math.max(v, 1e-6) : v === 0 ? 1e-6 : v
      }
    }
  }
  return values
}
