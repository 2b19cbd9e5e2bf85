/**
 * Where the instruments are at a procedure time, from the simulated phases and needle track.
 * What the simulation does not model is added here, for the picture only, and said so: the
 * trocar's way through skin and muscle to the bone (the first part of `access`) and back out (the
 * end of `withdrawal`), and kyphoplasty's working cannula stopping in the posterior body while the
 * drill and then the balloon go on along the same path (the usual balloon-kyphoplasty technique).
 */
import type { ProcedureResult } from '../sim/run.ts'
import type { PhaseId } from '../sim/timeline.ts'
import { sampleTrack } from '../sim/track.ts'

/** Share of the access phase spent reaching the bone through the soft tissue (presentation). */
export const SOFT_TISSUE_SHARE = 0.3
/** Kyphoplasty: the cannula's tip stops this far short of the balloon's far end, mm (model choice). */
const CANNULA_CLEARANCE_MM = 2

export interface InstrumentState {
  /** The cannula is in the patient (or on the way in or out). */
  present: boolean
  /** Cannula tip along the needle's axis from its bone entry, mm; negative while outside the bone. */
  cannulaDepthMm: number
  /** The sharp trocar (stylet) fills the cannula. */
  trocar: boolean
  /** Kyphoplasty's drill tip depth, mm, while drilling; null otherwise. */
  drillDepthMm: number | null
  /** The balloon tamp is in place (inflating or deflating). */
  balloon: boolean
  /** Share of the cement still in the syringe while injecting (1 → 0); null otherwise. */
  syringeFull: number | null
}

/** The cannula's deepest point for a procedure: kyphoplasty leaves room ahead for the balloon. */
export function cannulaReachMm(result: ProcedureResult, needleLengthMm: number): number {
  if (result.scenario.procedure !== 'kyphoplasty') return needleLengthMm
  return Math.max(needleLengthMm * 0.5, needleLengthMm - result.scenario.balloonSizeMm - CANNULA_CLEARANCE_MM)
}

/** Procedure time when the trocar's tip reaches the bone, s. */
export function boneReachedS(result: ProcedureResult): number {
  const access = result.phases.find((p) => p.id === 'access')
  return access ? access.startS + SOFT_TISSUE_SHARE * (access.endS - access.startS) : 0
}

const NONE: InstrumentState = {
  present: false,
  cannulaDepthMm: 0,
  trocar: false,
  drillDepthMm: null,
  balloon: false,
  syringeFull: null,
}

export function instrumentsAt(
  result: ProcedureResult,
  procedureS: number,
  skinDistanceMm: number,
): InstrumentState {
  const phase = (id: PhaseId) => result.phases.find((p) => p.id === id)
  const within = (id: PhaseId) => {
    const p = phase(id)
    return p && procedureS >= p.startS && procedureS < p.endS
      ? (procedureS - p.startS) / (p.endS - p.startS)
      : null
  }
  const needle = result.needles[0]
  if (!needle) return NONE
  const reach = cannulaReachMm(result, needle.lengthMm)
  const track = result.tracks.needleDepthMm
  const depthAt = (t: number) => Math.min(reach, sampleTrack(track, t))
  const inject = phase('cementInjection')
  const injected = inject && procedureS >= inject.startS && procedureS < inject.endS
  const volume = result.outcome.injectedMl
  const state = (cannulaDepthMm: number, extra: Partial<InstrumentState> = {}): InstrumentState => ({
    ...NONE,
    present: true,
    cannulaDepthMm,
    ...extra,
  })

  const access = within('access')
  const accessPhase = phase('access')
  if (access !== null && accessPhase) {
    // Through the skin and muscle first, then into the pedicle as the track says (time compressed).
    if (access < SOFT_TISSUE_SHARE)
      return state(-skinDistanceMm * (1 - access / SOFT_TISSUE_SHARE), { trocar: true })
    const f = (access - SOFT_TISSUE_SHARE) / (1 - SOFT_TISSUE_SHARE)
    return state(depthAt(accessPhase.startS + f * (accessPhase.endS - accessPhase.startS)), { trocar: true })
  }
  if (within('needleAdvance') !== null) return state(depthAt(procedureS), { trocar: true })
  const drill = within('drill')
  if (drill !== null) {
    // In to the needle's full length, then back out.
    const depth =
      drill < 0.7
        ? reach + (needle.lengthMm - reach) * (drill / 0.7)
        : needle.lengthMm - (needle.lengthMm - reach) * ((drill - 0.7) / 0.3)
    return state(reach, { drillDepthMm: depth })
  }
  if (within('balloonInflation') !== null || within('balloonDeflation') !== null)
    return state(reach, { balloon: true })
  if (injected && inject) {
    const injectedMl = sampleTrack(result.tracks.injectedMl, procedureS)
    return state(depthAt(procedureS), { syringeFull: volume > 0 ? Math.max(0, 1 - injectedMl / volume) : 0 })
  }
  const withdrawal = within('withdrawal')
  const withdrawalPhase = phase('withdrawal')
  if (withdrawal !== null && withdrawalPhase) {
    // Back along the track to the bone's surface, then out through the skin.
    const last = 1 - SOFT_TISSUE_SHARE
    if (withdrawal < last) {
      const t = withdrawalPhase.startS + (withdrawal / last) * (withdrawalPhase.endS - withdrawalPhase.startS)
      return state(depthAt(t))
    }
    return state(-skinDistanceMm * ((withdrawal - last) / SOFT_TISSUE_SHARE))
  }
  // Between the end of access and the drill, or the balloon and the cement: the cannula waits.
  const beforeEnd = (id: PhaseId) => {
    const p = phase(id)
    return p !== undefined && procedureS >= p.endS
  }
  if (beforeEnd('access') && !beforeEnd('withdrawal')) return state(depthAt(procedureS))
  return NONE
}
