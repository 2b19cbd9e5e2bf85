/** The cut-away's controls: which way to cut, where (the same offset the plane's handle drags), and see-through bone. */

import { levelDimensions } from '../anatomy/levels.ts'
import { t } from '../i18n/t.ts'
import { CUT_AXES, type CutAxis } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

export function CutawayControls() {
  const cut = useAppStore((s) => s.view.cut)
  const level = useAppStore((s) => s.scenario.level)
  const seeInside = useAppStore((s) => s.view.seeInside)
  const dims = levelDimensions(level)
  const range = Math.floor(
    cut.axis === 'sagittal' ? dims.bodyWidthMm / 2 - 2 : dims.posteriorHeightMm / 2 - 1,
  )
  return (
    <section className="cut-controls" aria-label={t('cut.label')} data-over-view="bottom">
      <label>
        <span>{t('cut.axis')}</span>
        <select
          value={cut.axis}
          onChange={(e) =>
            appActions.setView({ cut: { axis: e.currentTarget.value as CutAxis, offsetMm: 0 } })
          }
        >
          {CUT_AXES.map((a) => (
            <option key={a} value={a}>
              {t(`cut.axis.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('cut.position')}</span>
        <input
          type="range"
          min={-range}
          max={range}
          step={0.5}
          value={Math.max(-range, Math.min(range, cut.offsetMm))}
          onChange={(e) => appActions.setView({ cut: { ...cut, offsetMm: Number(e.currentTarget.value) } })}
        />
      </label>
      <label className="cut-check">
        <input
          type="checkbox"
          checked={seeInside === 'on'}
          onChange={(e) => appActions.setView({ seeInside: e.currentTarget.checked ? 'on' : 'auto' })}
        />
        <span>{t('cut.xray')}</span>
      </label>
    </section>
  )
}
