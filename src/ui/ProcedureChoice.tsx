/** The patient's choice of treatment to watch: large, plain toggle buttons. */
import { t } from '../i18n/t.ts'
import { PROCEDURES } from '../sim/scenarioFields.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

export function ProcedureChoice() {
  const procedure = useAppStore((s) => s.scenario.procedure)
  return (
    <fieldset className="toolbar-group procedure-choice">
      <legend className="visually-hidden">{t('choice.label')}</legend>
      {PROCEDURES.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={procedure === p}
          onClick={() => appActions.applyScenario({ procedure: p }, 'controls')}
        >
          {t(`procedure.${p}`)}
        </button>
      ))}
    </fieldset>
  )
}
