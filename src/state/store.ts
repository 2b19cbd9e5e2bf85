/**
 * The app's one store (vanilla zustand, so Node tests need no React). Every writer — URL, leva
 * panel, DOM controls and, later, the postMessage bridge — goes through `applyScenario`, which
 * validates with the scenario schema and turns whatever it had to clamp or refuse into notices
 * the UI shows.
 */
import { createStore } from 'zustand/vanilla'
import { DEFAULT_SCENARIO, parseScenario, type Scenario } from '../sim/scenario.ts'

/** Where a change came from; shown with its notices so the user knows what to fix. */
export type ChangeSource = 'url' | 'panel' | 'controls' | 'api'

export interface Notice {
  id: number
  source: ChangeSource
  message: string
}

export interface ViewState {
  /** Level names beside the vertebrae. */
  labels: boolean
}

export interface AppState {
  scenario: Scenario
  view: ViewState
  notices: Notice[]
  actions: {
    /** Applies a partial scenario from any source; bad values become notices, never errors. */
    applyScenario(input: unknown, source: ChangeSource): void
    setLabels(on: boolean): void
    /** Shows a message about input that did not go through the scenario schema (view options). */
    notify(source: ChangeSource, message: string): void
    dismissNotice(id: number): void
  }
}

const MAX_NOTICES = 4

export function createAppStore(initial: Partial<Pick<AppState, 'scenario' | 'view'>> = {}) {
  let nextNoticeId = 1
  const withNotices = (notices: Notice[], messages: string[], source: ChangeSource) =>
    messages.length === 0
      ? notices
      : [...notices, ...messages.map((message) => ({ id: nextNoticeId++, source, message }))].slice(
          -MAX_NOTICES,
        )
  return createStore<AppState>()((set, get) => ({
    scenario: initial.scenario ?? DEFAULT_SCENARIO,
    view: initial.view ?? { labels: true },
    notices: [],
    actions: {
      applyScenario(input, source) {
        const { scenario, problems } = parseScenario(input, get().scenario)
        set((s) => ({
          scenario,
          notices: withNotices(
            s.notices,
            problems.map((p) => p.message),
            source,
          ),
        }))
      },
      setLabels(on) {
        set((s) => ({ view: { ...s.view, labels: on } }))
      },
      notify(source, message) {
        set((s) => ({ notices: withNotices(s.notices, [message], source) }))
      },
      dismissNotice(id) {
        set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
      },
    },
  }))
}

export type AppStore = ReturnType<typeof createAppStore>

/** The store the app runs on. Tests make their own with `createAppStore`. */
export const appStore = createAppStore()
