import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import type { SagittalPose } from '../anatomy/column.ts'
import type { FractureShape } from '../anatomy/fracture.ts'
import { type Level, levelDimensions } from '../anatomy/levels.ts'
import { warpGeometry } from '../geometry/warpGeometry.ts'
import { boneMaterial, fracturedBoneMaterial } from './boneMaterial.ts'
import { poseProps } from './partPose.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'

interface VertebraProps {
  level: Level
  pose: SagittalPose
  /** Present on the fractured level: its body is compressed accordingly. */
  fractureShape?: FractureShape
  heightLossPct?: number
}

/** One vertebra at its place in the column; the fractured one is warped, and tinted once it has lost height. */
export function Vertebra({ level, pose, fractureShape, heightLossPct = 0 }: VertebraProps) {
  const intact = useBoneGeometry(level)
  const invalidate = useThree((s) => s.invalidate)
  const fractured = fractureShape !== undefined
  // The fractured level draws its own copy of the geometry, re-warped on every change.
  const own = useMemo(() => (fractured ? intact.clone() : undefined), [intact, fractured])
  useEffect(() => () => own?.dispose(), [own])
  useLayoutEffect(() => {
    if (!own || !fractureShape) return
    warpGeometry(intact, own, levelDimensions(level), { shape: fractureShape, heightLossPct })
    invalidate()
  }, [own, intact, level, fractureShape, heightLossPct, invalidate])
  return (
    <mesh
      name={`vertebra-${level}`}
      geometry={own ?? intact}
      material={own && heightLossPct > 0 ? fracturedBoneMaterial : boneMaterial}
      {...poseProps(pose)}
    />
  )
}
