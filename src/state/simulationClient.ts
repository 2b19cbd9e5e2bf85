/**
 * Runs the simulation once per scenario, off the main thread, in one long-lived Web Worker
 * (`simulation.worker.ts`), and puts each result into the store — with the other procedure's in
 * compare mode. Debounced (a dragged slider posts once), newest only (`latestOnly.ts`). Never throws.
 */
import { provideCementField } from '../geometry/cementField.ts'
import { type JobWorker, latestOnly } from './latestOnly.ts'
import type { AppState, AppStore } from './store.ts'
import { simulationWorker, type WorkerReply, type WorkerRequest } from './workerProtocol.ts'

/** Quiet time after a scenario change before it is simulated, ms: a dragged slider posts once. */
export const SIMULATION_DEBOUNCE_MS = 150

export type SimulationRequest = Extract<WorkerRequest, { kind: 'simulate' }>
export type SimulationReply = Extract<WorkerReply, { kind: 'simulate' }>
export type SimulationWorker = JobWorker<Omit<SimulationRequest, 'id'>, SimulationReply>

const wantsCompanion = (s: AppState) => s.view.mode === 'compare'

/** Simulates the store's scenario now and after every change; status, results and errors go to `store.simulation`. */
export function startSimulation(
  store: AppStore,
  createWorker = simulationWorker as () => SimulationWorker,
): () => void {
  const actions = store.getState().actions
  const runner = latestOnly<Omit<SimulationRequest, 'id'>, SimulationReply>({
    createWorker,
    debounceMs: SIMULATION_DEBOUNCE_MS,
    onReply: (reply) => {
      // Built in the worker: the scene then uploads each field instead of building it (~200 ms).
      provideCementField(reply.result, reply.fields.result)
      if (reply.companion && reply.fields.companion)
        provideCementField(reply.companion, reply.fields.companion)
      actions.simulationFinished(reply.result, reply.companion)
    },
    onError: (reason) =>
      actions.simulationFailed(
        `simulation: expected a result from the worker, got an error (${reason}) — change a value to run it again`,
      ),
  })
  const request = (now: boolean) => {
    const state = store.getState()
    actions.simulationStarted()
    runner.request({ kind: 'simulate', scenario: state.scenario, companion: wantsCompanion(state) }, now)
  }
  request(true) // the URL is already read: no reason to wait
  const unsubscribe = store.subscribe((s, prev) => {
    const companionNeeded = wantsCompanion(s) && !wantsCompanion(prev) && s.simulation.companion === null
    if (s.scenario !== prev.scenario) request(false)
    else if (companionNeeded) request(true)
  })
  return () => {
    unsubscribe()
    runner.stop()
  }
}
