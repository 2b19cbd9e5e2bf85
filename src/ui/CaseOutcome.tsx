/**
 * One procedure's outcome under its picture in "Side by side". Patients see what studies that
 * compared the two procedures found (`StudyOutcome`). Educators see the model's figures for this
 * case, each labelled as the model's and set beside what the studies found: the chance of a leak
 * seen on X-ray over the simulated patients (with its 95 % interval), and from this case's one
 * simulated patient the front height, the kyphotic angle corrected and the cement injected.
 */
import { locale, t } from '../i18n/t.ts'
import {
  KYPHOPLASTY_CEMENT_PER_SIDE_ML,
  KYPHOPLASTY_HEIGHT,
  KYPHOSIS_REDUCED_DEG,
  PUBLISHED_LEAK_RATES,
} from '../sim/published.ts'
import type { Procedure } from '../sim/scenarioFields.ts'
import type { CaseSideKey } from '../state/caseSide.ts'
import { RISK_SEEDS } from '../state/riskClient.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { SourceLink } from './SourceLink.tsx'
import { StudyOutcome } from './StudyOutcome.tsx'

const fixed = (digits: number) =>
  new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits })
const percent = (p: number, digits = 0) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits }).format(p)

/** What the studies found, beside a model's figure: its words and its sources. */
function Studies({ text, sources }: { text: string; sources: readonly string[] }) {
  return (
    <span className="outcome-studies">
      {' · '}
      {text}
      {sources.map((id) => (
        <span key={id}>
          {' '}
          <SourceLink id={id} />
        </span>
      ))}
    </span>
  )
}

function ModelOutcome({ side, procedure }: { side: CaseSideKey; procedure: Procedure }) {
  const result = useAppStore((s) => (side === 'main' ? s.simulation.result : s.simulation.companion))
  const risk = useAppStore((s) => (side === 'main' ? s.risk.risk : s.risk.companion))
  const riskFor = useAppStore((s) => s.risk.scenario)
  const scenario = useAppStore((s) => s.scenario)
  const riskRunning = useAppStore((s) => s.risk.status === 'running')
  if (!result) return <p className="outcome outcome--waiting">{t('player.waiting')}</p>
  const { normal, fractured, final } = result.outcome.heightsMm
  const angle = result.outcome.kyphoticAngleDeg
  const current = risk && riskFor === scenario && !riskRunning
  const leaks = PUBLISHED_LEAK_RATES[procedure].map((r) => r.rate)
  const kypho = procedure === 'kyphoplasty'
  return (
    <dl className="outcome" aria-label={t('outcome.label', { procedure: t(`procedure.${procedure}`) })}>
      <div>
        <dt>{t('outcome.leak', { seeds: risk?.seeds ?? RISK_SEEDS })}</dt>
        <dd aria-busy={!current}>
          {current && risk
            ? t('outcome.leakValue', {
                p: percent(risk.pLeak),
                low: percent(risk.ci95[0]),
                high: percent(risk.ci95[1]),
              })
            : t('outcome.computing')}
          <Studies
            text={t('outcome.studies.leak', {
              low: percent(Math.min(...leaks)),
              high: percent(Math.max(...leaks)),
            })}
            sources={PUBLISHED_LEAK_RATES[procedure].map((r) => r.sourceId)}
          />
        </dd>
      </div>
      <div>
        <dt>{t('outcome.height')}</dt>
        <dd>
          {t('outcome.heightValue', {
            before: percent(fractured.anterior / normal.anterior),
            after: percent(final.anterior / normal.anterior),
            mm: fixed(1).format(final.anterior - fractured.anterior),
          })}
          {kypho && (
            <Studies
              text={t('outcome.studies.height', {
                before: percent(KYPHOPLASTY_HEIGHT.acute.before),
                after: percent(KYPHOPLASTY_HEIGHT.acute.after),
              })}
              sources={[KYPHOPLASTY_HEIGHT.sourceId]}
            />
          )}
        </dd>
      </div>
      <div>
        <dt>{t('outcome.kyphosis')}</dt>
        <dd>
          {t('outcome.degrees', { value: fixed(1).format(angle.fractured - angle.final) })}
          <Studies
            text={t('outcome.studies.kyphosis', { value: fixed(1).format(KYPHOSIS_REDUCED_DEG[procedure]) })}
            sources={['papanastassiou2012']}
          />
        </dd>
      </div>
      <div>
        <dt>{t('outcome.cement')}</dt>
        <dd>
          {t('outcome.ml', { value: fixed(1).format(result.outcome.injectedMl) })}
          {kypho && (
            <Studies
              text={t('outcome.studies.cement', {
                value: fixed(1).format(KYPHOPLASTY_CEMENT_PER_SIDE_ML.ml),
              })}
              sources={[KYPHOPLASTY_CEMENT_PER_SIDE_ML.sourceId]}
            />
          )}
        </dd>
      </div>
      <div>
        <dt>{t('outcome.basis')}</dt>
        <dd>{t('outcome.basisValue')}</dd>
      </div>
    </dl>
  )
}

export function CaseOutcome({ side, procedure }: { side: CaseSideKey; procedure: Procedure }) {
  const educator = useAppStore((s) => s.mode === 'educator')
  return educator ? (
    <ModelOutcome side={side} procedure={procedure} />
  ) : (
    <StudyOutcome procedure={procedure} />
  )
}
