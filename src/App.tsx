import { lazy, Suspense, useCallback, useRef } from 'react'
import { t } from './i18n/t.ts'
import { Stage } from './Stage.tsx'
import { detectRenderQuality } from './scene/renderQuality.ts'
import { useAppStore } from './state/useAppStore.ts'
import { ChapterCaption } from './ui/ChapterCaption.tsx'
import { CutawayControls } from './ui/CutawayControls.tsx'
import { HeightFigures } from './ui/HeightFigures.tsx'
import { HelpDialog, type HelpHandle } from './ui/HelpDialog.tsx'
import { Notices } from './ui/Notices.tsx'
import { Player } from './ui/Player.tsx'
import { ProcedureReadout } from './ui/ProcedureReadout.tsx'
import { RiskFigures } from './ui/RiskFigures.tsx'
import { SourcesDialog } from './ui/SourcesDialog.tsx'
import { usePlayerKeys } from './ui/usePlayerKeys.ts'
import { ViewToolbar } from './ui/ViewToolbar.tsx'

const EducatorPanel = lazy(() => import('./ui/EducatorPanel.tsx'))

// One WebGL probe at start: whether to draw at all, and at what quality.
const quality = detectRenderQuality()

export function App({ frameloop }: { frameloop: 'always' | 'demand' }) {
  const level = useAppStore((s) => s.scenario.level)
  const shape = useAppStore((s) => s.scenario.shape)
  const loss = useAppStore((s) => s.scenario.heightLossPct)
  const procedure = useAppStore((s) => s.scenario.procedure)
  const mode = useAppStore((s) => s.view.mode)
  const overlays = useAppStore((s) => s.view.overlays)
  const label = t('scene.label', { level, shape: t(`shape.${shape}`), loss: Math.round(loss) })
  const help = useRef<HelpHandle>(null)
  const toggleHelp = useCallback(() => help.current?.toggle(), [])
  usePlayerKeys(toggleHelp)
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p>{t(`procedure.${procedure}`)}</p>
        <ViewToolbar />
      </header>
      <main className="stage">
        <div className="view">
          <Stage frameloop={frameloop} label={label} quality={quality} />
        </div>
        {mode !== 'compare' && <ProcedureReadout />}
        {mode !== 'compare' && <ChapterCaption />}
        {mode === 'cutaway' && <CutawayControls />}
        <div className="figures-stack">
          {mode !== 'compare' && overlays.includes('risk') && <RiskFigures />}
          {mode !== 'compare' && overlays.includes('height') && <HeightFigures />}
        </div>
        <Notices />
      </main>
      <Player onHelp={toggleHelp} />
      <footer className="disclaimer">{t('app.disclaimer')}</footer>
      <HelpDialog ref={help} />
      <SourcesDialog />
      <Suspense fallback={null}>
        <EducatorPanel />
      </Suspense>
    </div>
  )
}
