/**
 * A faint outline of the back around the fractured level, for the procedure chapters: the skin
 * and the two erector spinae muscles, lofted through cross-sections placed at each nearby
 * vertebra, so they follow the spine's curve. Depths come from each level's own arch (canal and
 * spinous process) plus a thin layer of soft tissue; the shapes are model choices for an
 * illustration, not measurements. Vertex alpha fades the sheets out at their edges.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three'
import type { SagittalPose } from '../anatomy/column.ts'
import type { VertebraDimensions } from '../anatomy/levels.ts'

/** One cross-section: a level's dimensions and its pose in the frame the outline is built in. */
export interface BackSection {
  dims: VertebraDimensions
  pose: SagittalPose
}

/** Soft tissue over the spinous processes, mm (model choice: a slim older adult). */
const TISSUE_OVER_SPINE_MM = { thoracic: 12, lumbar: 16 } as const
/** Half-width of the skin sheet, mm. */
const SKIN_HALF_WIDTH_MM = 125
const SKIN_COLUMNS = 40
const MUSCLE_POINTS = 24

/** Depth of the skin at the midline behind the body's centre (positive, mm). */
export function skinDepthMm(dims: VertebraDimensions): number {
  const spinousReach = dims.spinousLengthMm * Math.cos((dims.spinousSlopeDeg * Math.PI) / 180)
  return dims.bodyDepthMm / 2 + dims.canalDepthMm + spinousReach + TISSUE_OVER_SPINE_MM[dims.region]
}

/** The skin's cross-section at one level, as (x, z) in the level's frame: the paraspinal bulges, then the flanks curving forward. */
function skinProfile(dims: VertebraDimensions, x: number): number {
  const ax = Math.abs(x)
  const bulge = (dims.region === 'lumbar' ? 9 : 6) * Math.exp(-(((ax - 40) / 28) ** 2))
  const flank = 35 * (Math.max(0, ax - 60) / 80) ** 2
  return -skinDepthMm(dims) - bulge + flank
}

/** One muscle's cross-section: an ellipse in the gutter between the spinous and transverse processes. */
function muscleProfile(dims: VertebraDimensions, side: 1 | -1, angle: number): [number, number] {
  const deep = dims.bodyDepthMm / 2 + dims.canalDepthMm * 0.8
  const shallow = skinDepthMm(dims) - 4
  const rx = dims.region === 'lumbar' ? 24 : 18
  const cx = side * (dims.region === 'lumbar' ? 36 : 30)
  const cz = -(deep + shallow) / 2
  const rz = (shallow - deep) / 2
  return [cx + rx * Math.cos(angle), cz + rz * Math.sin(angle)]
}

/** A grid of rows (one per section) × columns, placed by each section's pose, with vertex alpha. */
function loft(
  sections: readonly BackSection[],
  columns: number,
  closed: boolean,
  point: (dims: VertebraDimensions, column: number) => [number, number],
  alpha: (row: number, column: number) => number,
): BufferGeometry {
  const positions: number[] = []
  const colors: number[] = []
  sections.forEach(({ dims, pose }, row) => {
    const c = Math.cos(pose.angleRad)
    const s = Math.sin(pose.angleRad)
    for (let j = 0; j < columns; j++) {
      const [x, z] = point(dims, j)
      positions.push(x, -z * s + pose.yMm, z * c + pose.zMm)
      colors.push(1, 1, 1, alpha(row, j))
    }
  })
  const indices: number[] = []
  const spans = closed ? columns : columns - 1
  for (let r = 0; r < sections.length - 1; r++) {
    for (let j = 0; j < spans; j++) {
      const a = r * columns + j
      const b = r * columns + ((j + 1) % columns)
      indices.push(a, b, a + columns, b, b + columns, a + columns)
    }
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3))
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 4))
  geometry.setIndex(indices)
  geometry.computeVertexNormals()
  return geometry
}

/** Fades to nothing at the first and last rows (the cut ends of the outline). */
const rowFade = (rows: number) => (row: number) => Math.sin((Math.PI * row) / (rows - 1)) ** 0.7

/** The skin of the back across `sections` (cranial order either way). Caller disposes. */
export function skinGeometry(sections: readonly BackSection[]): BufferGeometry {
  const fade = rowFade(sections.length)
  const x = (j: number) => -SKIN_HALF_WIDTH_MM + (2 * SKIN_HALF_WIDTH_MM * j) / (SKIN_COLUMNS - 1)
  return loft(
    sections,
    SKIN_COLUMNS,
    false,
    (dims, j) => [x(j), skinProfile(dims, x(j))],
    (row, j) => fade(row) * Math.min(1, (SKIN_HALF_WIDTH_MM - Math.abs(x(j))) / 35),
  )
}

/** One erector spinae (`side` 1: the patient's left, +x). Caller disposes. */
export function muscleGeometry(sections: readonly BackSection[], side: 1 | -1): BufferGeometry {
  const fade = rowFade(sections.length)
  return loft(
    sections,
    MUSCLE_POINTS,
    true,
    (dims, j) => muscleProfile(dims, side, (2 * Math.PI * j) / MUSCLE_POINTS),
    (row) => fade(row),
  )
}
