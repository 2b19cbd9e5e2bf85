/**
 * Estimates the current case's leak risk over many simulated patients when a view needs it (the risk
 * overlay, compare mode, the what-if figures): in its own worker, so a risk run never delays the
 * playback's simulation; debounced and newest only, like the simulation. About 0.2 s a procedure.
 */
import type { Scenario } from '../sim/scenario.ts'
import { type JobWorker, latestOnly } from './latestOnly.ts'
import type { AppState, AppStore } from './store.ts'
import { simulationWorker, type WorkerReply, type WorkerRequest } from './workerProtocol.ts'

/** Patients each estimate simulates: enough for a ±15-point interval, fast enough for the what-if. */
export const RISK_SEEDS = 32
export const RISK_DEBOUNCE_MS = 150

type RiskRequest = Omit<Extract<WorkerRequest, { kind: 'risk' }>, 'id'>
type RiskReply = Extract<WorkerReply, { kind: 'risk' }>
export type RiskWorker = JobWorker<RiskRequest, RiskReply>

/** Whether anything on screen shows the risk. */
export const wantsRisk = (s: AppState) => s.view.overlays.includes('risk') || s.view.mode === 'compare'
const other = (scenario: Scenario): Scenario => ({
  ...scenario,
  procedure: scenario.procedure === 'kyphoplasty' ? 'vertebroplasty' : 'kyphoplasty',
})

export function startRiskEstimates(
  store: AppStore,
  createWorker = simulationWorker as () => RiskWorker,
): () => void {
  const actions = store.getState().actions
  // Two jobs per estimate in compare mode (this procedure, then the other): the replies are paired here.
  let pending: { scenario: Scenario; compare: boolean; first: RiskReply | null } | null = null
  const runner = latestOnly<RiskRequest, RiskReply>({
    createWorker,
    debounceMs: RISK_DEBOUNCE_MS,
    onReply: (reply) => {
      if (!pending) return
      if (pending.compare && pending.first === null) {
        pending.first = reply
        runner.request({ kind: 'risk', scenario: other(pending.scenario), seeds: RISK_SEEDS }, true)
        return
      }
      const main = pending.first ?? reply
      actions.riskFinished({
        scenario: pending.scenario,
        risk: main.risk,
        companion: pending.compare ? reply.risk : null,
        exits: main.exits,
      })
      pending = null
    },
    onError: (reason) =>
      actions.riskFailed(
        `risk: expected an estimate from the worker, got an error (${reason}) — change a value to try again`,
      ),
  })
  const request = (state: AppState, now: boolean) => {
    pending = { scenario: state.scenario, compare: state.view.mode === 'compare', first: null }
    actions.riskStarted()
    runner.request({ kind: 'risk', scenario: state.scenario, seeds: RISK_SEEDS }, now)
  }
  const stale = (s: AppState) =>
    s.risk.scenario !== s.scenario || (s.view.mode === 'compare' && s.risk.companion === null)
  if (wantsRisk(store.getState())) request(store.getState(), true)
  const unsubscribe = store.subscribe((s, prev) => {
    if (!wantsRisk(s)) return
    if (s.scenario !== prev.scenario) request(s, false)
    else if (stale(s) && (!wantsRisk(prev) || s.view.mode !== prev.view.mode) && s.risk.status !== 'running')
      request(s, true)
  })
  return () => {
    unsubscribe()
    runner.stop()
  }
}
