/**
 * The view area: the 3D scene of the case (or its fluoroscopy picture, whole or as an inset), or in compare mode vertebroplasty and kyphoplasty side
 * by side on the same fracture (one playhead, linked cameras), each with its outcome beneath. The
 * one place that puts scene/ and ui/ together, besides App.
 */
import { useRef } from 'react'
import { t } from './i18n/t.ts'
import type { RenderQuality } from './scene/renderQuality.ts'
import { SpineScene } from './scene/SpineScene.tsx'
import type { CaseSideKey } from './state/caseSide.ts'
import { useAppStore } from './state/useAppStore.ts'
import { CaseOutcome } from './ui/CaseOutcome.tsx'
import { CompareChapter } from './ui/CompareChapter.tsx'
import { FluoroFrame } from './ui/FluoroFrame.tsx'
import { SceneErrorBoundary } from './ui/SceneErrorBoundary.tsx'
import { SceneFallback } from './ui/SceneFallback.tsx'
import { ViewLoading } from './ui/ViewLoading.tsx'

interface StageProps {
  frameloop: 'always' | 'demand'
  label: string
  quality: RenderQuality
}

export function Stage({ frameloop, label, quality }: StageProps) {
  const mode = useAppStore((s) => s.view.mode)
  const procedure = useAppStore((s) => s.scenario.procedure)
  const insetOn = useAppStore((s) => s.view.overlays.includes('fluoro'))
  // The X-ray inset's square canvas: laid out by the page, the scene copies the picture into it.
  const inset = useRef<HTMLCanvasElement>(null)
  if (!quality.webgl2) return <SceneFallback />
  if (mode !== 'compare') {
    const fluoro = mode === 'fluoro' ? 'view' : insetOn ? 'inset' : null
    return (
      <>
        <SceneErrorBoundary>
          <SpineScene
            frameloop={frameloop}
            label={label}
            quality={quality}
            fluoro={fluoro}
            fluoroInset={inset}
          />
          <ViewLoading />
        </SceneErrorBoundary>
        {fluoro && <FluoroFrame variant={fluoro} ref={inset} />}
      </>
    )
  }
  // Vertebroplasty on the left, kyphoplasty on the right, whichever the case names.
  const sides: CaseSideKey[] = procedure === 'vertebroplasty' ? ['main', 'companion'] : ['companion', 'main']
  const procedureOf = (side: CaseSideKey) =>
    side === 'main' ? procedure : procedure === 'kyphoplasty' ? 'vertebroplasty' : 'kyphoplasty'
  return (
    <div className="compare">
      {sides.map((side) => (
        <section key={side} className="compare-side" aria-label={t(`procedure.${procedureOf(side)}`)}>
          <h2 className="compare-title">
            {t(`procedure.${procedureOf(side)}`)}
            <CompareChapter procedure={procedureOf(side)} />
          </h2>
          <div className="compare-view">
            <SceneErrorBoundary>
              <SpineScene frameloop={frameloop} label={label} quality={quality} side={side} linked />
              <ViewLoading />
            </SceneErrorBoundary>
          </div>
          <CaseOutcome side={side} procedure={procedureOf(side)} />
        </section>
      ))}
    </div>
  )
}
