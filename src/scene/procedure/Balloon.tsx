/**
 * Kyphoplasty's inflatable bone tamp on one needle's axis: the balloon, centred where the
 * simulation put it, growing to the simulated volume and pressure and shrinking again; its catheter
 * back through the cannula; and the two radiopaque marker bands that show its ends on X-ray.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import type { Group, Mesh } from 'three'
import { balloonGeometry, balloonRadiusMm } from '../../geometry/balloonGeometry.ts'
import type { NeedleAxis } from '../../geometry/needleFrame.ts'
import { instrumentsAt } from '../../playback/instrumentsAt.ts'
import type { ProcedureResult } from '../../sim/run.ts'
import { usePlaybackFrame } from '../PlaybackFrame.tsx'
import { balloonMaterial, markerMaterial, steelMaterial } from './materials.ts'

/** The folded balloon on its catheter, mm (model choice, inside an 11 G cannula's bore). */
const FOLDED_RADIUS_MM = 1.15
const CATHETER_MM = 90

interface BalloonProps {
  result: ProcedureResult
  axis: NeedleAxis
  centreMm: readonly number[]
}

export function Balloon({ result, axis, centreMm }: BalloonProps) {
  const lengthMm = result.scenario.balloonSizeMm
  const geometry = useMemo(() => balloonGeometry(), [])
  useEffect(() => () => geometry.dispose(), [geometry])
  const frame = usePlaybackFrame()
  const group = useRef<Group>(null)
  const balloon = useRef<Mesh>(null)
  useFrame(() => {
    const { sample, procedureS } = frame.current
    const g = group.current
    if (!g) return
    g.visible = sample !== null && instrumentsAt(result, procedureS, 0).balloon
    if (!g.visible || !sample) return
    const radius = balloonRadiusMm(sample.balloonVolumeMl, lengthMm, FOLDED_RADIUS_MM)
    balloon.current?.scale.set(radius, lengthMm, radius)
  })
  return (
    <group
      ref={group}
      name="balloon"
      position={centreMm as [number, number, number]}
      quaternion={axis.rotation}
      visible={false}
    >
      <mesh
        ref={balloon}
        name="balloon-body"
        geometry={geometry}
        material={balloonMaterial}
        renderOrder={3}
      />
      <mesh material={steelMaterial} position={[0, -CATHETER_MM / 2, 0]}>
        <cylinderGeometry args={[0.9, 0.9, CATHETER_MM + lengthMm, 12]} />
      </mesh>
      {[-1, 1].map((end) => (
        <mesh
          key={end}
          material={markerMaterial}
          position={[0, (end * lengthMm) / 2, 0]}
          rotation={[Math.PI / 2, 0, 0]}
        >
          <torusGeometry args={[1.15, 0.4, 8, 20]} />
        </mesh>
      ))}
    </group>
  )
}
