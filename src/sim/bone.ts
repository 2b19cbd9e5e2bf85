/**
 * Trabecular bone on the cell grid: permeability (relative to osteoporotic bone at T-score −2.5,
 * 4.45 / 3.44 ×10⁻⁸ m² SI / AP, Baroud 2004), porosity, and each cell's random
 * entry threshold. Seeded, so one seed is one patient's bone.
 */
import { CALIBRATION as C } from './calibration.ts'
import { type CellGrid, cellCentre, insideExtent } from './cellGrid.ts'
import type { CorticalBreach } from './exits.ts'
import type { Random } from './random.ts'
import type { Veins } from './veins.ts'

export interface Bone {
  /** Horizontal permeability per cell, relative (1 = reference osteoporotic bone; 0 outside). */
  permeability: Float32Array
  /** Vertical over horizontal permeability (Baroud 2004). */
  verticalAnisotropy: number
  /** Pore fraction per cell, 0–1 (1 in a cavity or cleft). */
  porosity: Float32Array
  /** Uniform [0, 1) entry threshold per cell: where a thin cement fingers first. */
  threshold: Float32Array
}

export interface BoneOptions {
  tScore: number
  cleft: boolean
  /** The patient's veins: how far the basivertebral and segmental channels reach into the body. */
  veins: Veins
  /** 1 for cells emptied by a balloon (kyphoplasty), else 0. */
  cavity?: Uint8Array
  /** The fracture line that leads to a cortical breach, if any (see `crackTest`). */
  breach?: CorticalBreach
}

/**
 * The fracture line behind a cortical breach: a thin band of broken, more permeable bone from the
 * middle of the body to the defect (model choice: cement follows fracture lines to the breach).
 * Inputs are a cell centre and the inside extent's half-sizes, mm.
 */
export function crackTest(
  breach: CorticalBreach,
  x: number,
  y: number,
  z: number,
  half: readonly number[],
  h: number,
): boolean {
  const band = Math.max(1.5, h)
  const [hx, hy, hz] = half as [number, number, number]
  if (breach === 'anterior') return Math.abs(y) < band && z > 0 && Math.abs(x) < hx / 3
  if (breach === 'lateral') return Math.abs(y) < band && x > 0 && Math.abs(z) < hz / 3
  if (breach === 'posterior') return Math.abs(y - hy / 3) < band && z < hz / 3 && Math.abs(x) < 6
  if (breach === 'endplate') return Math.abs(z - hz / 6) < band && y > 0 && Math.abs(x) < hx / 2
  return false
}

/** Kozeny–Carman: permeability ∝ φ³ / (1 − φ)² (porosity predicts permeability: Widmer & Ferguson 2013). */
function kozenyCarman(porosity: number): number {
  return porosity ** 3 / (1 - porosity) ** 2
}

/** Porosity from the T-score (model choice within an unconfirmed 80–95 %). */
export function porosityFromTScore(tScore: number): number {
  return Math.min(0.95, Math.max(0.8, C.porosityAtTScore0 + C.porosityPerTScore * tScore))
}

/** Build one patient's bone on `grid`, drawing heterogeneity from `rng`. */
export function bone(grid: CellGrid, options: BoneOptions, rng: Random): Bone {
  const n = grid.inside.length
  const permeability = new Float32Array(n)
  const porosity = new Float32Array(n)
  const threshold = new Float32Array(n)
  const phi = porosityFromTScore(options.tScore)
  const kBase = kozenyCarman(phi) / kozenyCarman(C.referencePorosity)
  const { min, max } = insideExtent(grid)
  const depthMm = max[2] - min[2]
  const widthMm = max[0] - min[0]
  const h = grid.cellMm
  const half = [0, 1, 2].map((a) => ((max[a] as number) - (min[a] as number)) / 2)
  const cavity = options.cavity
  // The fracture line and the basivertebral channels stay open through the bone a balloon
  // compacts: cement that overfills the cavity can still follow them to a breach or the vein.
  const open = new Uint8Array(n)
  // Cells of a venous channel, while its permeability is still the vein's: the front enters a
  // vein's lumen at a lower threshold (below).
  const vein = new Uint8Array(n)
  // The basivertebral veins: from the posterior foramen, one runs forward in the midline and two
  // branch forward-laterally; the segmental veins' tributaries run in from the lateral walls at
  // mid-height, in the anterior half (a simplified intraosseous venous tree: model choice). How
  // far each reaches differs between patients (veins.ts).
  const foramenZ = min[2]
  const reachZ = min[2] + options.veins.basivertebral.reach * depthMm
  const spreadX = (C.veinBranchSpread * widthMm) / 2
  const radius = C.veinRadiusCells * h
  const segmentalZ = C.segmentalChannelZ * depthMm
  const [left, right] = options.veins.segmental
  const leftX = max[0] - left.reach * (widthMm / 2)
  const rightX = min[0] + right.reach * (widthMm / 2)
  const band = Math.max(1.5, h)
  const inCleft = (x: number, y: number, z: number) =>
    Math.abs(y) < band && z > -depthMm / 6 && z < depthMm / 3 && Math.abs(x) < widthMm / 3
  const onBasivertebral = (x: number, y: number, z: number) =>
    Math.abs(y) < radius &&
    z <= reachZ &&
    [0, spreadX, -spreadX].some((ex) => Math.abs(x - (ex * (z - foramenZ)) / (reachZ - foramenZ)) < radius)
  const onSegmental = (x: number, y: number, z: number) =>
    Math.abs(y) < radius && Math.abs(z - segmentalZ) < radius && (x >= leftX || x <= rightX)
  for (let index = 0; index < n; index++) {
    if (!grid.inside[index]) continue
    // Draw for every inside cell in the same order whatever the options, so that two scenarios
    // with one seed differ only where their options differ.
    const noise = Math.exp(
      C.permeabilityLogSd * rng.normal() - (C.permeabilityLogSd * C.permeabilityLogSd) / 2,
    )
    threshold[index] = rng.next()
    const [x, y, z] = cellCentre(grid, index)
    let k = kBase * noise
    let p = phi
    // The basivertebral trunk stays open beside a balloon; the small segmental tributaries are
    // compacted with the bone around them (model choice: kyphoplasty's seen leaks are fewer).
    if (onBasivertebral(x, y, z)) {
      k *= C.veinChannelPermeability
      open[index] = 1
      vein[index] = BASIVERTEBRAL
    } else if (onSegmental(x, y, z)) {
      k *= C.veinChannelPermeability
      vein[index] = TRIBUTARY
    }
    if (options.breach && crackTest(options.breach, x, y, z, half, h)) {
      if (C.crackPermeability * kBase > k) vein[index] = 0
      k = Math.max(k, C.crackPermeability * kBase)
      open[index] = 1
    }
    if (options.cleft && inCleft(x, y, z)) {
      k = C.cleftPermeability * kBase
      p = 1
      vein[index] = 0
    } else if (
      options.cleft &&
      Math.abs(z - depthMm / 8) < band &&
      y > 0 &&
      Math.abs(x) < C.cleftCrackHalfWidth * widthMm
    ) {
      // A cleft's crack through the bone above it to the endplate (where its disc exit is).
      if (C.crackPermeability * kBase > k) vein[index] = 0
      k = Math.max(k, C.crackPermeability * kBase)
      open[index] = 1
    }
    if (cavity?.[index]) {
      k = 1000
      p = 1
      vein[index] = 0
    }
    permeability[index] = k
    porosity[index] = p
  }
  if (cavity) compactAroundCavity(grid, cavity, open, vein, permeability, kBase)
  // A vein is a lumen, not a lattice of trabeculae: the front enters it at a lower threshold.
  // Capillary entry pressure scales as 1 / pore radius and permeability as radius², so the
  // threshold scales as 1 / √(relative permeability): 1/√18 ≈ 0.24 (model choice). Without it the
  // front crept along a basivertebral channel cell by cell at bone's thresholds, so a balloon
  // cavity, which fills in no particular order, opened the vein only as it filled up: kyphoplasty's
  // basivertebral leaks were rare, where Wang 2014 found them the commonest.
  const veinThreshold = C.veinChannelPermeability ** -0.5
  for (let index = 0; index < n; index++)
    if (vein[index]) threshold[index] = (threshold[index] as number) * veinThreshold
  return { permeability, verticalAnisotropy: C.verticalAnisotropy, porosity, threshold }
}

/** `vein` values: a basivertebral channel cell, a segmental tributary cell. */
const BASIVERTEBRAL = 1
const TRIBUTARY = 2

/**
 * The balloon pushes bone aside: a shell of compacted, less permeable bone lines the cavity. The
 * segmental tributaries in it are pressed nearly shut (`vein` is cleared where they are).
 */
function compactAroundCavity(
  grid: CellGrid,
  cavity: Uint8Array,
  open: Uint8Array,
  vein: Uint8Array,
  permeability: Float32Array,
  kBase: number,
): void {
  const [nx, ny, nz] = grid.dims
  const r = Math.max(1, Math.round(C.compactedShellMm / grid.cellMm))
  const mark = new Uint8Array(cavity.length)
  for (let index = 0; index < cavity.length; index++) {
    if (!cavity[index]) continue
    const i = index % nx
    const j = Math.floor(index / nx) % ny
    const k = Math.floor(index / (nx * ny))
    for (let dk = -r; dk <= r; dk++)
      for (let dj = -r; dj <= r; dj++)
        for (let di = -r; di <= r; di++) {
          const a = i + di
          const b = j + dj
          const c = k + dk
          if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) continue
          const m = a + nx * (b + ny * c)
          if (grid.inside[m] && !cavity[m] && !open[m]) mark[m] = 1
        }
  }
  for (let m = 0; m < mark.length; m++) {
    if (!mark[m]) continue
    // Compaction replaces the bone's porosity-driven permeability (so denser bone does not also
    // seal the cavity better) but keeps its heterogeneity: model choice.
    const heterogeneity = (permeability[m] as number) / kBase
    if (vein[m] === TRIBUTARY) {
      // A tributary pressed against the cortex is a channel no more (CALIBRATION).
      permeability[m] = (heterogeneity / C.veinChannelPermeability) * C.compactedTributaryPermeability
      vein[m] = 0
    } else permeability[m] = heterogeneity * C.compactedPermeability
  }
}
