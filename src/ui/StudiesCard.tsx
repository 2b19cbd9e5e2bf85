/**
 * What the studies say about the chosen treatment, for patients: natural frequencies ("about 9 in
 * 100"), plain words, each with its source one click away; the benefits, and the risks beside them
 * rather than behind a click. Published figures only (`patientFacts.ts`); the simulation's own figures
 * are the educator's. The print sheet shows the same card.
 */
import { useId } from 'react'
import { t } from '../i18n/t.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { FactList } from './FactList.tsx'
import { studiesFacts } from './patientFacts.ts'

/** `onClose`: beside the view, a button folds it away; on paper there is none. */
export function StudiesCard({ onClose }: { onClose?: () => void }) {
  const procedure = useAppStore((s) => s.scenario.procedure)
  const { benefits, risks } = studiesFacts(procedure)
  // The card is also on the print sheet: each copy names its own title.
  const titleId = useId()
  return (
    <section className="studies" aria-labelledby={titleId}>
      <div className="studies-head">
        <h2 id={titleId}>{t('studies.title')}</h2>
        {onClose && (
          <button type="button" className="studies-close" aria-label={t('studies.close')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <h3>{t('studies.benefitsTitle')}</h3>
      <FactList facts={benefits} />
      <h3>{t('studies.risksTitle')}</h3>
      <FactList facts={risks} />
      <p className="studies-note">{t('studies.model')}</p>
    </section>
  )
}
