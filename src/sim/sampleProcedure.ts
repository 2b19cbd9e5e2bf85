/**
 * Read a simulated procedure at any time t, for playback: no simulation happens here, only
 * interpolation of the result's keyframes, so scrubbing and compare mode are cheap.
 */
import { type Heights, kyphoticAngleDeg, segmentalAngleDeg } from './fracture.ts'
import type { ProcedureResult } from './run.ts'
import type { PhaseId } from './timeline.ts'
import { sampleTrack } from './track.ts'

export interface ProcedureSample {
  /** The time sampled, clamped to [0, durationS], s. */
  timeS: number
  phase: PhaseId
  /** Progress through the current phase, 0–1. */
  phaseProgress: number
  needleDepthMm: number
  balloonVolumeMl: number
  balloonPressurePsi: number
  heightsMm: Heights
  kyphoticAngleDeg: number
  injectedMl: number
  injectionPressureMPa: number
  /** Cement outside the body so far (each leak grows evenly from its start to the end of injection), mL. */
  leakedMl: number
}

/** Everything the scene needs at `timeS` (clamped to the procedure; t < 0 reads as 0). */
export function sampleProcedure(result: ProcedureResult, timeS: number): ProcedureSample {
  const t = Math.min(result.durationS, Math.max(0, Number.isFinite(timeS) ? timeS : 0))
  const phase = result.phases.find((p) => t < p.endS) ?? result.phases[result.phases.length - 1]
  if (!phase) throw new Error('sampleProcedure: expected a result with phases, got none')
  const { tracks } = result
  const heightsMm = {
    anterior: sampleTrack(tracks.anteriorMm, t),
    middle: sampleTrack(tracks.middleMm, t),
    posterior: sampleTrack(tracks.posteriorMm, t),
  }
  const injection = result.phases.find((p) => p.id === 'cementInjection')
  const injectionEndS = injection?.endS ?? 0
  let leakedMl = 0
  for (const leak of result.leaks) {
    if (t <= leak.startS) continue
    const span = injectionEndS - leak.startS
    leakedMl += span > 0 ? leak.volumeMl * Math.min(1, (t - leak.startS) / span) : leak.volumeMl
  }
  const span = phase.endS - phase.startS
  return {
    timeS: t,
    phase: phase.id,
    phaseProgress: span > 0 ? Math.min(1, (t - phase.startS) / span) : 1,
    needleDepthMm: sampleTrack(tracks.needleDepthMm, t),
    balloonVolumeMl: sampleTrack(tracks.balloonVolumeMl, t),
    balloonPressurePsi: sampleTrack(tracks.balloonPressurePsi, t),
    heightsMm,
    kyphoticAngleDeg: segmentalAngleDeg(
      result.outcome.kyphoticAngleDeg.fractured,
      kyphoticAngleDeg(heightsMm, result.bodyDepthMm),
      result.scenario.fractureAgeDays,
    ),
    injectedMl: sampleTrack(tracks.injectedMl, t),
    injectionPressureMPa: sampleTrack(tracks.injectionPressureMPa, t),
    leakedMl,
  }
}
