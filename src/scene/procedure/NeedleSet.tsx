/**
 * One needle's instruments, to scale, along its transpedicular axis: the working cannula with its
 * T-handle, the trocar (stylet) inside it on the way in, kyphoplasty's drill, and the cement syringe
 * on the handle while injecting. Built once per needle; each frame only moves and shows them
 * (`instrumentsAt` says where they are).
 */
import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { type Group, Quaternion, Vector3 } from 'three'
import { alongAxis, type NeedleAxis } from '../../geometry/needleFrame.ts'
import { instrumentsAt } from '../../playback/instrumentsAt.ts'
import type { ProcedureResult } from '../../sim/run.ts'
import { usePlaybackFrame } from '../PlaybackFrame.tsx'
import {
  darkSteelMaterial,
  handleMaterial,
  steelMaterial,
  syringeCementMaterial,
  syringeMaterial,
  trocarCapMaterial,
} from './materials.ts'

/** Cannula above the skin at full depth, mm (model choice: the handle clears the skin). */
const ABOVE_SKIN_MM = 30
const SYRINGE_LENGTH_MM = 55
const TROCAR_TIP_MM = 3.5
/** Turns +y to −y: parts built along +y point back out of the patient. */
const FLIP = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI)

interface NeedleSetProps {
  result: ProcedureResult
  axis: NeedleAxis
  lengthMm: number
  skinDistanceMm: number
  outerDiameterMm: number
}

export function NeedleSet({ result, axis, lengthMm, skinDistanceMm, outerDiameterMm }: NeedleSetProps) {
  const r = outerDiameterMm / 2
  const cannulaMm = skinDistanceMm + lengthMm + ABOVE_SKIN_MM
  const drillMm = cannulaMm + 20
  const frame = usePlaybackFrame()
  const refs = {
    set: useRef<Group>(null),
    cannula: useRef<Group>(null),
    trocar: useRef<Group>(null),
    drill: useRef<Group>(null),
    syringe: useRef<Group>(null),
    cement: useRef<Group>(null),
  }
  const scratch = useMemo(() => axis.entry.clone(), [axis])
  useFrame(() => {
    const { sample, procedureS, chapter } = frame.current
    const state = sample && chapter !== 'fracture' ? instrumentsAt(result, procedureS, skinDistanceMm) : null
    const set = refs.set.current
    if (!set) return
    set.visible = state?.present ?? false
    if (!state?.present) return
    // Each part's origin is its deep end; its local +y runs back out along the axis.
    refs.cannula.current?.position.copy(alongAxis(axis, state.cannulaDepthMm, scratch))
    const trocar = refs.trocar.current
    if (trocar) {
      trocar.visible = state.trocar
      trocar.position.copy(alongAxis(axis, state.cannulaDepthMm, scratch))
    }
    const drill = refs.drill.current
    if (drill) {
      drill.visible = state.drillDepthMm !== null
      drill.position.copy(alongAxis(axis, state.drillDepthMm ?? 0, scratch))
    }
    const syringe = refs.syringe.current
    if (syringe) {
      syringe.visible = state.syringeFull !== null
      syringe.position.copy(alongAxis(axis, state.cannulaDepthMm - cannulaMm, scratch))
      refs.cement.current?.scale.set(1, Math.max(0.001, state.syringeFull ?? 0), 1)
    }
  })
  // Groups turned so local −y points along the needle (into the patient): geometry is laid out along +y, outwards.
  const outward = useMemo(() => axis.rotation.clone().multiply(FLIP), [axis])
  return (
    <group ref={refs.set} name="needle" visible={false}>
      <group ref={refs.cannula} quaternion={outward}>
        <mesh name="cannula" material={steelMaterial} position={[0, cannulaMm / 2, 0]}>
          <cylinderGeometry args={[r, r, cannulaMm, 20, 1, true]} />
        </mesh>
        <mesh name="cannula-handle" material={handleMaterial} position={[0, cannulaMm + 6, 0]}>
          <cylinderGeometry args={[4, 2.6, 12, 20]} />
        </mesh>
        <mesh material={handleMaterial} position={[0, cannulaMm + 9, 0]}>
          <boxGeometry args={[36, 6, 8]} />
        </mesh>
      </group>
      <group ref={refs.trocar} quaternion={outward}>
        <mesh
          name="trocar-tip"
          material={steelMaterial}
          position={[0, -TROCAR_TIP_MM / 2, 0]}
          rotation={[Math.PI, 0, 0]}
        >
          <coneGeometry args={[r * 0.8, TROCAR_TIP_MM, 4]} />
        </mesh>
        <mesh material={trocarCapMaterial} position={[0, cannulaMm + 15.5, 0]}>
          <cylinderGeometry args={[5, 5, 5, 20]} />
        </mesh>
      </group>
      <group ref={refs.drill} quaternion={outward} visible={false}>
        <mesh name="drill" material={darkSteelMaterial} position={[0, drillMm / 2, 0]}>
          <cylinderGeometry args={[r * 0.6, r * 0.45, drillMm, 12]} />
        </mesh>
        <mesh material={darkSteelMaterial} position={[0, drillMm + 8, 0]}>
          <cylinderGeometry args={[5, 5, 14, 16]} />
        </mesh>
      </group>
      <group ref={refs.syringe} quaternion={outward} visible={false}>
        <mesh
          name="syringe"
          material={syringeMaterial}
          position={[0, 12 + SYRINGE_LENGTH_MM / 2, 0]}
          renderOrder={4}
        >
          <cylinderGeometry args={[7, 7, SYRINGE_LENGTH_MM, 24]} />
        </mesh>
        {/* Scaled from its base by the share left: the plunger pushes the cement towards the needle. */}
        <group ref={refs.cement} position={[0, 13, 0]}>
          <mesh material={syringeCementMaterial} position={[0, (SYRINGE_LENGTH_MM - 4) / 2, 0]}>
            <cylinderGeometry args={[6.3, 6.3, SYRINGE_LENGTH_MM - 4, 24]} />
          </mesh>
        </group>
      </group>
    </group>
  )
}
