/**
 * Two-way link between the app's state and the address bar: read at start, then follow the store
 * with `history.replaceState` (no history entry per slider step). A change of the case or the view
 * after a quiet second gets its own history entry, so the browser's back and forward step through
 * the cases looked at; `popstate` reads the address again through the same path as the start (an
 * embed never pushes: its entries would be the host page's back button). The player's position is
 * written only while paused (after a scrub settles), so a copied link reopens the frame on screen.
 * The language comes from `lang=`, else the browser's languages (`languageParams.ts`), and is
 * always written back.
 */
import { DEFAULT_SCENARIO } from '../sim/scenario.ts'
import { heightsFromSearch, writeHeightsParam } from './heightsParams.ts'
import { languageFromSearch, writeLanguageParam } from './languageParams.ts'
import { modeFromSearch, rememberedMode, rememberMode } from './modeParams.ts'
import { playbackFromSearch, requestedStoryS, writePlaybackParams } from './playbackParams.ts'
import type { Player } from './player.ts'
import type { Playhead } from './playhead.ts'
import { type AppStore, DEFAULT_VIEW } from './store.ts'
import { scenarioInputFromSearch, searchFromState, urlKeyNames } from './urlParams.ts'
import { viewFromSearch } from './viewParams.ts'

/** Quiet time after the last seek before a paused position is written, ms. */
const SEEK_WRITE_DELAY_MS = 250
/** Changes of the case or view closer together than this share one history entry (a slider's steps), ms. */
const HISTORY_QUIET_MS = 1000

/** Where the address's changes come from: the window, or nothing (Node tests, no back/forward). */
export interface AddressEvents {
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
  /** True in a frame: the app then never adds history entries. */
  framed: boolean
}

const browserEvents = (): AddressEvents | null =>
  typeof window === 'undefined'
    ? null
    : {
        addEventListener: (type, listener) => window.addEventListener(type, listener),
        removeEventListener: (type, listener) => window.removeEventListener(type, listener),
        framed: window.parent !== window,
      }

export function syncUrl(
  store: AppStore,
  playhead: Playhead,
  player: Player,
  location: Location = window.location,
  history: History = window.history,
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  events: AddressEvents | null = browserEvents(),
): () => void {
  const { actions } = store.getState()
  /**
   * Applies the address. At start over the store as it is; after back/forward (`fresh`) over the
   * defaults, since the app writes only what differs from them.
   */
  const read = (search: string, fresh: boolean) => {
    const language = languageFromSearch(search, browserLanguages)
    actions.chooseLanguage(language.lang)
    if (language.problem) actions.notify('url', language.problem)
    const input = scenarioInputFromSearch(search)
    if (fresh) actions.applyScenario(input, 'url', urlKeyNames(search), DEFAULT_SCENARIO)
    else if (Object.keys(input).length > 0) actions.applyScenario(input, 'url', urlKeyNames(search))
    const current = store.getState().view
    const { view, problems } = viewFromSearch(search, fresh ? { ...DEFAULT_VIEW, cut: current.cut } : current)
    actions.setView(view)
    const measured = heightsFromSearch(search)
    if (measured.heights) actions.applyHeights(measured.heights, 'url')
    if (measured.problem) problems.push(measured.problem)
    const { mode, problem: modeProblem } = modeFromSearch(search, rememberedMode())
    actions.setMode(mode)
    if (modeProblem) problems.push(modeProblem)
    const { request, problems: playbackProblems } = playbackFromSearch(
      search,
      store.getState().scenario.procedure,
    )
    for (const message of [...problems, ...playbackProblems]) actions.notify('url', message)
    const storyS = requestedStoryS(request, store.getState().scenario.procedure)
    if (storyS !== undefined) player.seek(storyS)
    if (request.play) player.play()
  }
  read(location.search, false)

  let lastEntryMs = Number.NEGATIVE_INFINITY
  let restoring = false
  /** `entry`: the case or view changed, worth its own history entry unless it follows another closely. */
  const write = (entry = false) => {
    const { scenario, view, playback } = store.getState()
    const params = new URLSearchParams(searchFromState(scenario, view, location.search))
    params.set('mode', store.getState().mode)
    writeHeightsParam(store.getState().measured, params)
    writeLanguageParam(store.getState().language.chosen, params)
    if (!playback.playing)
      writePlaybackParams(scenario.procedure, playhead.getState().storyS, playback.started, params)
    const text = params.toString()
    const search = text ? `?${text}` : ''
    if (search === location.search) return
    const url = `${location.pathname}${search}${location.hash}`
    const now = Date.now()
    const push =
      entry && !restoring && events !== null && !events.framed && now - lastEntryMs > HISTORY_QUIET_MS
    if (entry && !restoring) lastEntryMs = now
    if (push) history.pushState(null, '', url)
    else history.replaceState(history.state, '', url)
  }
  write()
  // Back or forward to another entry of this page: show what its address says.
  const onPopState = () => {
    restoring = true
    try {
      read(location.search, true)
    } finally {
      restoring = false
    }
    write()
  }
  events?.addEventListener('popstate', onPopState)
  let timer: ReturnType<typeof setTimeout> | undefined
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (s.mode !== prev.mode) rememberMode(s.mode)
    const entry = s.scenario !== prev.scenario || s.view.mode !== prev.view.mode
    if (
      entry ||
      s.view !== prev.view ||
      s.mode !== prev.mode ||
      s.measured !== prev.measured ||
      s.playback.playing !== prev.playback.playing ||
      s.language.chosen !== prev.language.chosen
    )
      write(entry)
  })
  const unsubscribePlayhead = playhead.subscribe(() => {
    if (store.getState().playback.playing) return
    clearTimeout(timer)
    timer = setTimeout(() => write(), SEEK_WRITE_DELAY_MS)
  })
  return () => {
    clearTimeout(timer)
    events?.removeEventListener('popstate', onPopState)
    unsubscribeStore()
    unsubscribePlayhead()
  }
}
