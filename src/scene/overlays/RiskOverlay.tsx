/**
 * The leak-risk overlay's markers, in the fractured vertebra's frame: where each route leaves the
 * body, named, with this case's chance of a leak seen on X-ray through it (over the simulated
 * patients). The wall's colours are painted on the vertebra itself (`useRiskPaint`).
 */

import { t } from '../../i18n/t.ts'
import { useAppStore } from '../../state/useAppStore.ts'
import { useCase } from '../CaseContext.tsx'
import { SceneHtml } from '../SceneHtml.tsx'

/** Okabe–Ito vermilion: the colour of leaks everywhere in the app. */
const EXIT_COLOR = '#D55E00'

export function RiskOverlay() {
  const { side } = useCase()
  const risk = useAppStore((s) => (side === 'main' ? s.risk.risk : s.risk.companion))
  const exits = useAppStore((s) => s.risk.exits)
  const current = useAppStore((s) => s.risk.scenario === s.scenario && s.risk.status === 'ready')
  // The labels are DOM (drei Html) in the page's language: said again when it changes.
  const lang = useAppStore((s) => s.language.shown)
  if (!risk || !current) return null
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })
  return (
    <group name="risk-overlay">
      {exits.map((exit) => (
        <group key={`${exit.route}-${exit.positionMm.join(',')}`} position={exit.positionMm}>
          <mesh renderOrder={21}>
            <sphereGeometry args={[1.6, 16, 12]} />
            <meshBasicMaterial color={EXIT_COLOR} depthTest={false} transparent />
          </mesh>
          <SceneHtml
            center
            className="exit-label"
            zIndexRange={[12, 11]}
            style={{ transform: 'translateY(-1.4em)' }}
          >
            {t(`exit.${exit.route}`)} · {percent.format(risk.seenByRoute[exit.route].p)}
          </SceneHtml>
        </group>
      ))}
    </group>
  )
}
