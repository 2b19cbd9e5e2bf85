import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useRef } from 'react'
import { Box3, Matrix4, Vector3 } from 'three'
import type { SagittalPose } from '../anatomy/column.ts'
import type { Level } from '../anatomy/levels.ts'
import type { ChapterId } from '../playback/story.ts'
import { hasCommandModifier, keyBelongsToTarget } from '../state/keyTarget.ts'
import type { CutAxis } from '../state/store.ts'
import type { CaseSide } from './CaseContext.tsx'
import { joinCameraLink } from './cameraLink.ts'
import { CHAPTER_VIEWS, CUT_VIEWS, patientRotationRad } from './chapterViews.ts'
import { prefersReducedMotion } from './reducedMotion.ts'

interface CameraRigProps {
  fractureLevel: Level
  chapter: ChapterId
  /** The fractured vertebra's place in the column: the patient turns about it. */
  pivot: SagittalPose
  /** Compare mode: the cameras of both sides move together; only the main side flies to chapters. */
  linked?: CaseSide | null
  /** In the cut-away, the camera looks square onto the cut instead of following the chapters. */
  cut?: CutAxis | null
}

/** Keyboard steps: a turn per arrow press (rad) and a dolly per +/− press (mm). */
const KEY_TURN_RAD = Math.PI / 18
const KEY_DOLLY_MM = 40

/** Where the orbit target may be panned to, standing: the column from sacrum to T1, with a margin (mm). */
const COLUMN_BOUNDS = new Box3(new Vector3(-120, -140, -220), new Vector3(120, 520, 160))

const _m = new Matrix4()
const _v = new Vector3()

/** A point of the fractured vertebra's frame in the world, with the patient turned by `patientRad`. */
function toWorld(local: readonly number[], pivot: SagittalPose, patientRad: number, out: Vector3): Vector3 {
  _m.makeRotationX(patientRad + pivot.angleRad)
  return out
    .fromArray(local)
    .applyMatrix4(_m)
    .add(_v.set(0, pivot.yMm, pivot.zMm))
}

/** The column's bounds turned with the patient about the pivot. */
function panBounds(pivot: SagittalPose, patientRad: number): Box3 {
  _v.set(0, pivot.yMm, pivot.zMm)
  _m.makeTranslation(_v)
    .multiply(new Matrix4().makeRotationX(patientRad))
    .multiply(new Matrix4().makeTranslation(_v.clone().negate()))
  return COLUMN_BOUNDS.clone().applyMatrix4(_m)
}

/**
 * Orbit, zoom and pan within limits that keep the spine in view. Each chapter (and a new level)
 * flies the camera to that chapter's view of the fractured vertebra — a cut with reduced motion;
 * a drag or wheel interrupts a flight, as CameraControls does.
 */
export function CameraRig({ fractureLevel, chapter, pivot, linked = null, cut = null }: CameraRigProps) {
  const controls = useRef<CameraControls>(null)
  const first = useRef(true)
  const invalidate = useThree((s) => s.invalidate)
  useKeyboardOrbit(controls)
  useEffect(() => {
    const c = controls.current
    if (!c || !linked) return
    return joinCameraLink(c, linked, invalidate)
  }, [linked, invalidate])
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-frame on a new chapter, level or cut, not on a new severity
  useEffect(() => {
    const c = controls.current
    if (!c || linked === 'companion') return
    const patientRad = patientRotationRad(chapter)
    const view = cut ? CUT_VIEWS[cut] : CHAPTER_VIEWS[chapter]
    const eye = toWorld(view.eye, pivot, patientRad, new Vector3())
    const target = toWorld(view.target, pivot, patientRad, new Vector3())
    c.setBoundary(panBounds(pivot, patientRad))
    c.setLookAt(eye.x, eye.y, eye.z, target.x, target.y, target.z, !first.current && !prefersReducedMotion())
    first.current = false
  }, [fractureLevel, chapter, cut])
  return <CameraControls ref={controls} makeDefault minDistance={80} maxDistance={1400} smoothTime={0.45} />
}

/**
 * The view's keys, wherever the focus is (but in a text field): Shift + ← → turn it, ↑ ↓ tilt it,
 * + and − zoom. Plain ← → belong to the player (seek), as in video players.
 */
function useKeyboardOrbit(controls: RefObject<CameraControls | null>) {
  const element = useThree((s) => s.gl.domElement)
  useEffect(() => {
    element.tabIndex = 0
    const onKey = (event: KeyboardEvent) => {
      const c = controls.current
      if (!c || event.defaultPrevented || keyBelongsToTarget(event) || hasCommandModifier(event)) return
      const turn = event.shiftKey
      const moves: Record<string, () => unknown> = {
        ArrowUp: () => c.rotate(0, -KEY_TURN_RAD, true),
        ArrowDown: () => c.rotate(0, KEY_TURN_RAD, true),
        '+': () => c.dolly(KEY_DOLLY_MM, true),
        '=': () => c.dolly(KEY_DOLLY_MM, true),
        '-': () => c.dolly(-KEY_DOLLY_MM, true),
        ...(turn
          ? {
              ArrowLeft: () => c.rotate(-KEY_TURN_RAD, 0, true),
              ArrowRight: () => c.rotate(KEY_TURN_RAD, 0, true),
            }
          : {}),
      }
      const move = moves[event.key]
      if (!move) return
      event.preventDefault()
      move()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [element, controls])
}
