/**
 * The morphometry drawn over the fractured vertebra in the height overlay, in its mid-sagittal plane
 * (vertebra frame, mm; y cranial, z anterior): the anterior, middle and posterior heights as bars
 * (where a radiograph measures them, 4 mm inside the walls), the endplates through their ends, and
 * the wedge angle between the endplates, drawn at the posterior-superior corner.
 */
import { WALL_MARGIN_MM } from '../anatomy/fracture.ts'
import { type Heights, kyphoticAngleDeg } from '../sim/fracture.ts'

export type Point = [number, number, number]

export interface HeightDiagram {
  /** Pairs of points: the three bars, then the upper and lower endplates. */
  segments: Point[]
  /** The angle's two arms from the corner (start, end), and its arc as a polyline. */
  arms: [[Point, Point], [Point, Point]]
  arc: Point[]
  /** Where to write the angle. */
  labelAt: Point
  /** The angle between the endplates as the simulation measures it, degrees (positive: the front is lower). */
  angleDeg: number
}

/** Radius of the angle's arc, mm, and how far past the front wall the arms reach. */
const ARC_MM = 12
const ARM_OVERHANG_MM = 6
const ARC_STEPS = 16

export function heightDiagram(heights: Heights, bodyDepthMm: number): HeightDiagram {
  const inner = bodyDepthMm / 2 - WALL_MARGIN_MM
  const stations: Array<[number, number]> = [
    [inner, heights.anterior],
    [0, heights.middle],
    [-inner, heights.posterior],
  ]
  const segments: Point[] = []
  for (const [z, h] of stations) segments.push([0, -h / 2, z], [0, h / 2, z])
  segments.push([0, heights.anterior / 2, inner], [0, heights.posterior / 2, -inner])
  segments.push([0, -heights.anterior / 2, inner], [0, -heights.posterior / 2, -inner])
  // The endplates are symmetric about the mid-plane, so the arms sit at ±half the angle from it:
  // the upper falls towards the front and the lower rises, as the front shortens. The angle is the
  // simulation's (within a degree of the two drawn endplates' own: they are measured, not fitted).
  const angleDeg = kyphoticAngleDeg(heights, bodyDepthMm)
  const half = (angleDeg * Math.PI) / 360
  const corner: Point = [0, heights.posterior / 2, -inner]
  const along = (a: number, length: number): Point => [
    0,
    corner[1] + length * Math.sin(a),
    corner[2] + length * Math.cos(a),
  ]
  const reach = 2 * inner + ARM_OVERHANG_MM
  const a0 = -half
  const a1 = half
  const arc: Point[] = []
  for (let i = 0; i <= ARC_STEPS; i++) {
    const a = a0 + ((a1 - a0) * i) / ARC_STEPS
    arc.push([0, corner[1] + ARC_MM * Math.sin(a), corner[2] + ARC_MM * Math.cos(a)])
  }
  const mid = (a0 + a1) / 2
  return {
    segments,
    arms: [
      [corner, along(a0, reach)],
      [corner, along(a1, reach)],
    ],
    arc,
    labelAt: [0, corner[1] + (ARC_MM + 7) * Math.sin(mid), corner[2] + (ARC_MM + 7) * Math.cos(mid)],
    angleDeg,
  }
}
