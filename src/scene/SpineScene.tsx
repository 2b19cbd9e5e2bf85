import { Canvas } from '@react-three/fiber'
import { lazy, type RefObject, Suspense, useMemo } from 'react'
import { useStore } from 'zustand'
import { layoutColumn } from '../anatomy/column.ts'
import { sceneAccess } from '../state/sceneAccess.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { CameraRig } from './CameraRig.tsx'
import { CaseProvider, type CaseSide, useCase, useCaseChapter } from './CaseContext.tsx'
import { DebugHook } from './DebugHook.tsx'
import { Lighting } from './Lighting.tsx'
import { MountInTransition } from './MountInTransition.tsx'
import { canvasDpr } from './motionDpr.ts'
import { Overlays } from './overlays/Overlays.tsx'
import { PatientPose } from './PatientPose.tsx'
import { PlaybackFrameProvider } from './PlaybackFrame.tsx'
import { Procedure } from './procedure/Procedure.tsx'
import { ReadySignal } from './ReadySignal.tsx'
import { RenderQualityContext } from './RenderQualityContext.tsx'
import type { RenderQuality } from './renderQuality.ts'
import { SceneAccess } from './SceneAccess.tsx'
import { Spine } from './Spine.tsx'

// Only a viewer who asks for an X-ray loads it.
const Fluoroscopy = lazy(() => import('./fluoro/Fluoroscopy.tsx'))

/** The fluoroscopy picture: the whole view, or an inset over the 3D view. */
type FluoroMode = 'view' | 'inset'

interface SpineSceneProps {
  /** 'always' renders every frame (benchmarks); the app renders on demand. */
  frameloop?: 'always' | 'demand'
  /** Accessible description of what the canvas shows. */
  label: string
  /** What this device can afford (`detectRenderQuality`, probed once by the app). */
  quality: RenderQuality
  /** The app's case, or in compare mode the same case by the other procedure. */
  side?: CaseSide
  /** Compare mode: this view's camera moves with the other's. */
  linked?: boolean
  /** The fluoroscopy picture instead of the 3D view, or as an inset over it; none by default. */
  fluoro?: FluoroMode | null
  /** The inset's square canvas in the page: the picture is copied into it. */
  fluoroInset?: RefObject<HTMLCanvasElement | null>
}

/** The 3D view of one case: lights, camera, the column and the procedure at the playhead, in millimetres. */
export function SpineScene({
  frameloop = 'demand',
  label,
  quality,
  side = 'main',
  linked = false,
  fluoro = null,
  fluoroInset,
}: SpineSceneProps) {
  // The environment map is rendered once into a texture a lost context does not keep: remake it on restore.
  const restores = useStore(sceneAccess, (s) => s.restores)
  const playing = useAppStore((s) => s.playback.playing)
  return (
    <Canvas
      frameloop={frameloop}
      dpr={canvasDpr(quality, playing)}
      camera={{ fov: 24, near: 5, far: 6000, position: [430, 260, 250] }}
      gl={{ antialias: quality.antialias }}
      data-renderer={quality.renderer}
      data-side={side}
      aria-label={label}
      role="img"
    >
      <RenderQualityContext value={quality}>
        <CaseProvider side={side}>
          <Lighting key={restores} environment={quality.environment} />
          <MountInTransition>
            <CaseScene linked={linked ? side : null} fluoro={fluoro} fluoroInset={fluoroInset} />
          </MountInTransition>
          {side === 'main' && <DebugHook />}
          <SceneAccess side={side} />
        </CaseProvider>
      </RenderQualityContext>
    </Canvas>
  )
}

interface CaseSceneProps {
  linked: CaseSide | null
  fluoro: FluoroMode | null
  fluoroInset: RefObject<HTMLCanvasElement | null> | undefined
}

function CaseScene({ linked, fluoro, fluoroInset }: CaseSceneProps) {
  const { level, shape, heightLossPct } = useCase().scenario
  const chapter = useCaseChapter()
  const cut = useAppStore((s) => (s.view.mode === 'cutaway' ? s.view.cut.axis : null))
  const ribs = useAppStore((s) => s.view.ribs)
  const pivot = useMemo(
    () => layoutColumn({ level, fracture: { shape, heightLossPct } })[level],
    [level, shape, heightLossPct],
  )
  return (
    <>
      <PlaybackFrameProvider>
        <PatientPose pivot={pivot}>
          <Suspense fallback={null}>
            <Spine showRibs={ribs}>
              <Procedure />
              <Overlays />
            </Spine>
            <ReadySignal />
          </Suspense>
        </PatientPose>
        {fluoro && (
          <Suspense fallback={null}>
            <Fluoroscopy mode={fluoro} inset={fluoroInset} />
          </Suspense>
        )}
      </PlaybackFrameProvider>
      <CameraRig fractureLevel={level} chapter={chapter} pivot={pivot} linked={linked} cut={cut} />
    </>
  )
}
