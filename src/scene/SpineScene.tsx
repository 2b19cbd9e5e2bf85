import { Canvas } from '@react-three/fiber'
import { Suspense, useMemo } from 'react'
import { layoutColumn } from '../anatomy/column.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { CameraRig } from './CameraRig.tsx'
import { DebugHook } from './DebugHook.tsx'
import { Lighting } from './Lighting.tsx'
import { PatientPose } from './PatientPose.tsx'
import { PlaybackFrameProvider } from './PlaybackFrame.tsx'
import { Procedure } from './procedure/Procedure.tsx'
import { ReadySignal } from './ReadySignal.tsx'
import type { RenderQuality } from './renderQuality.ts'
import { Spine } from './Spine.tsx'

interface SpineSceneProps {
  /** 'always' renders every frame (benchmarks); the app renders on demand. */
  frameloop?: 'always' | 'demand'
  /** Accessible description of what the canvas shows. */
  label: string
  /** What this device can afford (`detectRenderQuality`, probed once by the app). */
  quality: RenderQuality
}

/** The 3D view: lights, camera, the column and the procedure at the playhead, in millimetres. */
export function SpineScene({ frameloop = 'demand', label, quality }: SpineSceneProps) {
  const level = useAppStore((s) => s.scenario.level)
  const shape = useAppStore((s) => s.scenario.shape)
  const heightLossPct = useAppStore((s) => s.scenario.heightLossPct)
  const chapter = useAppStore((s) => s.playback.chapter)
  const pivot = useMemo(
    () => layoutColumn({ level, fracture: { shape, heightLossPct } })[level],
    [level, shape, heightLossPct],
  )
  return (
    <Canvas
      frameloop={frameloop}
      dpr={quality.dpr}
      camera={{ fov: 32, near: 5, far: 6000, position: [430, 260, 250] }}
      gl={{ antialias: quality.antialias }}
      data-renderer={quality.renderer}
      aria-label={label}
      role="img"
    >
      <Lighting environment={quality.environment} />
      <PlaybackFrameProvider>
        <PatientPose pivot={pivot}>
          <Suspense fallback={null}>
            <Spine>
              <Procedure />
            </Spine>
            <ReadySignal />
          </Suspense>
        </PatientPose>
      </PlaybackFrameProvider>
      <CameraRig fractureLevel={level} chapter={chapter} pivot={pivot} />
      <DebugHook />
    </Canvas>
  )
}
