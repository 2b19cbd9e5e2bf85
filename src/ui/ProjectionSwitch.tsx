/** Lateral or AP: which way the simulated C-arm looks (`fluoro=lateral|ap` in the URL). */
import { t } from '../i18n/t.ts'
import { PROJECTIONS } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

export function ProjectionSwitch({ compact = false }: { compact?: boolean }) {
  const projection = useAppStore((s) => s.view.projection)
  return (
    <fieldset className={compact ? 'toolbar-group projection-switch--compact' : 'toolbar-group'}>
      <legend className="visually-hidden">{t('fluoro.projection')}</legend>
      {PROJECTIONS.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={projection === p}
          onClick={() => appActions.setView({ projection: p })}
        >
          {t(`fluoro.projection.${p}`)}
        </button>
      ))}
    </fieldset>
  )
}
