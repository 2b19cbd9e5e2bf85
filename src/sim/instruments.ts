/**
 * Where the instruments go: transpedicular needles along the level's pedicle axis (anatomy/),
 * entering the bone behind the pedicle with their tips in the anterior third of the body, and for
 * kyphoplasty the balloon along the last part of each needle and the cavity it leaves.
 */
import type { VertebraDimensions } from '../anatomy/levels.ts'
import { boneEntry, pedicleAxis, type Side } from '../anatomy/pedicleAxis.ts'
import { type CellGrid, cellCentre, type Vec3 } from './cellGrid.ts'
import type { Approach, Procedure } from './scenarioFields.ts'

export interface Needle {
  /** Where the needle enters the bone (behind the pedicle, on its axis), mm. */
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

/**
 * One needle through the pedicle of `side`. Two needles (bipedicular) follow each pedicle's axis
 * to the anterior third. A single needle (unipedicular) pivots about the pedicle's isthmus, a
 * little lateral of its centre, and is aimed more medially so that its tip reaches the midline
 * (model choices within the route most series describe: tip in the anterior third).
 */
function needle(dims: VertebraDimensions, side: Side, tipZ: number, toMidline: boolean): Needle {
  const axis = pedicleAxis(dims.level, side)
  const d = axis.directionUnit
  const along = (tipZ - axis.isthmusMm[2]) / d[2]
  const onAxis: Vec3 = [axis.isthmusMm[0] + d[0] * along, axis.isthmusMm[1] + d[1] * along, tipZ]
  // Where the pedicle's own axis would leave the body (the lower thoracic pedicles barely
  // converge, T12's diverge), the tip is kept a quarter of the width from the midline at most.
  const reach = Math.abs(onAxis[0])
  // Thoracolumbar and lumbar pedicles are wide enough for a single needle to reach the midline
  // from a little lateral of the isthmus; the narrower mid-thoracic ones stop just short of it.
  const lumbar = dims.region === 'lumbar' || dims.level === 'T11' || dims.level === 'T12'
  const tipX =
    side *
    (toMidline
      ? lumbar
        ? 0
        : dims.bodyWidthMm * 0.05
      : Math.min(Math.max(reach, dims.bodyWidthMm * 0.12), dims.bodyWidthMm * 0.25))
  if (tipX === onAxis[0])
    return { entryMm: axis.entryMm, tipMm: onAxis, lengthMm: norm(sub(onAxis, axis.entryMm)) }
  // Otherwise the needle pivots about the isthmus (a single needle, a little lateral of its
  // centre, to leave room for its steeper medial angle).
  const pivot: Vec3 = [
    axis.isthmusMm[0] + side * axis.widthMm * (toMidline && lumbar ? 0.12 : 0),
    axis.isthmusMm[1],
    axis.isthmusMm[2],
  ]
  const tipMm: Vec3 = [tipX, onAxis[1], tipZ]
  const path = sub(tipMm, pivot)
  const unit: Vec3 = [path[0] / norm(path), path[1] / norm(path), path[2] / norm(path)]
  const entryMm = boneEntry(dims.level, pivot, unit)
  return { entryMm, tipMm, lengthMm: norm(sub(tipMm, entryMm)) }
}

/** Needle paths for a procedure, approach and balloon length (mm). */
export function instruments(
  dims: VertebraDimensions,
  procedure: Procedure,
  approach: Approach,
  balloonMm: number,
): Instruments {
  const halfDepth = dims.bodyDepthMm / 2
  // Anterior third: the tip sits 0.45 (VP) or 0.55 (BKP, the balloon behind it) of the half-depth
  // in front of the centre.
  const tipZ = halfDepth * (procedure === 'kyphoplasty' ? 0.55 : 0.45)
  const sides: Side[] = approach === 'bipedicular' ? [1, -1] : [1]
  const needles = sides.map((side) => needle(dims, side, tipZ, approach !== 'bipedicular'))
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
