/**
 * The needle drawn for a level: larger (11 G) in the lumbar and lower thoracic spine, smaller
 * (13 G) in the narrower mid and upper thoracic pedicles (needles of 10–15 G are used, larger in
 * lumbar and smaller in upper thoracic pedicles; the cut-off level is a model choice).
 */
import type { Level } from '../anatomy/levels.ts'

export interface NeedleGauge {
  gauge: 11 | 13
  /** Outer diameter of the cannula, mm (Stubs' needle gauge). */
  outerDiameterMm: number
}

const ELEVEN: NeedleGauge = { gauge: 11, outerDiameterMm: 3.05 }
const THIRTEEN: NeedleGauge = { gauge: 13, outerDiameterMm: 2.41 }

export function needleGauge(level: Level): NeedleGauge {
  if (level.startsWith('L')) return ELEVEN
  return Number(level.slice(1)) >= 10 ? ELEVEN : THIRTEEN
}
