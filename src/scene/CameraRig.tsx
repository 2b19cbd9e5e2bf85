import { CameraControls } from '@react-three/drei'
import { useEffect, useRef } from 'react'
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
