/**
 * Tells embedding pages and tests how the simulation stands: `data-simulation` on `<html>`
 * (`idle | running | ready | error`) and, per result, a `spine3d:simulated` window event whose
 * detail is `{ scenario, outcome }`: plain JSON, the typed arrays stay in the store.
 */
import type { AppStore, SimulationState } from './store.ts'

export const SIMULATED_EVENT = 'spine3d:simulated'

export function publishSimulation(
  store: AppStore,
  root: HTMLElement = document.documentElement,
  target: EventTarget = window,
): () => void {
  const publish = (now: SimulationState, before: SimulationState | null) => {
    // Set before the event, so a listener already sees `ready`.
    root.dataset.simulation = now.status
    if (now.result && now.result !== before?.result) {
      const { scenario, outcome } = now.result
      // A copy: a listener cannot change the store's data.
      target.dispatchEvent(
        new CustomEvent(SIMULATED_EVENT, { detail: structuredClone({ scenario, outcome }) }),
      )
    }
  }
  publish(store.getState().simulation, null)
  return store.subscribe((s, prev) => {
    if (s.simulation !== prev.simulation) publish(s.simulation, prev.simulation)
  })
}
