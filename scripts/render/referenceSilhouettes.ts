/**
 * Our lumbar vertebrae held against the reference silhouettes (tests/fixtures/silhouettes/: the
 * mean shape of L2–L5 of Clouthier 2023's statistical shape model, from above, the side and
 * behind). Each level is ray-marched with the views of renderField.ts, unshaded, and compared by
 * silhouette.ts's measure: crop to the bounding box, scale to 200 × 200, intersection over union.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Level } from '../../src/anatomy/levels.ts'
import { vertebraField } from '../../src/anatomy/vertebraField.ts'
import { decodePng } from './png.ts'
import { render, type SceneObject } from './rayMarch.ts'
import { iou, type Silhouette, silhouette } from './silhouette.ts'
import { VIEWS } from './views.ts'

export const REFERENCE_LEVELS = ['L2', 'L3', 'L4', 'L5'] as const satisfies readonly Level[]
export const REFERENCE_VIEWS = ['superior', 'lateral', 'posterior'] as const
export type ReferenceLevel = (typeof REFERENCE_LEVELS)[number]
export type ReferenceView = (typeof REFERENCE_VIEWS)[number]

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'silhouettes')

/**
 * How far the reference's frame is turned from the vertebra's own (degrees about the left–right
 * axis; positive: the front down). The fixtures' L2–L4 stand in their own frames, as their
 * endplates show (both level within 3°), but L5's endplates slope down to the front by 10° (upper)
 * and 17.5° (lower) in its lateral silhouette: its frame is turned 14° (the mean), about as L5
 * sits under L4 in a lordotic column. So L5 is compared in that frame; the own-frame figure is
 * reported beside it (docs/ANATOMY.md).
 */
export const REFERENCE_TILT_DEG: Record<ReferenceLevel, number> = { L2: 0, L3: 0, L4: 0, L5: 14 }

/** The reference silhouette of a level and view, from the fixtures. */
export function referenceSilhouette(level: ReferenceLevel, view: ReferenceView): Silhouette {
  return silhouette(decodePng(readFileSync(join(FIXTURE_DIR, `${level}-${view}.png`))))
}

/** A level's intact field as a scene object, turned by `tiltDeg` (front down) about the x axis. */
export function tiltedVertebra(level: Level, tiltDeg: number): SceneObject {
  const field = vertebraField(level)
  const c = Math.cos((tiltDeg * Math.PI) / 180)
  const s = Math.sin((tiltDeg * Math.PI) / 180)
  // A box that holds the turned vertebra: the field's box, turned, then boxed again.
  const { min, max } = field.bounds
  const corners = [0, 1, 2, 3].map((k) => {
    const y = k & 1 ? max[1] : min[1]
    const z = k & 2 ? max[2] : min[2]
    return [c * y - s * z, s * y + c * z] as const
  })
  return {
    // World (y, z) → the vertebra's frame: the inverse turn.
    distance: (x, y, z) => field.distance(x, c * y + s * z, -s * y + c * z),
    min: [min[0], Math.min(...corners.map((p) => p[0])), Math.min(...corners.map((p) => p[1]))],
    max: [max[0], Math.max(...corners.map((p) => p[0])), Math.max(...corners.map((p) => p[1]))],
    colour: [236, 226, 200],
  }
}

/** Our silhouette of a level from a view, in the reference's frame, rendered at `size` px. */
export function ourSilhouette(
  level: ReferenceLevel,
  view: ReferenceView,
  size: number,
  tiltDeg = REFERENCE_TILT_DEG[level],
): Silhouette {
  const image = render({ objects: [tiltedVertebra(level, tiltDeg)], ...VIEWS[view], size, flat: true })
  return silhouette(image)
}

/** Intersection over union of our silhouette and the reference's, for one level and view. */
export function silhouetteIou(
  level: ReferenceLevel,
  view: ReferenceView,
  size: number,
  tiltDeg?: number,
): number {
  return iou(ourSilhouette(level, view, size, tiltDeg), referenceSilhouette(level, view))
}
