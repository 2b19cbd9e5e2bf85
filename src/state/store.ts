/**
 * The app's one store (vanilla zustand, so Node tests need no React). Every writer — URL, leva
 * panel, DOM controls and, later, the postMessage bridge — goes through `applyScenario`, which
 * validates with the scenario schema and turns whatever it had to clamp or refuse into notices
 * the UI shows.
 */
import { createStore } from 'zustand/vanilla'
import { DEFAULT_SCENARIO, parseScenario, type Scenario, type ScenarioProblem } from '../sim/scenario.ts'
import type { ProcedureResult } from '../sim/simulate.ts'

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

/** The simulation of the current scenario, run in a worker (`simulationClient.ts`). */
export interface SimulationState {
  /** `running` from a scenario change until its result (or error) arrives. */
  status: 'idle' | 'running' | 'ready' | 'error'
  /** The newest result; kept while a newer one runs or after an error (check `result.scenario`). */
  result: ProcedureResult | null
  error: string | null
}

export interface AppState {
  scenario: Scenario
  view: ViewState
  notices: Notice[]
  simulation: SimulationState
  actions: {
    /**
     * Applies a partial scenario from any source; bad values become notices, never errors.
     * `keyNames` renames keys in those notices to the words the source used (`loss` in a URL).
     */
    applyScenario(input: unknown, source: ChangeSource, keyNames?: Record<string, string>): void
    setLabels(on: boolean): void
    /** Shows a message about input that did not go through the scenario schema (view options). */
    notify(source: ChangeSource, message: string): void
    dismissNotice(id: number): void
    /** The scenario changed: the stored result (kept) no longer describes it. */
    simulationStarted(): void
    /** The result for the current scenario arrived. */
    simulationFinished(result: ProcedureResult): void
    /** The run for the current scenario failed; `message` says why (STYLE.md's error format). */
    simulationFailed(message: string): void
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
    simulation: { status: 'idle', result: null, error: null },
    actions: {
      applyScenario(input, source, keyNames = {}) {
        const { scenario, problems } = parseScenario(input, get().scenario)
        // Each message starts with its key ("heightLossPct: 75 is outside …").
        const say = (p: ScenarioProblem) => {
          const name = keyNames[p.key]
          return name && p.message.startsWith(`${p.key}:`)
            ? `${name}${p.message.slice(p.key.length)}`
            : p.message
        }
        set((s) => ({
          scenario,
          notices: withNotices(s.notices, problems.map(say), source),
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
      simulationStarted() {
        // Called at every slider step: no new state (and no re-render) while already running.
        set((s) =>
          s.simulation.status === 'running'
            ? s
            : { simulation: { ...s.simulation, status: 'running', error: null } },
        )
      },
      simulationFinished(result) {
        set({ simulation: { status: 'ready', result, error: null } })
      },
      simulationFailed(message) {
        set((s) => ({ simulation: { ...s.simulation, status: 'error', error: message } }))
      },
    },
  }))
}

export type AppStore = ReturnType<typeof createAppStore>

/** The store the app runs on. Tests make their own with `createAppStore`. */
export const appStore = createAppStore()
