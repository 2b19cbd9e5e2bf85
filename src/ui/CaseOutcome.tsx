/**
 * One procedure's outcome for this case, under its view in compare mode: the chance of a leak seen
 * on X-ray (over 32 simulated patients, with its 95 % interval), the height restored, the kyphosis
 * corrected, the cement injected. From the simulation; the leak chance says while it is computed.
 */
import { locale, t } from '../i18n/t.ts'
import type { CaseSideKey } from '../state/caseSide.ts'
import { useAppStore } from '../state/useAppStore.ts'

const fixed = (digits: number) =>
  new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits })
const percent = (p: number) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(p)

export function CaseOutcome({ side }: { side: CaseSideKey }) {
  const result = useAppStore((s) => (side === 'main' ? s.simulation.result : s.simulation.companion))
  const risk = useAppStore((s) => (side === 'main' ? s.risk.risk : s.risk.companion))
  const riskFor = useAppStore((s) => s.risk.scenario)
  const scenario = useAppStore((s) => s.scenario)
  const riskRunning = useAppStore((s) => s.risk.status === 'running')
  if (!result) return <p className="outcome outcome--waiting">{t('player.waiting')}</p>
  const { normal, fractured, final } = result.outcome.heightsMm
  const gainedMm = final.anterior - fractured.anterior
  const lostMm = normal.anterior - fractured.anterior
  const angle = result.outcome.kyphoticAngleDeg
  const current = risk && riskFor === scenario && !riskRunning
  return (
    <dl
      className="outcome"
      aria-label={t('outcome.label', { procedure: t(`procedure.${result.scenario.procedure}`) })}
    >
      <div>
        <dt>{t('outcome.leak')}</dt>
        <dd aria-busy={!current}>
          {current && risk
            ? t('outcome.leakValue', {
                p: percent(risk.pLeak),
                low: percent(risk.ci95[0]),
                high: percent(risk.ci95[1]),
              })
            : t('outcome.computing')}
        </dd>
      </div>
      <div>
        <dt>{t('outcome.height')}</dt>
        <dd>
          {t('outcome.heightValue', {
            mm: fixed(1).format(gainedMm),
            share: percent(lostMm > 0 ? gainedMm / lostMm : 0),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('outcome.kyphosis')}</dt>
        <dd>{t('outcome.degrees', { value: fixed(1).format(angle.fractured - angle.final) })}</dd>
      </div>
      <div>
        <dt>{t('outcome.cement')}</dt>
        <dd>{t('outcome.ml', { value: fixed(1).format(result.outcome.injectedMl) })}</dd>
      </div>
    </dl>
  )
}
