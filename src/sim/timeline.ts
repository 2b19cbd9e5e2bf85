/**
 * The procedure's phases and their durations. Durations are model choices for a watchable,
 * realistic order of events (a whole level takes 30–40 min, KAVIAR (Dohm 2014), mostly
 * positioning and imaging, not shown); the injection lasts as long as the cement flow takes.
 */
import { CALIBRATION as C } from './calibration.ts'
import type { Procedure } from './scenarioFields.ts'

export const PHASE_IDS = [
  'access',
  'needleAdvance',
  'drill',
  'balloonInflation',
  'balloonDeflation',
  'cementInjection',
  'withdrawal',
  'curing',
] as const
export type PhaseId = (typeof PHASE_IDS)[number]

/** One step of the procedure; `id` doubles as its i18n key suffix (`procedure.phase.<id>`). */
export interface Phase {
  id: PhaseId
  startS: number
  endS: number
}

/** Fixed phase durations, s (model choices). */
export const PHASE_DURATIONS_S = {
  access: 40,
  needleAdvance: 30,
  drill: 20,
  balloonInflation: 60,
  balloonDeflation: 15,
  withdrawal: 20,
} as const

/** Phases before the injection, in order (vertebroplasty has no drill or balloon). */
function before(procedure: Procedure): PhaseId[] {
  return procedure === 'kyphoplasty'
    ? ['access', 'needleAdvance', 'drill', 'balloonInflation', 'balloonDeflation']
    : ['access', 'needleAdvance']
}

/** Procedure time when cement injection starts, s. */
export function injectionStartS(procedure: Procedure): number {
  return before(procedure).reduce((s, id) => s + PHASE_DURATIONS_S[id as keyof typeof PHASE_DURATIONS_S], 0)
}

/**
 * All phases. Injection runs from `injectionStartS(procedure)` to `injectionEndS`; curing lasts
 * until the cement has set, about 11 min after mixing at 37 °C (an unattributed clinical figure), and at least 60 s.
 */
export function timeline(procedure: Procedure, injectionEndS: number, injectionStartMin: number): Phase[] {
  const phases: Phase[] = []
  let t = 0
  for (const id of before(procedure)) {
    const d = PHASE_DURATIONS_S[id as keyof typeof PHASE_DURATIONS_S]
    phases.push({ id, startS: t, endS: t + d })
    t += d
  }
  const mixedAtS = t - injectionStartMin * 60
  phases.push({ id: 'cementInjection', startS: t, endS: injectionEndS })
  t = injectionEndS + PHASE_DURATIONS_S.withdrawal
  phases.push({ id: 'withdrawal', startS: injectionEndS, endS: t })
  phases.push({ id: 'curing', startS: t, endS: Math.max(t + 60, mixedAtS + C.setInBodyMin * 60) })
  return phases
}
