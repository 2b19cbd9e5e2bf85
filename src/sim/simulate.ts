/**
 * The simulation's public entry points: simulate a scenario once, estimate its leak risk over
 * many seeds, and sample a result at any time for playback.
 */
import { flowShape, prepare } from './prepare.ts'
import { type ProcedureResult, run } from './run.ts'
import type { Scenario } from './scenarioFields.ts'

export type { Outcome } from './outcome.ts'
export { estimateRisk, type Risk } from './risk.ts'
export type { ProcedureResult } from './run.ts'
export { type ProcedureSample, sampleProcedure } from './sampleProcedure.ts'

/** Simulate one procedure; a pure function of `scenario` (its `seed` picks the patient's bone and veins). */
export function simulate(scenario: Scenario): ProcedureResult {
  return run(scenario, prepare(flowShape(scenario)))
}
