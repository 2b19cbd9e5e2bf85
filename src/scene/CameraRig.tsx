import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useRef } from 'react'
import { Box3, Vector3 } from 'three'
import type { SagittalPose } from '../anatomy/column.ts'
import type { Level } from '../anatomy/levels.ts'

interface CameraRigProps {
  fractureLevel: Level
  target: SagittalPose
}

/**
 * From the fractured level: the patient's right side, a little in front and above (anterior to
 * the right, as in the reference atlas views), about a hand-width of spine above and below.
 */
const VIEW_OFFSET_MM = [-430, 60, 190] as const

/** Keyboard steps: a turn per arrow press (rad) and a dolly per +/− press (mm). */
const KEY_TURN_RAD = Math.PI / 18
const KEY_DOLLY_MM = 60

/** Where the orbit target may be panned to: the column from sacrum to T1, with a margin (mm). */
const PAN_BOUNDS = new Box3(new Vector3(-120, -140, -220), new Vector3(120, 520, 160))

/**
 * Orbit, zoom and pan within limits that keep the spine in view, framing the fractured level;
 * it re-frames (smoothly) when the level changes, not when the severity does.
 */
export function CameraRig({ fractureLevel, target }: CameraRigProps) {
  const controls = useRef<CameraControls>(null)
  const first = useRef(true)
  useEffect(() => {
    controls.current?.setBoundary(PAN_BOUNDS)
  }, [])
  useKeyboardOrbit(controls)
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-frame on a new level only
  useEffect(() => {
    const [ox, oy, oz] = VIEW_OFFSET_MM
    const { yMm: y, zMm: z } = target
    controls.current?.setLookAt(ox, y + oy, z + oz, 0, y, z, !first.current)
    first.current = false
  }, [fractureLevel])
  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={120}
      maxDistance={1400}
      maxPolarAngle={Math.PI * 0.85}
      minPolarAngle={Math.PI * 0.15}
      smoothTime={0.35}
    />
  )
}

/**
 * The canvas takes focus (Tab) and turns the view with the arrow keys and zooms with + and −, so
 * the model can be explored without a mouse.
 */
function useKeyboardOrbit(controls: RefObject<CameraControls | null>) {
  const element = useThree((s) => s.gl.domElement)
  useEffect(() => {
    element.tabIndex = 0
    const onKey = (event: KeyboardEvent) => {
      const c = controls.current
      if (!c) return
      const moves: Record<string, () => unknown> = {
        ArrowLeft: () => c.rotate(-KEY_TURN_RAD, 0, true),
        ArrowRight: () => c.rotate(KEY_TURN_RAD, 0, true),
        ArrowUp: () => c.rotate(0, -KEY_TURN_RAD, true),
        ArrowDown: () => c.rotate(0, KEY_TURN_RAD, true),
        '+': () => c.dolly(KEY_DOLLY_MM, true),
        '=': () => c.dolly(KEY_DOLLY_MM, true),
        '-': () => c.dolly(-KEY_DOLLY_MM, true),
      }
      const move = moves[event.key]
      if (!move) return
      event.preventDefault()
      move()
    }
    element.addEventListener('keydown', onKey)
    return () => element.removeEventListener('keydown', onKey)
  }, [element, controls])
}
