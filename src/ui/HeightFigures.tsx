/**
 * The height-restoration figures beside the overlay: the anterior, middle and posterior heights now,
 * in mm and as a share of the healthy height, and the local kyphotic angle, following the playhead;
 * with the overlay's colour key. From the simulation (Crandall 2004 and Papanastassiou 2012 are the
 * published restoration it is calibrated to: docs/SIMULATION.md).
 */
import { useRef } from 'react'
import { numberFormat, t } from '../i18n/t.ts'
import { frameAt } from '../playback/frameAt.ts'
import { kyphoticAngleDeg } from '../sim/fracture.ts'
import { appStore } from '../state/store.ts'
import { usePlayheadReadout } from './usePlayheadReadout.ts'

const KEYS = ['anterior', 'middle', 'posterior'] as const

export function HeightFigures() {
  const cells = useRef<Record<string, HTMLElement | null>>({})
  usePlayheadReadout((storyS) => {
    const { scenario, simulation } = appStore.getState()
    const frame = frameAt(scenario, simulation.result, storyS)
    const result = simulation.result
    const write = (key: string, text: string) => {
      const el = cells.current[key]
      if (el) el.textContent = text
    }
    if (!frame.heightsMm || !result) return
    const mm = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 })
    const pct = numberFormat({ style: 'percent', maximumFractionDigits: 0 })
    for (const key of KEYS) {
      const now = frame.heightsMm[key]
      write(key, t('height.mm', { value: mm.format(now) }))
      write(`${key}-share`, pct.format(now / result.outcome.heightsMm.normal[key]))
    }
    write(
      'angle',
      t('outcome.degrees', { value: mm.format(kyphoticAngleDeg(frame.heightsMm, result.bodyDepthMm)) }),
    )
  })
  return (
    <section className="figures" aria-label={t('height.title')}>
      <h2>{t('height.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('height.height')}</th>
            <th scope="col">{t('height.now')}</th>
            <th scope="col">{t('height.ofNormal')}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`height.${key}`)}</th>
              <td
                data-height={key}
                ref={(el) => {
                  cells.current[key] = el
                }}
              />
              <td
                data-share={key}
                ref={(el) => {
                  cells.current[`${key}-share`] = el
                }}
              />
            </tr>
          ))}
          <tr>
            <th scope="row">{t('height.angle')}</th>
            <td
              data-angle
              ref={(el) => {
                cells.current.angle = el
              }}
              colSpan={2}
            />
          </tr>
        </tbody>
      </table>
      <ul className="figures-key">
        <li>
          <span className="swatch swatch--healthy" /> {t('height.key.healthy')}
        </li>
        <li>
          <span className="swatch swatch--fractured" /> {t('height.key.fractured')}
        </li>
        <li>
          <span className="swatch swatch--now" /> {t('height.key.now')}
        </li>
      </ul>
    </section>
  )
}
