/**
 * The sections the story cuts through the fractured vertebra once the needle is in, as medical
 * animations do:
 * - the side: a plane through the first needle's axis, upright (it holds the craniocaudal axis),
 *   the half on the needle's side — the side the close-ups look from — taken away. The needle then
 *   lies on the cut face along its whole length, the balloon and cement are seen in the body among
 *   cut cancellous bone, not through a veil;
 * - the arch: while the work is inside the body (balloon, cavity, cement), a coronal plane just
 *   behind the body takes the posterior arch away too, so the body the story is about fills the
 *   picture (the arch stays as a glaze, FracturedVertebra.tsx).
 * Each sweeps in from outside the bone (`amount` 0 → 1), so the cut is seen being made.
 */
import { type Plane, Vector3 } from 'three'
import type { VertebraDimensions } from '../anatomy/levels.ts'
import type { ChapterId } from '../playback/story.ts'
import type { Needle } from '../sim/instruments.ts'

/** How far out the side's plane starts its sweep, mm: beyond every part of the vertebra on that side. */
const SIDE_SWEEP_MM = 70
/** Where the arch's plane starts, behind the body, mm: beyond the tip of the longest spinous process. */
const ARCH_SWEEP_MM = 110
/** The arch's cut lies this far behind the body's back wall, mm: the pedicles' roots stay. */
const ARCH_CUT_MM = 7

/** Chapters in which the arch is cut away: the work is inside the body. */
const ARCH_CHAPTERS: readonly ChapterId[] = ['balloon', 'cavity', 'cement']

export function archCutIn(chapter: ChapterId): boolean {
  return ARCH_CHAPTERS.includes(chapter)
}

const _axis = new Vector3()
const _up = new Vector3(0, 1, 0)
const _point = new Vector3()
const _normal = new Vector3()

/**
 * The side's plane in the vertebra's frame, `amount` of the way in (0: outside the bone, nothing
 * cut; 1: through the needle's axis). three.js keeps the side the normal points to, so the normal
 * points away from the needle's side. Written into `out`.
 */
export function sidePlane(needle: Needle, amount: number, out: Plane): Plane {
  _axis.fromArray(needle.tipMm).sub(_point.fromArray(needle.entryMm)).normalize()
  _normal.crossVectors(_axis, _up).normalize()
  // Away from the side the needle comes in from (its entry's side of the midline).
  if (_normal.x * (needle.entryMm[0] >= 0 ? 1 : -1) > 0) _normal.negate()
  _point.fromArray(needle.entryMm).addScaledVector(_normal, -(1 - amount) * SIDE_SWEEP_MM)
  return out.setFromNormalAndCoplanarPoint(_normal, _point)
}

/** The arch's plane in the vertebra's frame (keeps what lies in front of it), `amount` of the way in. */
export function archPlane(dims: VertebraDimensions, amount: number, out: Plane): Plane {
  const z = -dims.bodyDepthMm / 2 - ARCH_CUT_MM - (1 - amount) * ARCH_SWEEP_MM
  return out.set(_normal.set(0, 0, 1), -z)
}
