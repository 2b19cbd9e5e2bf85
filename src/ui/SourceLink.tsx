/** A study's short name as a button that opens the sources dialog at it: every figure's source one click away. */
import { t } from '../i18n/t.ts'
import { source } from '../sim/sources.ts'
import { appActions } from '../state/useAppStore.ts'

export function SourceLink({ id }: { id: string }) {
  const { short } = source(id)
  return (
    <button
      type="button"
      className="source-link"
      onClick={() => appActions.showSources(id)}
      aria-label={t('sources.open', { source: short })}
    >
      {short}
    </button>
  )
}
