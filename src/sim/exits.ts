/**
 * Where cement can leave the vertebral body. The cortical shell is closed except at these ports
 * (routes after Yeom 2003): the basivertebral vein at the posterior centre,
 * segmental veins on the lateral walls, a cortical defect at an anterior or lateral breach, the
 * disc through a broken endplate or a cleft, and the spinal canal through a posterior wall breach.
 */
import { CALIBRATION as C } from './calibration.ts'
import { type CellGrid, cellCentre, insideExtent } from './cellGrid.ts'
import type { Random } from './random.ts'
import { type Veins, veins } from './veins.ts'

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
  /**
   * Cement this exit holds inside the bone before any lies outside it, mL: a vein's passage through
   * the cortex, a cleft's crack through the endplate (`CALIBRATION.exitPassageMl`); 0 for a defect.
   */
  passageMl: number
  cells: number[]
}

export interface Exits {
  ports: ExitPort[]
  /** For each cell, the index of its port in `ports`, or −1. */
  portOfCell: Int16Array
}

type Predicate = (x: number, y: number, z: number, index: number) => boolean
/** A defect is an opening; a vein or a cleft's crack is a narrow passage that fills first. */
type Spec = [route: LeakRoute, conductance: number, test: Predicate, passageMl?: number]

/**
 * Lay out the exit ports of one patient, with the conductances of `patient`'s veins (veins.ts).
 * Given a seeded stream instead, the patient's veins are drawn from it first, as `run` draws them
 * (so `exits(grid, breach, cleft, random(seed))` is that seed's patient).
 */
export function exits(
  grid: CellGrid,
  breach: CorticalBreach,
  cleft: boolean,
  patientOrRng: Veins | Random,
): Exits {
  const patient = 'next' in patientOrRng ? veins(patientOrRng) : patientOrRng
  const { min, max } = insideExtent(grid)
  const [nx, ny] = grid.dims
  const depth = max[2] - min[2]
  const width = max[0] - min[0]
  const basivertebral = patient.basivertebral.conductance
  const [left, right] = patient.segmental.map((s) => s.conductance) as [number, number]
  // Which way a boundary cell's wall faces: its neighbour that way is outside the body. (The walls
  // are curved, and the lumbar posterior wall concave, so a face test finds them where a
  // coordinate limit would not.)
  const strides = [1, nx, nx * ny] as const
  const coordinate = (index: number, axis: number) =>
    axis === 0 ? index % nx : axis === 1 ? Math.floor(index / nx) % ny : Math.floor(index / (nx * ny))
  const faces = (index: number, axis: 0 | 1 | 2, sign: 1 | -1) => {
    const c = coordinate(index, axis) + sign
    return c < 0 || c >= (grid.dims[axis] as number) || !grid.inside[index + sign * strides[axis]]
  }
  const defect = patient.defectConductance * C.defectByBreach[breach]
  const specs: Spec[] = []
  const narrow = C.exitPassageMl
  if (breach === 'anterior')
    specs.push([
      'cortical',
      defect,
      (x, y, _z, i) => faces(i, 2, 1) && Math.abs(y) < 3 && Math.abs(x) < width / 3,
    ])
  if (breach === 'lateral')
    specs.push([
      'cortical',
      defect,
      (x, y, z, i) => x > 0 && faces(i, 0, 1) && Math.abs(y) < 3 && Math.abs(z) < depth / 3,
    ])
  if (breach === 'posterior')
    specs.push(['canal', defect, (x, y, z, i) => z < 0 && faces(i, 2, -1) && y > 2 && Math.abs(x) < 6])
  if (breach === 'endplate')
    specs.push([
      'disc',
      defect,
      (x, _y, z, i) => faces(i, 1, 1) && Math.abs(x) < width / 4 && z > -depth / 6 && z < depth / 4,
    ])
  else if (cleft)
    specs.push([
      'disc',
      patient.cleftDiscConductance,
      (x, _y, z, i) =>
        faces(i, 1, 1) && Math.abs(x) < C.cleftCrackHalfWidth * width && z > 0 && z < depth / 4,
      narrow,
    ])
  specs.push([
    'basivertebral',
    basivertebral,
    (x, y, z, i) => z < 0 && faces(i, 2, -1) && Math.abs(x) < 4 && Math.abs(y) < 4,
    narrow,
  ])
  // Segmental veins enter the lateral and anterolateral walls around mid-height, where their
  // tributaries (bone.ts) leave the body.
  const segmental = (y: number, z: number) =>
    Math.abs(y) < C.segmentalHalfHeightMm && Math.abs(z - C.segmentalChannelZ * depth) < 0.225 * depth
  specs.push(['segmental', left, (x, y, z, i) => x > 0 && faces(i, 0, 1) && segmental(y, z), narrow])
  specs.push(['segmental', right, (x, y, z, i) => x < 0 && faces(i, 0, -1) && segmental(y, z), narrow])

  const portOfCell = new Int16Array(grid.inside.length).fill(-1)
  const ports: ExitPort[] = []
  for (const [route, conductance, test, passageMl = 0] of specs) {
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
    ports.push({ route, positionMm, conductance, passageMl, cells })
  }
  return { ports, portOfCell }
}
