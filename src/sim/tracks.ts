/**
 * Keyframe tracks of a run: needle depth, balloon volume and pressure, body heights, injected
 * volume and injection pressure, all over procedure time. The scene samples them each frame.
 */
import type { Balloon } from './balloon.ts'
import type { CementFlow } from './cementFlow.ts'
import type { Heights } from './fracture.ts'
import type { Needle } from './instruments.ts'
import type { Phase, PhaseId } from './timeline.ts'
import { type Track, track } from './track.ts'

/** Share of the needle's path that lies in the pedicle, reached at the end of access (model choice). */
const PEDICLE_SHARE = 0.4

export interface TrackInput {
  phases: readonly Phase[]
  needles: readonly Needle[]
  tamp: Balloon | null
  flow: CementFlow
  fractured: Heights
  /** Heights at full inflation (kyphoplasty) and at the end. */
  peak: Heights
  final: Heights
}

/** Every time-varying figure of a run, as keyframes. */
export interface ProcedureTracks {
  needleDepthMm: Track
  balloonVolumeMl: Track
  balloonPressurePsi: Track
  anteriorMm: Track
  middleMm: Track
  posteriorMm: Track
  injectedMl: Track
  injectionPressureMPa: Track
}

/** Build every track of a run. */
export function procedureTracks(input: TrackInput): ProcedureTracks {
  const { phases, tamp, flow, fractured, peak, final } = input
  const at = (id: PhaseId, edge: 'startS' | 'endS') => phases.find((p) => p.id === id)?.[edge] ?? 0
  const lengthMm = Math.max(0, ...input.needles.map((n) => n.lengthMm))
  const needleDepthMm = track([
    [0, 0],
    [at('access', 'endS'), PEDICLE_SHARE * lengthMm],
    [at('needleAdvance', 'endS'), lengthMm],
    [at('withdrawal', 'startS'), lengthMm],
    [at('withdrawal', 'endS'), 0],
  ])
  const inflate0 = at('balloonInflation', 'startS')
  const inflate1 = at('balloonInflation', 'endS')
  const deflate1 = at('balloonDeflation', 'endS')
  const vol = tamp?.volumeMl ?? 0
  const psi = tamp?.peakPsi ?? 0
  // Pressure follows the square of the filled fraction during inflation (balloon.ts).
  const steps = [0, 0.25, 0.5, 0.75, 1]
  const balloonVolumeMl = track(
    tamp
      ? [
          [0, 0],
          [inflate0, 0],
          [inflate1, vol],
          [deflate1, 0],
        ]
      : [[0, 0]],
  )
  const balloonPressurePsi = track(
    tamp
      ? [
          [0, 0],
          ...steps.map((f) => [inflate0 + f * (inflate1 - inflate0), psi * f * f] as const),
          [deflate1, 0],
        ]
      : [[0, 0]],
  )
  const inject0 = at('cementInjection', 'startS')
  const inject1 = at('cementInjection', 'endS')
  const height = (key: keyof Heights) =>
    track(
      tamp
        ? [
            [0, fractured[key]],
            [inflate0, fractured[key]],
            [inflate1, peak[key]],
            [deflate1, final[key]],
          ]
        : [
            [0, fractured[key]],
            [inject0, fractured[key]],
            [inject1, final[key]],
          ],
    )
  return {
    needleDepthMm,
    balloonVolumeMl,
    balloonPressurePsi,
    anteriorMm: height('anterior'),
    middleMm: height('middle'),
    posteriorMm: height('posterior'),
    injectedMl: track([
      [0, 0],
      [inject0, 0],
      [inject1, flow.injectedMl],
    ]),
    injectionPressureMPa: {
      timeS: Float32Array.from([inject0, ...flow.pressureTimeS]),
      value: Float32Array.from([0, ...flow.pressureMPa]),
    },
  }
}
