import { Canvas } from '@react-three/fiber'
import { Suspense } from 'react'
import { CameraRig } from './CameraRig.tsx'
import { Lighting } from './Lighting.tsx'
import { ReadySignal } from './ReadySignal.tsx'
import type { RenderQuality } from './renderQuality.ts'
import { Spine } from './Spine.tsx'
import { useColumnLayout } from './useColumnLayout.ts'

interface SpineSceneProps {
  /** 'always' renders every frame (benchmarks); the app renders on demand. */
  frameloop?: 'always' | 'demand'
  /** Accessible description of what the canvas shows. */
  label: string
  /** What this device can afford (`detectRenderQuality`, probed once by the app). */
  quality: RenderQuality
}

/** The 3D view: lights, camera and the column, in millimetres. */
export function SpineScene({ frameloop = 'demand', label, quality }: SpineSceneProps) {
  const column = useColumnLayout()
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
      <Suspense fallback={null}>
        <Spine column={column} />
        <ReadySignal />
      </Suspense>
      <CameraRig fractureLevel={column.fractureLevel} target={column.poses[column.fractureLevel]} />
    </Canvas>
  )
}
