/**
 * Switches for the view (the 3D scene, the fluoroscopy image, both procedures side by side, a
 * cut-away) and the overlays (leak risk, height, a fluoroscopy inset): real toggle buttons with
 * their state announced, each also reachable from the URL (`view=`, `overlay=`).
 */
import { t } from '../i18n/t.ts'
import { OVERLAYS, type Overlay, VIEW_MODES } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

export function ViewToolbar() {
  const mode = useAppStore((s) => s.view.mode)
  const overlays = useAppStore((s) => s.view.overlays)
  const toggle = (overlay: Overlay) =>
    appActions.setView({
      overlays: overlays.includes(overlay) ? overlays.filter((o) => o !== overlay) : [...overlays, overlay],
    })
  return (
    <nav className="view-toolbar" aria-label={t('views.label')}>
      <fieldset className="toolbar-group">
        <legend className="visually-hidden">{t('views.mode')}</legend>
        {VIEW_MODES.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            onClick={() => appActions.setView({ mode: m })}
          >
            {t(`views.mode.${m}`)}
          </button>
        ))}
      </fieldset>
      <fieldset className="toolbar-group">
        <legend className="visually-hidden">{t('views.overlays')}</legend>
        {OVERLAYS.map((o) => (
          <button key={o} type="button" aria-pressed={overlays.includes(o)} onClick={() => toggle(o)}>
            {t(`views.overlay.${o}`)}
          </button>
        ))}
      </fieldset>
    </nav>
  )
}
