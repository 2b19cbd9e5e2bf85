/**
 * The header: the title; for patients, the treatment to watch, "see both side by side", "what the
 * studies say" (opens beside the view) and "how do doctors choose?"; for educators, the treatment's name and the views and overlays; the language
 * menu and the switch between the two audiences.
 */
import { t } from '../i18n/t.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'
import { LanguageMenu } from './LanguageMenu.tsx'
import { ModeSwitch } from './ModeSwitch.tsx'
import { ProcedureChoice } from './ProcedureChoice.tsx'
import { ViewToolbar } from './ViewToolbar.tsx'

interface AppHeaderProps {
  onChoose: () => void
  onPresent: () => void
  /** Whether "What the studies say" is open beside the view (patients). */
  studiesOpen: boolean
  onStudies: () => void
}

export function AppHeader({ onChoose, onPresent, studiesOpen, onStudies }: AppHeaderProps) {
  const audience = useAppStore((s) => s.mode)
  const procedure = useAppStore((s) => s.scenario.procedure)
  const comparing = useAppStore((s) => s.view.mode === 'compare')
  return (
    <header className="app-header">
      <h1>{t('app.title')}</h1>
      {audience === 'patient' ? (
        <>
          <ProcedureChoice />
          <button
            type="button"
            className="header-button"
            aria-pressed={comparing}
            onClick={() => appActions.setView({ mode: comparing ? 'scene' : 'compare' })}
          >
            {t('views.mode.compare')}
          </button>
          <button
            type="button"
            className="header-button header-button--studies header-button--long"
            aria-expanded={studiesOpen}
            aria-controls="studies-panel"
            onClick={onStudies}
          >
            {t('studies.title')}
          </button>
          <button type="button" className="header-button header-button--long" onClick={onChoose}>
            {t('choose.open')}
          </button>
        </>
      ) : (
        <>
          <p>{t(`procedure.${procedure}`)}</p>
          <ViewToolbar />
          <button
            type="button"
            className="header-button"
            onClick={onPresent}
            title={`${t('present.start')} (p)`}
          >
            {t('present.start')}
          </button>
        </>
      )}
      <LanguageMenu />
      <ModeSwitch />
    </header>
  )
}
