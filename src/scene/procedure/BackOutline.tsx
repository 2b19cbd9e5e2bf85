/**
 * The patient's back, faintly, during the procedure: skin and the erector spinae muscles the needles
 * pass through, a small cut in the skin where each needle enters (from the start of access), and a
 * small dressing over each cut once the needles are out.
 */
import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { type Group, type Mesh, Quaternion, Vector3 } from 'three'
import { usePlaybackFrame } from '../PlaybackFrame.tsx'
import { bandageMaterial, incisionMaterial, muscleMaterial, skinMaterial } from './materials.ts'
import type { BackOutline as Outline, SkinCrossing } from './useBackOutline.ts'

/** Length of the cut, mm: about a centimetre per needle. */
const INCISION_MM = 9
const Z = new Vector3(0, 0, 1)

interface BackOutlineProps {
  outline: Outline
  crossings: readonly SkinCrossing[]
}

export function BackOutline({ outline, crossings }: BackOutlineProps) {
  const frame = usePlaybackFrame()
  const back = useRef<Group>(null)
  const dressings = useRef<Group>(null)
  const muscles = useRef<Group>(null)
  const skin = useRef<Mesh>(null)
  useFrame(() => {
    const { chapter, sample } = frame.current
    const goingIn = chapter === 'access' || chapter === 'needle'
    if (back.current) back.current.visible = chapter !== 'fracture' && sample !== null
    // Skin and muscle show the needle's way in; inside the bone they would only cloud the view
    // (and cost a transparent layer over most of the screen). The cuts stay; dressings at the end.
    if (skin.current) skin.current.visible = goingIn
    if (muscles.current) muscles.current.visible = goingIn
    if (dressings.current) dressings.current.visible = chapter === 'result'
  })
  const marks = useMemo(
    () =>
      crossings.map((c) => ({
        side: c.point.x > 0 ? 'left' : 'right',
        // Lifted a little off the skin, facing out of it.
        position: c.point.clone().addScaledVector(c.normal, 0.4),
        quaternion: new Quaternion().setFromUnitVectors(Z, c.normal),
      })),
    [crossings],
  )
  return (
    <group ref={back} name="back-outline" visible={false}>
      <mesh ref={skin} name="skin" geometry={outline.skin} material={skinMaterial} renderOrder={6} />
      {outline.muscles.map((geometry, i) => (
        <mesh
          key={i === 0 ? 'left' : 'right'}
          geometry={geometry}
          material={muscleMaterial}
          renderOrder={5}
        />
      ))}
      {marks.map((m) => (
        <group key={m.side} position={m.position} quaternion={m.quaternion}>
          <mesh name="incision" material={incisionMaterial} scale={[1.3, INCISION_MM / 2, 1]}>
            <circleGeometry args={[0.5, 16]} />
          </mesh>
        </group>
      ))}
      <group ref={dressings} visible={false}>
        {marks.map((m) => (
          <mesh
            key={m.side}
            name="dressing"
            position={m.position}
            quaternion={m.quaternion}
            material={bandageMaterial}
          >
            <planeGeometry args={[14, 18]} />
          </mesh>
        ))}
      </group>
    </group>
  )
}
