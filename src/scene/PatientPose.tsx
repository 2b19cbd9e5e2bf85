/**
 * Turns the whole patient about the fractured vertebra: face down on the table while the needles
 * go in, standing (the anatomical view) otherwise (shots.ts says why). The turn eases over about a second (a cut with
 * reduced motion); frames are asked for only while it moves.
 */
import { useFrame } from '@react-three/fiber'
import { type ReactNode, useRef } from 'react'
import type { Group } from 'three'
import type { SagittalPose } from '../anatomy/column.ts'
import { usePlaybackFrame } from './PlaybackFrame.tsx'
import { prefersReducedMotion } from './reducedMotion.ts'
import { chapterPose, poseRad } from './shots.ts'

/** How quickly the turn settles (1/s): about 95 % in a second. */
const TURN_RATE = 3.2

export function PatientPose({ pivot, children }: { pivot: SagittalPose; children: ReactNode }) {
  const group = useRef<Group>(null)
  const frame = usePlaybackFrame()
  const settled = useRef(false)
  useFrame((state, deltaS) => {
    const g = group.current
    if (!g) return
    const target = poseRad(chapterPose(frame.current.chapter))
    const now = g.rotation.x
    const first = !settled.current
    settled.current = true
    const next =
      first || prefersReducedMotion() || Math.abs(target - now) < 1e-3
        ? target
        : target + (now - target) * Math.exp(-TURN_RATE * Math.min(deltaS, 0.1))
    if (next !== now) {
      g.rotation.x = next
      if (next !== target) state.invalidate()
    }
  })
  return (
    <group ref={group} position={[0, pivot.yMm, pivot.zMm]}>
      <group position={[0, -pivot.yMm, -pivot.zMm]}>{children}</group>
    </group>
  )
}
