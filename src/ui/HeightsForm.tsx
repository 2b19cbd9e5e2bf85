/**
 * The patient's own fracture: the educator types the anterior, middle and posterior heights measured
 * on the lateral radiograph; the app derives the shape, the Genant grade and the kyphotic angle,
 * shows them, and sets the scene and the simulation to match (impossible heights get a notice).
 */
import { type FormEvent, useId } from 'react'
import { numberFormat, t } from '../i18n/t.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

const KEYS = ['anterior', 'middle', 'posterior'] as const

export function HeightsForm() {
  const measured = useAppStore((s) => s.measured)
  const level = useAppStore((s) => s.scenario.level)
  const id = useId()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const value = (key: string) => Number(String(data.get(key) ?? '').replace(',', '.'))
    appActions.applyHeights(
      { anterior: value('anterior'), middle: value('middle'), posterior: value('posterior') },
      'panel',
    )
  }
  const mm = numberFormat({ maximumFractionDigits: 1 })
  return (
    <form className="heights-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('heights.title', { level })}</h2>
      <div className="heights-fields">
        {KEYS.map((key) => (
          <label key={key}>
            <span>{t(`height.${key}`)}</span>
            <input
              name={key}
              inputMode="decimal"
              required
              defaultValue={measured ? String(measured.heights[key]) : ''}
              aria-describedby={`${id}-unit`}
            />
          </label>
        ))}
        <span id={`${id}-unit`} className="heights-unit">
          mm
        </span>
        <button type="submit">{t('heights.apply')}</button>
      </div>
      {measured && (
        <p className="heights-result" data-measured>
          {t('heights.result', {
            grade: measured.grade,
            shape: t(`shape.${measured.shape}`),
            angle: mm.format(measured.kyphoticAngleDeg),
          })}
        </p>
      )}
    </form>
  )
}
