import { lazy, Suspense, useCallback, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { appSettings } from './embed/embedSettings.ts'
import { t } from './i18n/t.ts'
import { resultFits } from './playback/frameAt.ts'
import { Stage } from './Stage.tsx'
import type { RenderQuality } from './scene/renderQuality.ts'
import { useAppStore } from './state/useAppStore.ts'
import { AppHeader } from './ui/AppHeader.tsx'
import { ChapterCaption } from './ui/ChapterCaption.tsx'
import { ChooseDialog, type ChooseHandle } from './ui/ChooseDialog.tsx'
import { CutawayControls } from './ui/CutawayControls.tsx'
import { EmbedBar } from './ui/EmbedBar.tsx'
import { HeightFigures } from './ui/HeightFigures.tsx'
import { HelpDialog, type HelpHandle } from './ui/HelpDialog.tsx'
import { Notices } from './ui/Notices.tsx'
import { Player } from './ui/Player.tsx'
import { PrintSheet, usePrintSheet } from './ui/PrintSheet.tsx'
import { ProcedureReadout } from './ui/ProcedureReadout.tsx'
import { RiskFigures } from './ui/RiskFigures.tsx'
import { SimulationError } from './ui/SimulationError.tsx'
import { SourcesDialog } from './ui/SourcesDialog.tsx'
import { SpineLocator } from './ui/SpineLocator.tsx'
import { StoryCameraButton } from './ui/StoryCameraButton.tsx'
import { StudiesCard } from './ui/StudiesCard.tsx'
import { sceneDescription } from './ui/sceneDescription.ts'
import { useLanguage } from './ui/useLanguage.ts'
import { useNarration } from './ui/useNarration.ts'
import { usePlayerKeys } from './ui/usePlayerKeys.ts'
import { usePresenter } from './ui/usePresenter.ts'
import { useViewInsets } from './ui/useViewInsets.ts'

const EducatorPanel = lazy(() => import('./ui/EducatorPanel.tsx'))

interface AppProps {
  frameloop: 'always' | 'demand'
  /** The one WebGL probe's answer (main.tsx): whether to draw at all, and at what quality. */
  quality: RenderQuality
}

/**
 * The page: header, the view with its caption and overlays, the player, the disclaimer. Patients get
 * the story and what the studies say; educators every control, the figures and the panel.
 */
export function App({ frameloop, quality }: AppProps) {
  // Every text below is read with t() during render: a new language re-renders the whole tree.
  useLanguage()
  const scenario = useAppStore((s) => s.scenario)
  const chapter = useAppStore((s) => s.playback.chapter)
  const result = useAppStore((s) => s.simulation.result)
  const audience = useAppStore((s) => s.mode)
  const mode = useAppStore((s) => s.view.mode)
  const overlays = useAppStore((s) => s.view.overlays)
  const projection = useAppStore((s) => s.view.projection)
  const label =
    mode === 'fluoro'
      ? t('fluoro.label', { projection: t(`fluoro.title.${projection}`), level: scenario.level })
      : sceneDescription(chapter, scenario, resultFits(result, scenario) ? result : null)
  const help = useRef<HelpHandle>(null)
  const choose = useRef<ChooseHandle>(null)
  const toggleHelp = useCallback(() => help.current?.toggle(), [])
  const educator = audience === 'educator'
  const presenter = usePresenter(educator)
  usePlayerKeys(toggleHelp, educator ? presenter.toggle : undefined)
  useNarration()
  const single = mode !== 'compare'
  const printSheet = usePrintSheet()
  // Embedded (embed=1): no header, side column or footer; the disclaimer and an "open" link in one line.
  const embed = useStore(appSettings, (s) => s.embed)
  const controls = useStore(appSettings, (s) => s.controls)
  // What the studies say, beside the view on demand: the view keeps the window otherwise.
  const [studiesOpen, setStudiesOpen] = useState(false)
  const stage = useRef<HTMLElement>(null)
  useViewInsets(stage)
  return (
    <>
      <div
        className={`app app--${audience}${presenter.presenting ? ' app--presenting' : ''}${embed ? ' app--embed' : ''}`}
      >
        {!embed && (
          <AppHeader
            onChoose={() => choose.current?.open()}
            onPresent={presenter.toggle}
            studiesOpen={studiesOpen}
            onStudies={() => setStudiesOpen((open) => !open)}
          />
        )}
        <main className="stage" ref={stage}>
          <div className="view">
            <Stage frameloop={frameloop} label={label} quality={quality} />
          </div>
          {single && (
            // The words and figures down the view's left, beside the picture: the scene frames its
            // subject in the rest (ui/useViewInsets.ts), so they never cover it.
            <div className="rail">
              {/* Where on the spine, for patients (educators know; their rail is for the figures). */}
              {!educator && mode !== 'fluoro' && <SpineLocator />}
              {educator && <ProcedureReadout />}
              {educator && (
                // Scrolls when the rail is short: a region the keyboard can reach.
                <section
                  className="figures-stack"
                  data-over-view="left"
                  aria-label={t('figures.label')}
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
                  tabIndex={0}
                >
                  {overlays.includes('risk') && <RiskFigures />}
                  {overlays.includes('height') && <HeightFigures />}
                </section>
              )}
              <ChapterCaption />
            </div>
          )}
          {mode !== 'fluoro' && <StoryCameraButton />}
          {educator && mode === 'cutaway' && <CutawayControls />}
          <Notices />
          <SimulationError />
        </main>
        {!educator && !embed && (
          // Folded away on a laptop until asked for; a phone, which scrolls, has it under the player.
          <aside className={studiesOpen ? 'side' : 'side side--folded'} id="studies-panel">
            <StudiesCard onClose={() => setStudiesOpen(false)} />
          </aside>
        )}
        {controls !== 'none' && <Player onHelp={toggleHelp} />}
        {embed ? <EmbedBar /> : <footer className="disclaimer">{t('app.disclaimer')}</footer>}
        <HelpDialog ref={help} />
        <ChooseDialog ref={choose} />
        <SourcesDialog />
        {educator && !embed && (
          <Suspense fallback={null}>
            <EducatorPanel onPrint={() => void printSheet.print()} />
          </Suspense>
        )}
      </div>
      {/* Outside the app: shown only on paper, when the app itself is hidden. */}
      {printSheet.frames.length > 0 && <PrintSheet frames={printSheet.frames} />}
    </>
  )
}
