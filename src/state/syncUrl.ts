/**
 * Two-way link between the app's state and the address bar: read once at start, then follow the
 * store with `history.replaceState` (no history entry per slider step). The player's position is
 * written only while paused (after a scrub settles), so a copied link reopens the frame on screen.
 * The language comes from `lang=`, else the browser's languages (`languageParams.ts`), and is
 * always written back.
 */
import { heightsFromSearch, writeHeightsParam } from './heightsParams.ts'
import { languageFromSearch, writeLanguageParam } from './languageParams.ts'
import { modeFromSearch, rememberedMode, rememberMode } from './modeParams.ts'
import { playbackFromSearch, requestedStoryS, writePlaybackParams } from './playbackParams.ts'
import type { Player } from './player.ts'
import type { Playhead } from './playhead.ts'
import type { AppStore } from './store.ts'
import { scenarioInputFromSearch, searchFromState, urlKeyNames } from './urlParams.ts'
import { viewFromSearch } from './viewParams.ts'

/** Quiet time after the last seek before a paused position is written, ms. */
const SEEK_WRITE_DELAY_MS = 250

export function syncUrl(
  store: AppStore,
  playhead: Playhead,
  player: Player,
  location: Location = window.location,
  history: History = window.history,
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): () => void {
  const { actions } = store.getState()
  const language = languageFromSearch(location.search, browserLanguages)
  actions.chooseLanguage(language.lang)
  if (language.problem) actions.notify('url', language.problem)
  const input = scenarioInputFromSearch(location.search)
  if (Object.keys(input).length > 0) actions.applyScenario(input, 'url', urlKeyNames(location.search))
  const { view, problems } = viewFromSearch(location.search, store.getState().view)
  actions.setView(view)
  const measured = heightsFromSearch(location.search)
  if (measured.heights) actions.applyHeights(measured.heights, 'url')
  if (measured.problem) problems.push(measured.problem)
  const { mode, problem: modeProblem } = modeFromSearch(location.search, rememberedMode())
  actions.setMode(mode)
  if (modeProblem) problems.push(modeProblem)
  const { request, problems: playbackProblems } = playbackFromSearch(
    location.search,
    store.getState().scenario.procedure,
  )
  for (const message of [...problems, ...playbackProblems]) actions.notify('url', message)
  const storyS = requestedStoryS(request, store.getState().scenario.procedure)
  if (storyS !== undefined) player.seek(storyS)
  if (request.play) player.play()

  const write = () => {
    const { scenario, view, playback } = store.getState()
    const params = new URLSearchParams(searchFromState(scenario, view, location.search))
    params.set('mode', store.getState().mode)
    writeHeightsParam(store.getState().measured, params)
    writeLanguageParam(store.getState().language.chosen, params)
    if (!playback.playing)
      writePlaybackParams(scenario.procedure, playhead.getState().storyS, playback.started, params)
    const text = params.toString()
    const search = text ? `?${text}` : ''
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
  }
  write()
  let timer: ReturnType<typeof setTimeout> | undefined
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (s.mode !== prev.mode) rememberMode(s.mode)
    if (
      s.scenario !== prev.scenario ||
      s.view !== prev.view ||
      s.mode !== prev.mode ||
      s.measured !== prev.measured ||
      s.playback.playing !== prev.playback.playing ||
      s.language.chosen !== prev.language.chosen
    )
      write()
  })
  const unsubscribePlayhead = playhead.subscribe(() => {
    if (store.getState().playback.playing) return
    clearTimeout(timer)
    timer = setTimeout(write, SEEK_WRITE_DELAY_MS)
  })
  return () => {
    clearTimeout(timer)
    unsubscribeStore()
    unsubscribePlayhead()
  }
}
