/**
 * The app's one store (vanilla zustand, so Node tests need no React). Every writer — URL, leva
 * panel, DOM controls and, later, the postMessage bridge — goes through `applyScenario`, which
 * validates with the scenario schema and turns whatever it had to clamp or refuse into notices
 * the UI shows.
 */
import { createStore } from 'zustand/vanilla'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts'
import { type ChapterId, chapterAt, POSTER_STORY_S } from '../playback/story.ts'
import type { Heights } from '../sim/fracture.ts'
import { measuredFracture } from '../sim/measuredFracture.ts'
import {
  DEFAULT_SCENARIO,
  type ProblemText,
  parseScenario,
  type Scenario,
  type ScenarioProblem,
} from '../sim/scenario.ts'
import type { ProcedureResult, Risk } from '../sim/simulate.ts'
import type { ExitMark } from './workerProtocol.ts'

/** Where a change came from; shown with its notices so the user knows what to fix. */
export type ChangeSource = 'url' | 'panel' | 'controls' | 'api'

export interface Notice {
  id: number
  source: ChangeSource
  /** In English (the embedding API passes it on); the page shows `problem` in the reader's language when there is one. */
  message: string
  /** The message as data (`problem.<code>` in the catalogues), absent for a message given only as text. */
  problem?: ProblemText
}

/**
 * The page's language: `chosen` is the one asked for (address, browser, menu, API) and written to
 * the address; `shown` is the one whose texts are loaded and on screen. They differ while a
 * catalogue loads (`languageClient.ts`); components read `shown`.
 */
export interface LanguageState {
  chosen: Language
  shown: Language
}

/** Whether the fractured bone is drawn see-through: `auto` from the moment the needle enters it. */
export type SeeInside = 'auto' | 'on' | 'off'

/** Who the app is speaking to: a patient (the story, plain words) or an educator (every control). */
export const AUDIENCE_MODES = ['patient', 'educator'] as const
export type AudienceMode = (typeof AUDIENCE_MODES)[number]

/** The reader's own settings: text size (× the base size) and narration by the browser's voice. */
export interface Preferences {
  fontScale: number
  narration: boolean
}
export const FONT_SCALES = [1, 1.15, 1.3, 1.5] as const

export interface MeasuredState {
  heights: Heights
  shape: Scenario['shape']
  grade: 0 | 1 | 2 | 3
  kyphoticAngleDeg: number
  normal: Heights
}

/** Overlays drawn over the view: leak risk, height restoration, a fluoroscopy picture-in-picture, anatomy labels. */
export const OVERLAYS = ['risk', 'height', 'fluoro', 'anatomy'] as const
export type Overlay = (typeof OVERLAYS)[number]
/** The main view: the 3D scene, the fluoroscopy image, both procedures side by side, or a cut-away. */
export const VIEW_MODES = ['scene', 'fluoro', 'compare', 'cutaway'] as const
export type ViewMode = (typeof VIEW_MODES)[number]
/** Fluoroscopy projections: lateral (from the side) or anteroposterior. */
export const PROJECTIONS = ['lateral', 'ap'] as const
export type Projection = (typeof PROJECTIONS)[number]
export const CUT_AXES = ['sagittal', 'axial'] as const
export type CutAxis = (typeof CUT_AXES)[number]

export interface ViewState {
  /** Level names beside the vertebrae. */
  labels: boolean
  /** Short stubs of the ribs at T1–T12, so the thoracic levels read as thoracic. */
  ribs: boolean
  seeInside: SeeInside
  /** Chapter captions under the view. */
  captions: boolean
  overlays: readonly Overlay[]
  mode: ViewMode
  projection: Projection
  /** The cut-away's plane: its orientation and its offset from the fractured body's centre, mm. */
  cut: { axis: CutAxis; offsetMm: number }
}

/** Playback speeds the player offers (× real story time). */
export const PLAYBACK_SPEEDS = [0.5, 0.75, 1, 1.5, 2, 4] as const

/**
 * The player's slow state. The story time itself changes every frame and lives in the playhead
 * (`playhead.ts`), not here; `chapter` follows it, changing a few times per story.
 */
export interface PlaybackState {
  playing: boolean
  speed: number
  loop: boolean
  /** The chapter at the playhead. */
  chapter: ChapterId
  /** False until the first play or seek: the first play of the opening frame starts the story from 0. */
  started: boolean
}

/** The simulation of the current scenario, run in a worker (`simulationClient.ts`). */
export interface SimulationState {
  /** `running` from a scenario change until its result (or error) arrives. */
  status: 'idle' | 'running' | 'ready' | 'error'
  /** The newest result; kept while a newer one runs or after an error (check `result.scenario`). */
  result: ProcedureResult | null
  /** The same case by the other procedure, in compare mode; null otherwise. */
  companion: ProcedureResult | null
  error: string | null
}

/** The leak risk of the current case over many simulated patients (`riskClient.ts`), when a view needs it. */
export interface RiskState {
  status: 'idle' | 'running' | 'ready' | 'error'
  /** The case it was estimated for (check against the scenario: a newer one may be running). */
  scenario: Scenario | null
  risk: Risk | null
  /** The same case by the other procedure (compare mode). */
  companion: Risk | null
  /** Where each route's exit sits, for the overlay's markers. */
  exits: readonly ExitMark[]
  error: string | null
}

export interface AppState {
  scenario: Scenario
  view: ViewState
  playback: PlaybackState
  notices: Notice[]
  simulation: SimulationState
  risk: RiskState
  language: LanguageState
  /** The sources dialog: open at this source's id, or closed (null). */
  sourcesAt: string | null
  mode: AudienceMode
  preferences: Preferences
  /** The heights entered from the patient's radiograph and what they give; null once the fracture is set otherwise. */
  measured: MeasuredState | null
  actions: {
    /**
     * Applies a partial scenario from any source; bad values become notices, never errors.
     * `keyNames` renames keys in those notices to the words the source used (`loss` in a URL).
     */
    applyScenario(
      input: unknown,
      source: ChangeSource,
      keyNames?: Record<string, string>,
      /** What `input` is applied over: the current scenario unless given (back/forward: the defaults). */
      base?: Scenario,
    ): void
    /** Changes view options (labels, see-inside, captions). */
    setView(partial: Partial<ViewState>): void
    /** The player's slow state; `player.ts` is the one writer (it keeps the playhead in step). */
    setPlayback(partial: Partial<PlaybackState>): void
    /**
     * Shows a message about input that did not go through the scenario schema (view options): as
     * data (`ProblemText`, said in the reader's language) or as English text.
     */
    notify(source: ChangeSource, message: string | ProblemText): void
    /** Asks for the page in `lang`; it shows once its texts are loaded (`languageClient.ts`). */
    chooseLanguage(lang: Language): void
    /** `lang`'s texts are loaded and active: components re-render in it. `languageClient.ts` is the one caller. */
    languageShown(lang: Language): void
    dismissNotice(id: number): void
    /** Opens the sources dialog at a source (its id in sim/sources.ts), or closes it (null). */
    showSources(id: string | null): void
    /** Sets the fracture from heights measured on the patient's radiograph (impossible ones become a notice). */
    applyHeights(heights: Heights, source: ChangeSource): void
    setMode(mode: AudienceMode): void
    setPreferences(partial: Partial<Preferences>): void
    /** The scenario changed: the stored result (kept) no longer describes it. */
    simulationStarted(): void
    /** The result for the current scenario arrived (with the other procedure's, in compare mode). */
    simulationFinished(result: ProcedureResult, companion?: ProcedureResult | null): void
    /** The run for the current scenario failed; `message` says why (STYLE.md's error format). */
    simulationFailed(message: string): void
    riskStarted(): void
    riskFinished(estimate: Pick<RiskState, 'scenario' | 'risk' | 'companion' | 'exits'>): void
    riskFailed(message: string): void
  }
}

const MAX_NOTICES = 4

/** Whether two scenarios are the same case, key by key (`grade` absent on one and not the other differs). */
function sameScenario(a: Scenario, b: Scenario): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Scenario>
  for (const key of keys) if (a[key] !== b[key]) return false
  return true
}

export const DEFAULT_VIEW: ViewState = {
  labels: true,
  ribs: false,
  seeInside: 'auto',
  captions: true,
  overlays: [],
  mode: 'scene',
  projection: 'lateral',
  cut: { axis: 'sagittal', offsetMm: 0 },
}

export function createAppStore(initial: Partial<Pick<AppState, 'scenario' | 'view' | 'mode'>> = {}) {
  let nextNoticeId = 1
  const notice = (source: ChangeSource, message: string | ProblemText): Notice =>
    typeof message === 'string'
      ? { id: nextNoticeId++, source, message }
      : { id: nextNoticeId++, source, message: message.message, problem: message }
  const withNotices = (notices: Notice[], messages: (string | ProblemText)[], source: ChangeSource) =>
    messages.length === 0
      ? notices
      : [...notices, ...messages.map((message) => notice(source, message))].slice(-MAX_NOTICES)
  return createStore<AppState>()((set, get) => ({
    scenario: initial.scenario ?? DEFAULT_SCENARIO,
    view: initial.view ?? DEFAULT_VIEW,
    playback: {
      playing: false,
      speed: 1,
      loop: false,
      chapter: chapterAt((initial.scenario ?? DEFAULT_SCENARIO).procedure, POSTER_STORY_S).id,
      started: false,
    },
    notices: [],
    simulation: { status: 'idle', result: null, companion: null, error: null },
    risk: { status: 'idle', scenario: null, risk: null, companion: null, exits: [], error: null },
    sourcesAt: null,
    mode: initial.mode ?? 'patient',
    measured: null,
    preferences: { fontScale: 1, narration: false },
    language: { chosen: DEFAULT_LANGUAGE, shown: DEFAULT_LANGUAGE },
    actions: {
      applyScenario(input, source, keyNames = {}, base = get().scenario) {
        const { scenario, problems } = parseScenario(input, base)
        // Each message starts with its key ("heightLossPct: 75 is outside …"): said in the source's words.
        const say = (p: ScenarioProblem): ProblemText => {
          // Own names only: a key `__proto__` or `constructor` must not find Object's.
          const name = Object.hasOwn(keyNames, p.key) ? keyNames[p.key] : undefined
          if (!name || !p.message.startsWith(`${p.key}:`)) return p
          return {
            ...p,
            params: { ...p.params, key: name },
            message: `${name}${p.message.slice(p.key.length)}`,
          }
        }
        set((s) => {
          const same = (k: 'level' | 'shape' | 'heightLossPct') => scenario[k] === s.scenario[k]
          return {
            // The same case again (back to an entry showing it, a repeated command) keeps its object: no new run.
            scenario: sameScenario(scenario, s.scenario) ? s.scenario : scenario,
            notices: withNotices(s.notices, problems.map(say), source),
            // Heights from a radiograph describe one fracture: a new level or severity forgets them.
            measured: same('level') && same('shape') && same('heightLossPct') ? s.measured : null,
          }
        })
      },
      setView(partial) {
        set((s) => ({ view: { ...s.view, ...partial } }))
      },
      setPlayback(partial) {
        set((s) => ({ playback: { ...s.playback, ...partial } }))
      },
      notify(source, message) {
        set((s) => ({ notices: withNotices(s.notices, [message], source) }))
      },
      chooseLanguage(lang) {
        set((s) => (s.language.chosen === lang ? s : { language: { ...s.language, chosen: lang } }))
      },
      languageShown(lang) {
        set((s) => (s.language.shown === lang ? s : { language: { ...s.language, shown: lang } }))
      },
      showSources(id) {
        set({ sourcesAt: id })
      },
      applyHeights(heights, source) {
        const m = measuredFracture(get().scenario.level, heights)
        if (!m.ok) return get().actions.notify(source, m.problem)
        get().actions.applyScenario({ shape: m.shape, heightLossPct: m.heightLossPct }, source)
        const { shape, grade, kyphoticAngleDeg, normal } = m
        set({ measured: { heights, shape, grade, kyphoticAngleDeg, normal } })
        if (m.noteProblem) get().actions.notify(source, m.noteProblem)
      },
      setMode(mode) {
        set({ mode })
      },
      setPreferences(partial) {
        set((s) => ({ preferences: { ...s.preferences, ...partial } }))
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
      simulationFinished(result, companion = null) {
        set({ simulation: { status: 'ready', result, companion, error: null } })
      },
      simulationFailed(message) {
        set((s) => ({ simulation: { ...s.simulation, status: 'error', error: message } }))
      },
      riskStarted() {
        set((s) =>
          s.risk.status === 'running' ? s : { risk: { ...s.risk, status: 'running', error: null } },
        )
      },
      riskFinished(estimate) {
        set({ risk: { status: 'ready', ...estimate, error: null } })
      },
      riskFailed(message) {
        set((s) => ({ risk: { ...s.risk, status: 'error', error: message } }))
      },
    },
  }))
}

export type AppStore = ReturnType<typeof createAppStore>

/** The store the app runs on. Tests make their own with `createAppStore`. */
export const appStore = createAppStore()
