/**
 * Where the instruments go: transpedicular needles entering at the pedicles' posterior ends (from
 * anatomy/) with their tips in the anterior third of the body (CLINICAL.md §4), and for
 * kyphoplasty the balloon along the last part of each needle and the cavity it leaves.
 */
import type { VertebraDimensions } from '../anatomy/levels.ts'
import { archParts } from '../anatomy/posteriorElements.ts'
import { CALIBRATION as C } from './calibration.ts'
import { type CellGrid, cellCentre, type Vec3 } from './cellGrid.ts'
import type { Approach, Procedure } from './scenarioFields.ts'

export interface Needle {
  /** Where the needle enters the bone (the pedicle's posterior end), mm. */
  entryMm: Vec3
  /** Final tip position, mm. */
  tipMm: Vec3
  /** Entry to tip, mm. */
  lengthMm: number
}

export interface Instruments {
  needles: Needle[]
  /** Kyphoplasty: each balloon's centre, on its needle's axis; empty for vertebroplasty. */
  balloonCentresMm: Vec3[]
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const norm = (a: Vec3) => Math.hypot(a[0], a[1], a[2])

/** Needle paths for a procedure, approach and balloon length (mm). */
export function instruments(
  dims: VertebraDimensions,
  procedure: Procedure,
  approach: Approach,
  balloonMm: number,
): Instruments {
  const end = archParts(dims).pedicleEnd
  const halfDepth = dims.bodyDepthMm / 2
  const sides = approach === 'bipedicular' ? [1, -1] : [1]
  // Anterior third: the tip sits 0.45 of the half-depth in front of the centre; a single needle
  // is angled to reach the midline, two stop either side of it (model choices within CLINICAL.md §4).
  const tipZ = halfDepth * (procedure === 'kyphoplasty' ? 0.55 : 0.45)
  const tipX = approach === 'bipedicular' ? dims.bodyWidthMm * C.bipedicularTipShare : 0
  const needles: Needle[] = sides.map((side) => {
    const entryMm: Vec3 = [end[0] * side, end[1], end[2]]
    const tipMm: Vec3 = [tipX * side, 0, tipZ]
    return { entryMm, tipMm, lengthMm: norm(sub(tipMm, entryMm)) }
  })
  const balloonCentresMm =
    procedure === 'kyphoplasty'
      ? needles.map(({ entryMm, tipMm, lengthMm }) => {
          const back = balloonMm / 2 / lengthMm
          return [0, 1, 2].map(
            (a) => (tipMm[a] as number) - ((tipMm[a] as number) - (entryMm[a] as number)) * back,
          ) as unknown as Vec3
        })
      : []
  return { needles, balloonCentresMm }
}

/**
 * Cells emptied by the balloons: an ellipsoid per balloon along its needle, `lengthMm` long,
 * as wide as its volume requires (V = π/6 · L · D²). The shell's boundary cells stay bone: the
 * cortex holds.
 */
export function cavityMask(
  grid: CellGrid,
  tools: Instruments,
  lengthMm: number,
  volumeMl: number,
): Uint8Array {
  const mask = new Uint8Array(grid.inside.length)
  const a = lengthMm / 2
  const b = Math.sqrt((6 * volumeMl * 1000) / (Math.PI * lengthMm)) / 2
  tools.balloonCentresMm.forEach((centre, n) => {
    const needle = tools.needles[n] as Needle
    const d = sub(needle.tipMm, needle.entryMm)
    const len = norm(d)
    const dir: Vec3 = [d[0] / len, d[1] / len, d[2] / len]
    for (let index = 0; index < mask.length; index++) {
      if (!grid.inside[index] || grid.boundary[index]) continue
      const r = sub(cellCentre(grid, index) as unknown as Vec3, centre)
      const u = r[0] * dir[0] + r[1] * dir[1] + r[2] * dir[2]
      const radial2 = r[0] ** 2 + r[1] ** 2 + r[2] ** 2 - u * u
      if ((u / a) ** 2 + radial2 / (b * b) <= 1) mask[index] = 1
    }
  })
  return mask
}

/** Volume of a cavity mask, mL. */
export function cavityVolumeMl(grid: CellGrid, cavity: Uint8Array): number {
  let cells = 0
  for (let i = 0; i < cavity.length; i++) cells += cavity[i] as number
  return (cells * grid.cellMm ** 3) / 1000
}
