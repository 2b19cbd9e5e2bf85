/**
 * The fractured vertebra: the intact model with the fracture as a morph target, so its height loss
 * (the collapse, the balloon's lift) is one number per frame on the GPU. It is tinted once it has
 * lost height, and turns see-through when the needle reaches the bone (or as the viewer chooses).
 * `children` share its frame.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { type ReactNode, useEffect, useMemo, useRef } from 'react'
import type { Mesh } from 'three'
import type { FractureShape } from '../anatomy/fracture.ts'
import { type Level, levelDimensions } from '../anatomy/levels.ts'
import { fractureInfluence, fractureMorphGeometry } from '../geometry/fractureMorph.ts'
import { appStore } from '../state/store.ts'
import { BONE_COLOR, BONE_CUT_COLOR, FRACTURED_BONE_COLOR } from './boneMaterial.ts'
import { withCaps } from './cutCaps.ts'
import { useRiskPaint } from './overlays/useRiskPaint.ts'
import { usePlaybackFrame } from './PlaybackFrame.tsx'
import { useRenderQuality } from './RenderQualityContext.tsx'
import { prefersReducedMotion } from './reducedMotion.ts'
import { seeThroughBone } from './seeThroughBone.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'

/** Height loss (%) at which the tint is complete. */
const FULL_TINT_LOSS_PCT = 10
/** See-through fades in and out over about this long, s. */
const FADE_S = 0.5

interface FracturedVertebraProps {
  level: Level
  shape: FractureShape
  children?: ReactNode
}

export function FracturedVertebra({ level, shape, children }: FracturedVertebraProps) {
  const intact = useBoneGeometry(level)
  const geometry = useMemo(
    () => fractureMorphGeometry(intact, levelDimensions(level), shape),
    [intact, level, shape],
  )
  const shading = useRenderQuality()?.shading ?? 'standard'
  const bone = useMemo(() => {
    const made = seeThroughBone(BONE_COLOR.clone(), shading)
    withCaps(made.material, BONE_CUT_COLOR)
    return made
  }, [shading])
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => bone.material.dispose(), [bone])
  const riskPainted = useRiskPaint(geometry, intact)
  useEffect(() => {
    bone.setRisk(riskPainted ? 1 : 0)
    invalidate()
  }, [bone, riskPainted, invalidate])
  const mesh = useRef<Mesh>(null)
  const frame = usePlaybackFrame()
  const seeThrough = useRef(0)
  useFrame((_, deltaS) => {
    const m = mesh.current
    if (!m?.morphTargetInfluences) return
    const { lossPct } = frame.current
    m.morphTargetInfluences[0] = fractureInfluence(lossPct)
    bone.material.color.lerpColors(
      BONE_COLOR,
      FRACTURED_BONE_COLOR,
      Math.min(1, lossPct / FULL_TINT_LOSS_PCT),
    )
    // By default see-through from the moment the needle reaches the bone; the viewer can say always or never.
    const mode = appStore.getState().view.seeInside
    const target = (mode === 'auto' ? frame.current.boneReached : mode === 'on') ? 1 : 0
    const step = prefersReducedMotion() ? 1 : deltaS / FADE_S
    const next = seeThrough.current + Math.max(-step, Math.min(step, target - seeThrough.current))
    if (next !== seeThrough.current) {
      seeThrough.current = next
      bone.setSeeThrough(next)
      if (next !== target) invalidate()
    }
  })
  return (
    <group name={`fractured-${level}`}>
      <mesh
        ref={mesh}
        name={`vertebra-${level}`}
        geometry={geometry}
        material={bone.material}
        morphTargetInfluences={[0]}
        renderOrder={2}
      />
      {children}
    </group>
  )
}
