/**
 * Stacks the sacrum, L5 … T1 and their discs into a column with its normal sagittal curve. Each
 * vertebra sits on the disc below, whose front and back heights (levels.ts) tilt it; each body's
 * own wedge tilts the next. Lumbar lordosis and thoracic kyphosis come out of those published
 * heights rather than being imposed. A fracture changes the fractured body's heights, so the
 * column above it tilts forward by the new local kyphosis and the discs follow.
 */
import { type Fracture, fracturedHeights, WALL_MARGIN_MM } from './fracture.ts'
import { LEVELS, type Level, levelDimensions, SACRUM_ENDPLATE, type VertebraDimensions } from './levels.ts'

/** A rigid placement in the sagittal plane: rotate about +x (positive tips +y towards +z, i.e. forward), then translate. */
export interface SagittalPose {
  angleRad: number
  yMm: number
  zMm: number
}

export type ColumnPart = Level | 'S'

/** Sacral slope: the S1 endplate's tilt from horizontal, about 40° (model choice, in the usual 30–50° range). */
export const SACRAL_SLOPE_DEG = 40

export interface FractureAt {
  level: Level
  fracture: Fracture
}

export function composePoses(a: SagittalPose, b: SagittalPose): SagittalPose {
  const [y, z] = applyPose(a, b.yMm, b.zMm)
  return { angleRad: a.angleRad + b.angleRad, yMm: y, zMm: z }
}

export function invertPose(p: SagittalPose): SagittalPose {
  const c = Math.cos(-p.angleRad)
  const s = Math.sin(-p.angleRad)
  return { angleRad: -p.angleRad, yMm: -(p.yMm * c - p.zMm * s), zMm: -(p.yMm * s + p.zMm * c) }
}

/** Local (y, z) → parent (y, z). */
export function applyPose(p: SagittalPose, y: number, z: number): [number, number] {
  const c = Math.cos(p.angleRad)
  const s = Math.sin(p.angleRad)
  return [y * c - z * s + p.yMm, y * s + z * c + p.zMm]
}

const rotation = (angleRad: number): SagittalPose => ({ angleRad, yMm: 0, zMm: 0 })
const lift = (yMm: number): SagittalPose => ({ angleRad: 0, yMm, zMm: 0 })

/**
 * The frame of a body's upper or lower endplate, in the vertebra's frame: origin at the
 * endplate's centre, +y pointing away from the body (up for 'top', down for 'bottom' is NOT used:
 * both frames keep +y cranial so discs can be stacked).
 */
export function endplateFrame(
  dims: VertebraDimensions,
  side: 'top' | 'bottom',
  fracture?: Fracture,
): SagittalPose {
  const h = fracturedHeights(dims, fracture)
  const span = dims.bodyDepthMm - 2 * WALL_MARGIN_MM
  const slope = (h.anteriorMm - h.posteriorMm) / 2 / span
  const centre = (h.anteriorMm + h.posteriorMm) / 4
  return side === 'top'
    ? { angleRad: -Math.atan(slope), yMm: centre, zMm: 0 }
    : { angleRad: Math.atan(slope), yMm: -centre, zMm: 0 }
}

/**
 * Where a vertebra sits on the part below it: its pose in the frame of the part below, given
 * that part's upper endplate frame (`belowTop`, in the same frame) and depth. The disc under the
 * vertebra is a wedge of its front and back heights (measured at the edges) over the endplates' depth.
 */
export function seatOn(
  dims: VertebraDimensions,
  belowTop: SagittalPose,
  belowDepthMm: number,
  fracture?: Fracture,
): SagittalPose {
  const span = (dims.bodyDepthMm + belowDepthMm) / 2
  const wedge = Math.atan((dims.discBelowAnteriorMm - dims.discBelowPosteriorMm) / span)
  const discMid = (dims.discBelowAnteriorMm + dims.discBelowPosteriorMm) / 2
  const onDisc = [rotation(-wedge / 2), lift(discMid), rotation(-wedge / 2)].reduce(composePoses, belowTop)
  return composePoses(onDisc, invertPose(endplateFrame(dims, 'bottom', fracture)))
}

/**
 * The intact pose of the vertebra `upper` in the frame of the part below it (`lower`: its
 * dimensions, or 'S' for the sacrum, whose frame is its endplate's). The facet joints and rib
 * heads, which belong to two neighbours at once, are built with it.
 */
export function poseOnBelow(upper: VertebraDimensions, lower: VertebraDimensions | 'S'): SagittalPose {
  return lower === 'S'
    ? seatOn(upper, rotation(0), SACRUM_ENDPLATE.depthMm)
    : seatOn(upper, endplateFrame(lower, 'top'), lower.bodyDepthMm)
}

/** Where each part of the column sits, in a frame with its origin at the centre of S1's endplate. */
export function layoutColumn(fractureAt?: FractureAt): Record<ColumnPart, SagittalPose> {
  const poses = {} as Record<ColumnPart, SagittalPose>
  // The sacrum: its endplate faces forward and up at the sacral slope.
  poses.S = rotation((SACRAL_SLOPE_DEG * Math.PI) / 180)
  let below: SagittalPose = poses.S // frame of the endplate the next disc rests on
  let belowDepthMm = SACRUM_ENDPLATE.depthMm
  for (const level of [...LEVELS].reverse()) {
    const dims = levelDimensions(level)
    const fracture = fractureAt?.level === level ? fractureAt.fracture : undefined
    poses[level] = seatOn(dims, below, belowDepthMm, fracture)
    below = composePoses(poses[level], endplateFrame(dims, 'top', fracture))
    belowDepthMm = dims.bodyDepthMm
  }
  return poses
}
