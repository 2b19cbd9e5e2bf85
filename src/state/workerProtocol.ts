/** Messages between the app and the simulation's worker (`simulation.worker.ts`). */
import type { CementFieldData } from '../geometry/cementFieldData.ts'
import type { LeakRoute } from '../sim/exits.ts'
import type { Risk } from '../sim/risk.ts'
import type { ProcedureResult } from '../sim/run.ts'
import type { Scenario, ScenarioProblem } from '../sim/scenario.ts'

export type WorkerRequest =
  | { kind: 'simulate'; id: number; scenario: Scenario; companion: boolean }
  | { kind: 'risk'; id: number; scenario: Scenario; seeds: number }

export interface ExitMark {
  route: LeakRoute
  positionMm: [number, number, number]
}

export type WorkerReply =
  | {
      kind: 'simulate'
      id: number
      result: ProcedureResult
      /** The same case by the other procedure, when asked for (compare mode). */
      companion: ProcedureResult | null
      /** Each result's cement field, built in the worker (150–250 ms each off the main thread). */
      fields: { result: CementFieldData; companion: CementFieldData | null }
      problems: ScenarioProblem[]
    }
  | { kind: 'risk'; id: number; risk: Risk; exits: ExitMark[] }

/** A new worker on the app's worker script (each client has its own, so risk runs never delay playback). */
export const simulationWorker = () =>
  new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' })
