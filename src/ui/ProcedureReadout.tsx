/**
 * The operator's figures at the playhead, as a small readout over the view: the balloon's volume
 * and pressure while it works, the cement injected and the syringe pressure while it goes in (and
 * what has leaked), and the procedure clock. Written through refs a dozen times a second.
 */
import { useRef } from 'react'
import { numberFormat, t } from '../i18n/t.ts'
import { frameAt } from '../playback/frameAt.ts'
import { appStore } from '../state/store.ts'
import { formatTime } from './formatTime.ts'
import { usePlayheadReadout } from './usePlayheadReadout.ts'

const fixed = (digits: number) =>
  numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits })

export function ProcedureReadout() {
  const figures = useRef<HTMLParagraphElement>(null)
  const clock = useRef<HTMLParagraphElement>(null)
  usePlayheadReadout((storyS) => {
    const { scenario, simulation } = appStore.getState()
    const frame = frameAt(scenario, simulation.result, storyS)
    const { sample } = frame
    let text = ''
    if (sample && (frame.chapter === 'balloon' || frame.chapter === 'cavity')) {
      text = t('readout.balloon', {
        volume: fixed(1).format(sample.balloonVolumeMl),
        pressure: Math.round(sample.balloonPressurePsi),
      })
    } else if (sample && frame.chapter === 'cement') {
      text = t('readout.cement', {
        injected: fixed(1).format(sample.injectedMl),
        total: fixed(1).format(simulation.result?.outcome.injectedMl ?? 0),
        pressure: fixed(2).format(sample.injectionPressureMPa),
      })
      if (sample.leakedMl >= 0.01)
        text += ` · ${t('readout.leak', { leaked: fixed(2).format(sample.leakedMl) })}`
    }
    if (figures.current) {
      figures.current.textContent = text
      figures.current.hidden = text === ''
    }
    if (clock.current) {
      clock.current.hidden = !sample || frame.chapter === 'fracture'
      clock.current.textContent = t('readout.clock', { time: formatTime(frame.procedureS) })
    }
  })
  return (
    <div className="readout" data-over-view="left">
      <p ref={figures} className="readout-figures" hidden />
      <p ref={clock} className="readout-clock" hidden />
    </div>
  )
}
