import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'
import { Box3, Matrix4, type PerspectiveCamera, Vector3 } from 'three'
import { useStore } from 'zustand'
import type { SagittalPose } from '../anatomy/column.ts'
import { type Level, levelDimensions } from '../anatomy/levels.ts'
import type { ChapterId } from '../playback/story.ts'
import { hasCommandModifier, keyBelongsToTarget } from '../state/keyTarget.ts'
import { NO_INSETS, sceneAccess } from '../state/sceneAccess.ts'
import type { CutAxis } from '../state/store.ts'
import type { CaseSide } from './CaseContext.tsx'
import { joinCameraLink } from './cameraLink.ts'
import { fitShot, offsetToFreeArea } from './fitShot.ts'
import { prefersReducedMotion } from './reducedMotion.ts'
import { chapterPose, chapterShot, cutShot, poseRad } from './shots.ts'

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
 * flies the camera to the chapter's shot of the fractured vertebra (shots.ts), fitted into the part
 * of the view the caption and figures leave free — a cut with reduced motion. A drag, wheel or
 * key interrupts a flight, as CameraControls does, and leaves the story's camera until the viewer
 * asks for it back (`returnToStoryCamera`) or the next chapter starts.
 */
export function CameraRig({ fractureLevel, chapter, pivot, linked = null, cut = null }: CameraRigProps) {
  const controls = useRef<CameraControls>(null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const size = useThree((s) => s.size)
  const main = linked !== 'companion'
  // Only the main view has words over it; compare mode's sides lay nothing over their pictures.
  const insets = useStore(sceneAccess, (s) => (main && !linked ? s.insets : NO_INSETS))
  const requests = useStore(sceneAccess, (s) => s.storyCameraRequests)
  useKeyboardOrbit(controls)
  useEffect(() => {
    const c = controls.current
    if (!c || !linked) return
    return joinCameraLink(c, linked, invalidate)
  }, [linked, invalidate])
  useEffect(() => {
    const c = controls.current
    if (!c) return
    const leave = () => sceneAccess.setState({ offStory: true })
    c.addEventListener('controlstart', leave)
    return () => c.removeEventListener('controlstart', leave)
  }, [])
  useLayoutEffect(() => {
    offsetToFreeArea(camera, size, insets)
    invalidate()
  }, [camera, size, insets, invalidate])
  const framed = useRef<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-frame on a new chapter, level, cut, request or layout, not on a new severity
  useEffect(() => {
    const c = controls.current
    if (!c || !main) return
    const story = `${fractureLevel}|${chapter}|${cut}|${requests}`
    const fresh = story !== framed.current
    // A resize re-fits the story's shot, but never undoes the viewer's own camera.
    if (!fresh && sceneAccess.getState().offStory) return
    const dims = levelDimensions(fractureLevel)
    const shot = cut ? cutShot(cut, dims, chapterPose(chapter)) : chapterShot(chapter, dims)
    const { eye, target } = fitShot(shot, pivot, camera.fov, size, insets)
    c.setBoundary(panBounds(pivot, poseRad(shot.pose)))
    const fly = fresh && framed.current !== null && !prefersReducedMotion()
    void c.setLookAt(eye.x, eye.y, eye.z, target.x, target.y, target.z, fly)
    framed.current = story
    if (sceneAccess.getState().offStory) sceneAccess.setState({ offStory: false })
  }, [fractureLevel, chapter, cut, requests, size.width, size.height, insets])
  return <CameraControls ref={controls} makeDefault minDistance={30} maxDistance={1400} smoothTime={0.45} />
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
      sceneAccess.setState({ offStory: true })
      move()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [element, controls])
}
