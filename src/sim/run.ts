/**
 * One simulated procedure: fracture → instruments → (balloon) → bone and exits → cement flow →
 * heights, timeline and keyframes. Deterministic from `scenario.seed`. `simulate` (simulate.ts)
 * is the public entry; this takes an already voxelised body so that risk and cohort runs can
 * reuse it across seeds.
 */
import type { Balloon } from './balloon.ts'
import { bone } from './bone.ts'
import { nearestInsideCell, type Vec3 } from './cellGrid.ts'
import { cementFlow, type LeakEvent } from './cementFlow.ts'
import { exits } from './exits.ts'
import { cavityMask, cavityVolumeMl, instruments, type Needle } from './instruments.ts'
import { type Outcome, outcome } from './outcome.ts'
import { flowShape, type Prepared, preparedKey } from './prepare.ts'
import { random } from './random.ts'
import { restored } from './restored.ts'
import type { Scenario } from './scenarioFields.ts'
import { injectionStartS, type Phase, timeline } from './timeline.ts'
import { type ProcedureTracks, procedureTracks } from './tracks.ts'
import { veins } from './veins.ts'

/** Everything the scene and UI need to play a procedure back at any time; plain, postable data. */
export interface ProcedureResult {
  scenario: Scenario
  phases: Phase[]
  durationS: number
  /** Depth of the vertebral body (front to back), mm: for the kyphotic angle at time t. */
  bodyDepthMm: number
  grid: { originMm: Vec3; cellMm: number; dims: readonly [number, number, number]; inside: Uint8Array }
  /** Per grid cell: procedure time the cement reached it, s; −1 never. */
  fillTimeS: Float32Array
  /** Kyphoplasty: 1 for cells the balloons emptied; null for vertebroplasty. */
  cavity: Uint8Array | null
  needles: Needle[]
  balloonCentresMm: Vec3[]
  /** Kyphoplasty: the balloon's figures; null for vertebroplasty. */
  balloon: Balloon | null
  leaks: LeakEvent[]
  tracks: ProcedureTracks
  outcome: Outcome
}

/** Simulate `scenario` on a body already voxelised for its level, shape and height loss. */
export function run(scenario: Scenario, prepared: Prepared): ProcedureResult {
  const { dims, grid } = prepared
  if (prepared.key !== preparedKey(flowShape(scenario))) {
    throw new Error(
      `run: expected a body prepared for ${preparedKey(flowShape(scenario))}, got ${prepared.key}`,
    )
  }
  const rng = random(scenario.seed)
  const kypho = scenario.procedure === 'kyphoplasty'
  const tools = instruments(dims, scenario.procedure, scenario.approach, scenario.balloonSizeMm)
  const shape = restored(scenario, dims)
  const cavity = shape.tamp ? cavityMask(grid, tools, scenario.balloonSizeMm, shape.tamp.volumeMl) : null
  // A balloon cannot grow through the cortex: it holds what the body lets it (the cavity).
  const tamp =
    shape.tamp && cavity
      ? { ...shape.tamp, volumeMl: cavityVolumeMl(grid, cavity) / tools.needles.length }
      : null
  const patient = veins(rng)
  const trabecular = bone(
    grid,
    {
      tScore: scenario.tScore,
      cleft: scenario.cleft,
      breach: scenario.corticalBreach,
      veins: patient,
      ...(cavity ? { cavity } : {}),
    },
    rng,
  )
  const ports = exits(grid, scenario.corticalBreach, scenario.cleft, patient)
  const entries: Vec3[] = kypho ? tools.balloonCentresMm : tools.needles.map((n) => n.tipMm)
  const startS = injectionStartS(scenario.procedure)
  const flow = cementFlow({
    grid,
    bone: trabecular,
    exits: ports,
    sourceCells: entries.map((p) => nearestInsideCell(grid, p)).filter((c) => c >= 0),
    volumeMl: scenario.cementVolumeMl,
    rateMlPerMin: scenario.injectionRateMlPerMin,
    startS,
    injectionStartMin: scenario.injectionStartMin,
    viscosity: scenario.cementViscosity,
  })
  const phases = timeline(scenario.procedure, flow.endS, scenario.injectionStartMin)
  const { normal, fractured, final, peak } = shape.heightsMm
  const result: ProcedureResult = {
    scenario,
    phases,
    durationS: (phases[phases.length - 1] as Phase).endS,
    bodyDepthMm: dims.bodyDepthMm,
    grid: { originMm: grid.originMm, cellMm: grid.cellMm, dims: grid.dims, inside: grid.inside },
    fillTimeS: flow.fillTimeS,
    cavity,
    needles: tools.needles,
    balloonCentresMm: tools.balloonCentresMm,
    balloon: tamp,
    leaks: flow.leaks,
    tracks: procedureTracks({
      phases,
      needles: tools.needles,
      tamp,
      flow,
      fractured,
      peak,
      final,
    }),
    outcome: outcome({
      flow,
      grid,
      heightsMm: { normal, fractured, final },
      kyphoticAngleDeg: shape.kyphoticAngleDeg,
    }),
  }
  return result
}
