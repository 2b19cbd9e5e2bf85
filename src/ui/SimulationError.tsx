/**
 * A failed simulation, said in the page: the worker did not load or its run threw. The view keeps
 * the last result it had (or the plain fracture); the message says what went wrong and that a
 * change of any value runs it again.
 */
import { t } from '../i18n/t.ts'
import { useAppStore } from '../state/useAppStore.ts'

export function SimulationError() {
  const error = useAppStore((s) => (s.simulation.status === 'error' ? s.simulation.error : null))
  if (!error) return null
  return (
    <section className="notices notices--error" role="alert" aria-label={t('simulation.failed')}>
      <h2>{t('simulation.failed')}</h2>
      <p>{error}</p>
    </section>
  )
}
