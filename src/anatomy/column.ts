/**
 * Stacks the sacrum, L5 … T1 and their discs into a column with its normal sagittal curve. Each
 * vertebra sits on the disc below, whose front and back heights (levels.ts) tilt it; each body's
 * own wedge tilts the next. Lumbar lordosis and thoracic kyphosis come out of those published
 * heights rather than being imposed. A fracture changes the fractured body's heights, so the
 * column above it tilts forward by the new local kyphosis and the discs follow.
 */
import { type Fracture, fracturedHeights, WALL_MARGIN_MM } from './fracture.ts'
import { LEVELS, type Level, levelDimensions, type VertebraDimensions } from './levels.ts'
import { SACRUM_ENDPLATE } from './sacrumField.ts'

/** A rigid placement in the sagittal plane: rotate about +x (positive tips +y towards +z, i.e. forward), then translate. */
export interface SagittalPose {
  angleRad: number
  yMm: number
  zMm: number
}

export type ColumnPart = Level | 'S'

/** Sacral slope: the S1 endplate's tilt from horizontal, about 40° (CLINICAL.md §7). */
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
    // The disc under this level: a wedge of its front and back heights (measured at the edges)
    // over the endplates' depth.
    const span = (dims.bodyDepthMm + belowDepthMm) / 2
    const wedge = Math.atan((dims.discBelowAnteriorMm - dims.discBelowPosteriorMm) / span)
    const discMid = (dims.discBelowAnteriorMm + dims.discBelowPosteriorMm) / 2
    const onDisc = [rotation(-wedge / 2), lift(discMid), rotation(-wedge / 2)].reduce(composePoses, below)
    poses[level] = composePoses(onDisc, invertPose(endplateFrame(dims, 'bottom', fracture)))
    below = composePoses(poses[level], endplateFrame(dims, 'top', fracture))
    belowDepthMm = dims.bodyDepthMm
  }
  return poses
}
