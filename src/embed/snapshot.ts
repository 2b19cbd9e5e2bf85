/**
 * The embed's state as a host page sees it (`getState`), and the whole of it as plain JSON to keep
 * and bring back (`captureState`, `restoreState`): the scenario, the view and overlays, the chapter
 * and time, the player's loop and speed, the mode, the language and the camera. Everything goes
 * through the app's own verbs (`applyScenario`, `setView`, the player), never around them.
 */
import type { CapturedState, EmbedStatus, PlaybackStatus, Spine3DState } from '../../sdk/types.ts'
import { chapterAt, storyChapters, storyDurationS } from '../playback/story.ts'
import { DEFAULT_SCENARIO, parseScenario, type Scenario, type ScenarioProblem } from '../sim/scenario.ts'
import type { Player } from '../state/player.ts'
import type { Playhead } from '../state/playhead.ts'
import { requestCamera, type SceneAccess } from '../state/sceneAccess.ts'
import type { AppStore } from '../state/store.ts'
import type { EmbedSettingsStore } from './embedSettings.ts'
import type { CommandArgs } from './messages.ts'
import { optionsFromView, viewFromOptions } from './options.ts'

/** What the embed acts on: the app's stores and player, passed in so Node tests make their own. */
export interface EmbedContext {
  store: AppStore
  player: Player
  playhead: Playhead
  settings: EmbedSettingsStore
  scene: SceneAccess
}

/** How long `restoreState` waits for the view to take the camera before answering, ms. */
const CAMERA_WAIT_MS = 1000

const round = (s: number) => Math.round(s * 1000) / 1000

export function playbackStatus({ store, playhead }: EmbedContext): PlaybackStatus {
  const { scenario, playback } = store.getState()
  const time = playhead.getState().storyS
  const duration = storyDurationS(scenario.procedure)
  const chapter = chapterAt(scenario.procedure, time)
  return {
    chapter: chapter.id,
    t: round(time - chapter.startS),
    time: round(time),
    duration,
    playing: playback.playing,
    loop: playback.loop,
    speed: playback.speed,
    ended: time >= duration,
  }
}

/** The state as the host sees it; `status` is the bridge's part (ready, visibility, ignored messages). */
export function getState(
  ctx: EmbedContext,
  status: Omit<EmbedStatus, 'simulation' | 'webgl' | 'visible'>,
): Spine3DState {
  const { scenario, view, simulation, mode, language } = ctx.store.getState()
  const settings = ctx.settings.getState()
  const scene = ctx.scene.getState()
  return {
    scenario: { ...scenario },
    view: optionsFromView(view),
    playback: playbackStatus(ctx),
    controls: settings.controls,
    mode,
    lang: language.chosen,
    background: settings.background as Spine3DState['background'],
    camera: scene.handle?.camera() ?? null,
    status: { ...status, simulation: simulation.status, webgl: scene.webgl, visible: scene.visible },
  }
}

export function captureState(ctx: EmbedContext): CapturedState {
  const { scenario, view, playback, mode, language } = ctx.store.getState()
  const status = playbackStatus(ctx)
  return {
    version: 1,
    scenario: { ...scenario },
    view: optionsFromView(view),
    playback: {
      chapter: status.chapter,
      t: status.t,
      loop: playback.loop,
      speed: playback.speed as CapturedState['playback']['speed'],
    },
    mode,
    lang: language.chosen,
    camera: ctx.scene.getState().handle?.camera() ?? null,
  }
}

/**
 * Brings a captured state back, paused where it was; answers once the view has taken the camera
 * (or after a second, if it cannot: hidden, or no WebGL). Returns what the scenario schema changed.
 */
export async function restoreState(
  ctx: EmbedContext,
  state: CommandArgs['restoreState'],
): Promise<ScenarioProblem[]> {
  const { actions } = ctx.store.getState()
  // Onto the defaults, not the current case: the result is the captured case whatever came before.
  const problems = applyScenarioInput(ctx, state.scenario, DEFAULT_SCENARIO)
  actions.setView(viewFromOptions(state.view))
  actions.setMode(state.mode)
  actions.chooseLanguage(state.lang)
  ctx.player.pause()
  ctx.player.setLoop(state.playback.loop)
  ctx.player.setSpeed(state.playback.speed)
  ctx.player.seekChapter(state.playback.chapter, state.playback.t)
  if (state.camera) {
    requestCamera(ctx.scene, state.camera)
    await cameraTaken(ctx.scene)
  }
  return problems
}

/**
 * Applies a scenario input over `base` through the store's validating path, and returns what the
 * scenario schema changed (each also a notice in the page, as from any other source).
 */
export function applyScenarioInput(
  ctx: EmbedContext,
  input: Record<string, unknown>,
  base: Scenario = ctx.store.getState().scenario,
): ScenarioProblem[] {
  const { actions } = ctx.store.getState()
  const { scenario, problems } = parseScenario(input, base)
  // A complete, valid scenario: the store's parse keeps it as it is and adds no notice of its own.
  // An unchanged case is left alone (a new object would simulate it again).
  if (!sameScenario(scenario, ctx.store.getState().scenario)) actions.applyScenario(scenario, 'api')
  for (const problem of problems) actions.notify('api', problem.message)
  return problems
}

function sameScenario(a: Scenario, b: Scenario): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Scenario>
  return [...keys].every((key) => a[key] === b[key])
}

/** Resolves when the view has taken a requested camera, or after `CAMERA_WAIT_MS`. */
function cameraTaken(scene: SceneAccess): Promise<void> {
  return new Promise((resolve) => {
    if (scene.getState().pendingCamera === null) return resolve()
    const done = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(done, CAMERA_WAIT_MS)
    const unsubscribe = scene.subscribe((s) => s.pendingCamera === null && done())
  })
}

/** Chapters of the current procedure, for messages. */
export const chapterList = (ctx: EmbedContext) =>
  storyChapters(ctx.store.getState().scenario.procedure)
    .map((c) => c.id)
    .join(' | ')
