/**
 * The leak-risk overlay's figures: this case's chance of a leak seen on X-ray over the simulated
 * patients, with its 95 % interval (and a note while it is being computed), the published rates for
 * the procedure with their sources, and the colour key of the map on the bone.
 */
import { locale, t } from '../i18n/t.ts'
import { viridisCss } from '../playback/viridis.ts'
import { PUBLISHED_LEAK_RATES } from '../sim/published.ts'
import { RISK_SEEDS } from '../state/riskClient.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { SourceLink } from './SourceLink.tsx'

export function RiskFigures() {
  const scenario = useAppStore((s) => s.scenario)
  const riskState = useAppStore((s) => s.risk)
  const percent = (p: number, digits = 0) =>
    new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits }).format(p)
  const { risk } = riskState
  const current = risk !== null && riskState.scenario === scenario && riskState.status === 'ready'
  return (
    <section className="figures figures--risk" aria-label={t('risk.title')} aria-busy={!current}>
      <h2>{t('risk.title')}</h2>
      <p data-risk={current ? risk.pLeak : undefined}>
        {current
          ? t('risk.case', {
              p: percent(risk.pLeak),
              low: percent(risk.ci95[0]),
              high: percent(risk.ci95[1]),
              seeds: risk.seeds,
            })
          : t('risk.computing', { seeds: RISK_SEEDS })}
      </p>
      <p>{t(`risk.published.${scenario.procedure}`)}</p>
      <ul className="figures-rates">
        {PUBLISHED_LEAK_RATES[scenario.procedure].map((r) => (
          <li key={r.sourceId}>
            {percent(r.rate, 1)} — <SourceLink id={r.sourceId} />
          </li>
        ))}
      </ul>
      <p className="figures-note">
        {t('risk.ctNote')} <SourceLink id="yeom2003" />
      </p>
      <div
        className="legend"
        role="img"
        aria-label={t('risk.legendLabel', {
          legend: t('risk.legend'),
          from: t('risk.never'),
          to: t('risk.always'),
        })}
      >
        <span className="legend-title">{t('risk.legend')}</span>
        <span className="legend-bar" style={{ background: viridisCss() }} />
        <span className="legend-ends">
          <span>{t('risk.never')}</span>
          <span>{t('risk.always')}</span>
        </span>
      </div>
    </section>
  )
}
