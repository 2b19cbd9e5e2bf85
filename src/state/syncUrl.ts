/**
 * Two-way link between the store and the address bar: read once at start, then follow the
 * store with `history.replaceState` (no history entry per slider step).
 */

import type { AppStore } from './store.ts'
import { scenarioInputFromSearch, searchFromState, urlKeyNames, viewFromSearch } from './urlParams.ts'

export function syncUrl(
  store: AppStore,
  location: Location = window.location,
  history: History = window.history,
): () => void {
  const input = scenarioInputFromSearch(location.search)
  if (Object.keys(input).length > 0)
    store.getState().actions.applyScenario(input, 'url', urlKeyNames(location.search))
  const { view, problems } = viewFromSearch(location.search, store.getState().view)
  store.getState().actions.setLabels(view.labels)
  for (const message of problems) store.getState().actions.notify('url', message)
  const write = () => {
    const { scenario, view } = store.getState()
    const search = searchFromState(scenario, view, location.search)
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
  }
  write()
  return store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario || s.view !== prev.view) write()
  })
}
