/**
 * The harness's 3D view: the fractured vertebra (warped to the heights the cement flows into),
 * drawn translucent, with the cement volume and the leaks inside its frame.
 */
import { OrbitControls } from '@react-three/drei'
import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { Suspense, useEffect, useLayoutEffect, useMemo } from 'react'
import { MeshStandardMaterial, Quaternion, Vector3 } from 'three'
import { levelDimensions } from '../src/anatomy/levels.ts'
import { warpGeometry } from '../src/geometry/warpGeometry.ts'
import { Lighting } from '../src/scene/Lighting.tsx'
import { CementVolume } from '../src/scene/procedure/CementVolume.tsx'
import { Leaks } from '../src/scene/procedure/Leaks.tsx'
import { useBoneGeometry } from '../src/scene/useBoneGeometry.ts'
import { flowShape } from '../src/sim/prepare.ts'
import type { ProcedureResult } from '../src/sim/simulate.ts'
import { type HarnessControl, harness } from './harnessControl.ts'

/** Camera positions per `view` (mm, vertebra frame: +x left, +y up, +z anterior). */
export const VIEWS = {
  lateral: [-120, 10, 8],
  anterolateral: [-90, 35, 80],
  superior: [0, 125, 10],
  anterior: [0, 10, 125],
  posterior: [-20, 20, -120],
} as const satisfies Record<string, [number, number, number]>
export type View = keyof typeof VIEWS

export interface StageOptions {
  view: View
  /** Distance scale for the camera (1 = default). */
  zoom: number
  volume: boolean
  leaks: boolean
  /** Bone opacity, 0 hides it. */
  boneOpacity: number
  /** CementVolume's resolution (share of the canvas's). */
  resolution: number
  /** Draw the needles (opaque), to check that the cement sorts against them by depth. */
  needles: boolean
  /** CementVolume's ray budget per frame. */
  maxRays: number
}

export function CementStage({ result, options }: { result: ProcedureResult; options: StageOptions }) {
  const [x, y, z] = VIEWS[options.view]
  const k = 1 / options.zoom
  return (
    <Canvas
      frameloop="demand"
      dpr={1}
      gl={{ antialias: false }}
      camera={{ fov: 32, near: 5, far: 2000, position: [x * k, y * k, z * k] }}
    >
      <color attach="background" args={['#1d232d']} />
      <Lighting environment={false} />
      <Suspense fallback={null}>
        {options.boneOpacity > 0 && <Bone result={result} opacity={options.boneOpacity} />}
        <Ready />
      </Suspense>
      {options.volume && (
        <CementVolume
          result={result}
          procedureTimeS={harness.time}
          resolution={options.resolution}
          maxRays={options.maxRays}
        />
      )}
      {options.leaks && <Leaks result={result} procedureTimeS={harness.time} />}
      {options.needles &&
        result.needles.map((n) => <Needle key={n.entryMm.join()} from={n.entryMm} to={n.tipMm} />)}
      <OrbitControls makeDefault target={[0, 0, 0]} />
      <Hooks />
    </Canvas>
  )
}

/** The fractured vertebra, warped like the scene's Vertebra, translucent so the cement shows. */
function Bone({ result, opacity }: { result: ProcedureResult; opacity: number }) {
  const intact = useBoneGeometry(result.scenario.level)
  const own = useMemo(() => intact.clone(), [intact])
  useEffect(() => () => own.dispose(), [own])
  const material = useMemo(
    () =>
      new MeshStandardMaterial({
        color: '#efe4cc',
        vertexColors: true,
        roughness: 0.62,
        transparent: true,
        opacity,
        depthWrite: false,
      }),
    [opacity],
  )
  useEffect(() => () => material.dispose(), [material])
  useLayoutEffect(() => {
    const { shape, heightLossPct } = flowShape(result.scenario)
    warpGeometry(intact, own, levelDimensions(result.scenario.level), { shape, heightLossPct })
  }, [intact, own, result])
  return <mesh name="bone" geometry={own} material={material} />
}

/** A cannula (11 G, 3 mm across) from entry to tip, opaque steel. */
function Needle({ from, to }: { from: readonly number[]; to: readonly number[] }) {
  const { position, quaternion, length } = useMemo(() => {
    const a = new Vector3().fromArray(from)
    const b = new Vector3().fromArray(to)
    const axis = b.clone().sub(a)
    const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), axis.clone().normalize())
    return { position: a.add(b).multiplyScalar(0.5), quaternion: q, length: axis.length() }
  }, [from, to])
  return (
    <mesh position={position} quaternion={quaternion}>
      <cylinderGeometry args={[1.5, 1.5, length, 16]} />
      <meshStandardMaterial color="#9aa3ad" metalness={0.8} roughness={0.3} />
    </mesh>
  )
}

/** Publishes `data-ready` once the model is drawn. */
function Ready() {
  useFrame(() => {
    if (document.documentElement.dataset.ready) return
    requestAnimationFrame(() => {
      document.documentElement.dataset.ready = 'true'
    })
  })
  return null
}

/** Lets the page's controls redraw the demand-driven canvas and count frames. */
function Hooks() {
  const invalidate = useThree((s) => s.invalidate)
  const setFrameloop = useThree((s) => s.setFrameloop)
  useEffect(() => {
    const control: HarnessControl = { invalidate, setFrameloop }
    harness.control = control
    return () => {
      if (harness.control === control) harness.control = null
    }
  }, [invalidate, setFrameloop])
  useFrame(() => {
    harness.frames++
  })
  return null
}
