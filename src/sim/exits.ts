/**
 * Where cement can leave the vertebral body. The cortical shell is closed except at these ports
 * (routes after Yeom 2003, CLINICAL.md §1): the basivertebral vein at the posterior centre,
 * segmental veins on the lateral walls, a cortical defect at an anterior or lateral breach, the
 * disc through a broken endplate or a cleft, and the spinal canal through a posterior wall breach.
 */
import { CALIBRATION as C } from './calibration.ts'
import { type CellGrid, cellCentre, insideExtent } from './cellGrid.ts'
import type { Random } from './random.ts'

export const LEAK_ROUTES = ['basivertebral', 'segmental', 'cortical', 'disc', 'canal'] as const
export type LeakRoute = (typeof LEAK_ROUTES)[number]

export const CORTICAL_BREACHES = ['none', 'anterior', 'lateral', 'posterior', 'endplate'] as const
export type CorticalBreach = (typeof CORTICAL_BREACHES)[number]

/** One opening in the shell: the boundary cells that reach it, where it is, how freely it drains. */
export interface ExitPort {
  route: LeakRoute
  /** Mean position of its cells, mm (vertebra frame). */
  positionMm: [number, number, number]
  /** Conductance relative to the advancing front (before the viscosity factor). */
  conductance: number
  cells: number[]
}

export interface Exits {
  ports: ExitPort[]
  /** For each cell, the index of its port in `ports`, or −1. */
  portOfCell: Int16Array
}

type Predicate = (x: number, y: number, z: number, index: number) => boolean

/** Lay out the exit ports of one patient (vein sizes are drawn from `rng`). */
export function exits(grid: CellGrid, breach: CorticalBreach, cleft: boolean, rng: Random): Exits {
  const { min, max } = insideExtent(grid)
  const h = grid.cellMm
  const [nx, ny] = grid.dims
  const depth = max[2] - min[2]
  const width = max[0] - min[0]
  const near = 1.01 * h
  const vein = () => C.veinConductance * Math.exp(C.veinConductanceLogSd * rng.normal())
  // Draw all vein sizes first, in a fixed order, so a breach does not reshuffle the veins.
  const basivertebral = vein()
  const left = vein()
  const right = vein()
  const isTop = (index: number) => !grid.inside[index + nx] || Math.floor(index / nx) % ny === ny - 1
  const specs: Array<[LeakRoute, number, Predicate]> = []
  if (breach === 'anterior')
    specs.push([
      'cortical',
      C.defectConductance,
      (x, y, z) => z > max[2] - near && Math.abs(y) < 3 && Math.abs(x) < width / 3,
    ])
  if (breach === 'lateral')
    specs.push([
      'cortical',
      C.defectConductance,
      (x, y, z) => x > max[0] - near && Math.abs(y) < 3 && Math.abs(z) < depth / 3,
    ])
  if (breach === 'posterior')
    specs.push(['canal', C.defectConductance, (x, y, z) => z < min[2] + near && y > 2 && Math.abs(x) < 6])
  if (breach === 'endplate')
    specs.push([
      'disc',
      C.defectConductance,
      (x, _y, z, i) => isTop(i) && Math.abs(x) < width / 4 && z > -depth / 6 && z < depth / 4,
    ])
  else if (cleft)
    specs.push([
      'disc',
      C.cleftDiscConductance,
      (x, _y, z, i) => isTop(i) && Math.abs(x) < width / 6 && z > 0 && z < depth / 4,
    ])
  specs.push([
    'basivertebral',
    basivertebral,
    (x, y, z) => z < min[2] + near && Math.abs(x) < 4 && Math.abs(y) < 4,
  ])
  // Segmental veins enter the lateral and anterolateral walls around mid-height.
  const segmental = (y: number, z: number) =>
    Math.abs(y) < C.segmentalHalfHeightMm && z > -0.1 * depth && z < 0.35 * depth
  specs.push(['segmental', left, (x, y, z) => x > max[0] - near && segmental(y, z)])
  specs.push(['segmental', right, (x, y, z) => x < min[0] + near && segmental(y, z)])

  const portOfCell = new Int16Array(grid.inside.length).fill(-1)
  const ports: ExitPort[] = []
  for (const [route, conductance, test] of specs) {
    const cells: number[] = []
    const sum = [0, 0, 0]
    for (let index = 0; index < grid.inside.length; index++) {
      if (!grid.boundary[index] || portOfCell[index] !== -1) continue
      const c = cellCentre(grid, index)
      if (!test(c[0], c[1], c[2], index)) continue
      cells.push(index)
      for (let a = 0; a < 3; a++) sum[a] = (sum[a] as number) + (c[a] as number)
    }
    if (cells.length === 0) continue
    for (const index of cells) portOfCell[index] = ports.length
    const positionMm = sum.map((s) => s / cells.length) as [number, number, number]
    ports.push({ route, positionMm, conductance, cells })
  }
  return { ports, portOfCell }
}
