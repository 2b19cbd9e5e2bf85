/**
 * The fractured vertebra: the intact model with the fracture as a morph target, so its height loss
 * (the collapse, the balloon's lift) is one number per frame on the GPU. It is tinted once it has
 * lost height. Once the needle reaches the bone (or as the viewer chooses: See inside) the story
 * cuts it open along the needle's axis (sectionPlane.ts), the cut face drawn as cancellous bone; in
 * the educator's cut-away its own plane cuts it instead, and See inside makes it see-through.
 * `children` share its frame.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { type ReactNode, useEffect, useMemo, useRef } from 'react'
import type { Group, Mesh } from 'three'
import type { FractureShape } from '../anatomy/fracture.ts'
import { type Level, levelDimensions } from '../anatomy/levels.ts'
import { fractureInfluence, fractureMorphGeometry } from '../geometry/fractureMorph.ts'
import { BONE_COLOR, FRACTURED_BONE_COLOR } from './boneMaterial.ts'
import { useCase } from './CaseContext.tsx'
import { withCancellousCaps } from './cancellousCaps.ts'
import { disposeLater } from './disposeLater.ts'
import { litSurface } from './litSurface.ts'
import { useRiskPaint } from './overlays/useRiskPaint.ts'
import { usePlaybackFrame } from './PlaybackFrame.tsx'
import { useRenderQuality } from './RenderQualityContext.tsx'
import { seeThroughBone } from './seeThroughBone.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'
import { useBoneSection } from './useBoneSection.ts'

/** Height loss (%) at which the tint is complete. */
const FULL_TINT_LOSS_PCT = 10

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
  const quality = useRenderQuality()
  const shading = quality?.shading ?? 'standard'
  const bone = useMemo(() => {
    const made = seeThroughBone(BONE_COLOR.clone(), shading)
    withCancellousCaps(made.material)
    return made
  }, [shading])
  // The part the section takes away, as a faint glaze: the bone's whole shape still reads, and what
  // lies in front of the cut (the cement's near side, the balloon) is seen inside it. Not on a
  // software renderer: a second transparent layer over a close-up cost a quarter of its frames.
  const removed = useMemo(
    () =>
      litSurface(shading, { color: BONE_COLOR, transparent: true, opacity: 0.16, depthWrite: false }, 0.62),
    [shading],
  )
  useEffect(() => () => disposeLater(removed), [removed])
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => disposeLater(bone.material), [bone])
  const riskPainted = useRiskPaint(geometry, intact)
  useEffect(() => {
    bone.setRisk(riskPainted ? 1 : 0)
    invalidate()
  }, [bone, riskPainted, invalidate])
  const needle = useCase().result?.needles[0] ?? null
  const group = useRef<Group>(null)
  const mesh = useRef<Mesh>(null)
  const glaze = useRef<Mesh>(null)
  const frame = usePlaybackFrame()
  const { glazePlanes } = useBoneSection(bone, glaze, group, needle, levelDimensions(level))
  useFrame(() => {
    const m = mesh.current
    if (!m?.morphTargetInfluences) return
    const { lossPct } = frame.current
    m.morphTargetInfluences[0] = fractureInfluence(lossPct)
    if (glaze.current?.morphTargetInfluences)
      glaze.current.morphTargetInfluences[0] = m.morphTargetInfluences[0]
    bone.material.color.lerpColors(
      BONE_COLOR,
      FRACTURED_BONE_COLOR,
      Math.min(1, lossPct / FULL_TINT_LOSS_PCT),
    )
  })
  return (
    <group ref={group} name={`fractured-${level}`}>
      <mesh
        ref={mesh}
        name={`vertebra-${level}`}
        geometry={geometry}
        material={bone.material}
        morphTargetInfluences={[0]}
        renderOrder={2}
      />
      {!(quality?.software ?? false) && (
        <mesh
          ref={glaze}
          name={`section-glaze-${level}`}
          geometry={geometry}
          material={removed}
          material-clippingPlanes={glazePlanes}
          material-clipIntersection
          morphTargetInfluences={[0]}
          renderOrder={3}
          visible={false}
        />
      )}
      {children}
    </group>
  )
}
