/**
 * Runs the simulation once per scenario, off the main thread, in one long-lived Web Worker
 * (`src/sim/simulate.worker.ts`), and puts each result into the store. DOM-free apart from the
 * default Worker constructor, so Node tests drive it with a fake worker.
 */
import type { Scenario } from '../sim/scenario.ts'
import type { ProcedureResult } from '../sim/simulate.ts'
import type { AppStore } from './store.ts'

/** Quiet time after a scenario change before it is simulated, ms: a dragged slider posts once. */
export const SIMULATION_DEBOUNCE_MS = 150

export interface SimulationRequest {
  id: number
  scenario: Scenario
}

export interface SimulationReply {
  id: number
  result: ProcedureResult
}

/** The part of a `Worker` the client uses. */
export interface SimulationWorker {
  postMessage(message: SimulationRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null
  /** A failed load fires a plain `Event`, without `message`. */
  onerror: ((event: ErrorEvent) => void) | null
}

const moduleWorker = (): SimulationWorker =>
  new Worker(new URL('../sim/simulate.worker.ts', import.meta.url), { type: 'module' })

/**
 * Simulates the store's scenario now and after every change (debounced); status, result and
 * errors go to `store.simulation`. Never throws. Returns a function that stops it.
 */
export function startSimulation(store: AppStore, createWorker = moduleWorker): () => void {
  const actions = store.getState().actions
  let worker: SimulationWorker | null = null
  let latest = 1 // id of the newest scenario
  let running = 0 // id the worker is running; 0 while idle
  let timer: ReturnType<typeof setTimeout> | undefined

  // One run at a time: a run cannot be interrupted, so newer scenarios wait and only the newest
  // is posted when the worker answers. That also says which run an error (it has no id) was.
  const post = () => {
    timer = undefined
    if (running !== 0) return
    running = latest
    worker ??= connect()
    worker.postMessage({ id: latest, scenario: store.getState().scenario })
  }
  const answered = (id: number) => {
    running = 0
    // The result is stale: post the newest, unless the debounce will.
    if (id !== latest && timer === undefined) post()
  }

  const connect = (): SimulationWorker => {
    const w = createWorker()
    w.onmessage = ({ data }) => {
      if (worker !== w) return // a worker already let go of
      if (data.id === latest) actions.simulationFinished(data.result)
      answered(data.id)
    }
    w.onerror = (event) => {
      event.preventDefault() // handled here, not also an uncaught error in the page
      if (worker !== w) return
      // A worker that failed to load never answers: the next run gets a fresh one.
      w.terminate()
      worker = null
      const failed = running
      const reason = event.message || 'its script did not load'
      if (failed === latest)
        actions.simulationFailed(
          `simulation: expected a result from the worker, got an error (${reason}) — change a value to run it again`,
        )
      if (failed !== 0) answered(failed)
    }
    return w
  }

  actions.simulationStarted()
  post() // the URL is already read: no reason to wait
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.scenario === prev.scenario) return
    latest++
    actions.simulationStarted()
    clearTimeout(timer)
    timer = setTimeout(post, SIMULATION_DEBOUNCE_MS)
  })
  return () => {
    unsubscribe()
    clearTimeout(timer)
    worker?.terminate()
    worker = null
  }
}
