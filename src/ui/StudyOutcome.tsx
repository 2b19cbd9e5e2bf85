/**
 * Under a procedure's picture in "Side by side", for patients: what studies that compared the two
 * found (pain relief, cement outside the bone on CT, the forward bend at the broken bone, the time),
 * with their sources — never the simulation's figures for the case, which are no prediction for a
 * patient (`CaseOutcome` shows those to educators, labelled as the model's). The sources are listed
 * once, after the figures, to keep the picture above tall on a small screen.
 */
import { locale, t } from '../i18n/t.ts'
import type { Procedure } from '../sim/scenarioFields.ts'
import { factText, outcomeRows } from './patientFacts.ts'
import { SourceLink } from './SourceLink.tsx'

export function StudyOutcome({ procedure }: { procedure: Procedure }) {
  const rows = outcomeRows(procedure)
  const sources = [...new Set(rows.flatMap((row) => row.fact.sources))]
  return (
    <dl
      className="outcome outcome--studies"
      aria-label={t('studyOutcome.label', { procedure: t(`procedure.inSentence.${procedure}`) })}
    >
      {rows.map(({ label, fact }) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{factText(fact, locale())}</dd>
        </div>
      ))}
      <div>
        <dt>{t('studyOutcome.sources')}</dt>
        <dd>
          {sources.map((id) => (
            <span key={id}>
              <SourceLink id={id} />{' '}
            </span>
          ))}
        </dd>
      </div>
    </dl>
  )
}
