/** Switches between the patient's story and the educator's full controls. */
import { t } from '../i18n/t.ts'
import { AUDIENCE_MODES } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

export function ModeSwitch() {
  const mode = useAppStore((s) => s.mode)
  return (
    <fieldset className="toolbar-group mode-switch">
      <legend className="visually-hidden">{t('mode.label')}</legend>
      {AUDIENCE_MODES.map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => appActions.setMode(m)}>
          {t(`mode.${m}`)}
        </button>
      ))}
    </fieldset>
  )
}
