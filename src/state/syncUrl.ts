/**
 * Two-way link between the store and the address bar: read once at start, then follow the
 * store with `history.replaceState` (no history entry per slider step).
 */

import type { AppStore } from './store.ts'
import { scenarioInputFromSearch, searchFromScenario } from './urlParams.ts'

export function syncUrl(
  store: AppStore,
  location: Location = window.location,
  history: History = window.history,
): () => void {
  const input = scenarioInputFromSearch(location.search)
  if (Object.keys(input).length > 0) store.getState().actions.applyScenario(input, 'url')
  const labels = new URLSearchParams(location.search).get('labels')
  if (labels !== null) store.getState().actions.setLabels(labels !== '0' && labels !== 'false')
  const write = () => {
    const search = searchFromScenario(store.getState().scenario, location.search)
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
  }
  write()
  return store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) write()
  })
}
