/**
 * What the studies say about the chosen treatment, for patients: natural frequencies ("about 9 in
 * 100"), plain words, each with its source one click away. Published figures only (sim/published.ts);
 * the simulation's own figures are the educator's.
 */
import { numberFormat, t } from '../i18n/t.ts'
import {
  KYPHOSIS_REDUCED_DEG,
  NEW_FRACTURES,
  PAIN_RELIEVED,
  PROCEDURE_MIN,
  PUBLISHED_LEAK_RATES,
} from '../sim/published.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { SourceLink } from './SourceLink.tsx'

const inHundred = (rate: number) => Math.round(rate * 100)

/** `onClose`: beside the view, a button folds it away; on paper there is none. */
export function StudiesCard({ onClose }: { onClose?: () => void }) {
  const procedure = useAppStore((s) => s.scenario.procedure)
  // The treatment's name as it reads inside a sentence ("after balloon kyphoplasty", "nach einer Ballon-Kyphoplastie").
  const name = t(`procedure.inSentence.${procedure}`)
  const degrees = numberFormat({ maximumFractionDigits: 1 })
  const leak = PUBLISHED_LEAK_RATES[procedure][0]
  return (
    <section className="studies" aria-labelledby="studies-title">
      <div className="studies-head">
        <h2 id="studies-title">{t('studies.title')}</h2>
        {onClose && (
          <button type="button" className="studies-close" aria-label={t('studies.close')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <ul>
        <li>
          {t('studies.pain', { n: inHundred(PAIN_RELIEVED[procedure].rate), procedure: name })}{' '}
          <SourceLink id={PAIN_RELIEVED[procedure].sourceId} />
        </li>
        {leak && (
          <li>
            {t('studies.leak', { n: inHundred(leak.rate), procedure: name })}{' '}
            <SourceLink id={leak.sourceId} />
          </li>
        )}
        <li>
          {t(`studies.height.${procedure}`, {
            kypho: degrees.format(KYPHOSIS_REDUCED_DEG.kyphoplasty),
            vert: degrees.format(KYPHOSIS_REDUCED_DEG.vertebroplasty),
          })}{' '}
          <SourceLink id="papanastassiou2012" />
        </li>
        <li>
          {t('studies.newFractures', { n: inHundred(NEW_FRACTURES.rate) })}{' '}
          <SourceLink id={NEW_FRACTURES.sourceId} />
        </li>
        <li>
          {t('studies.time', { minutes: Math.round(PROCEDURE_MIN[procedure]) })} <SourceLink id="dohm2014" />
        </li>
      </ul>
      <p className="studies-note">{t('studies.model')}</p>
    </section>
  )
}
