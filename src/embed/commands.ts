/**
 * What each postMessage command does, on arguments the schema has already checked
 * (`messages.ts`). Every command goes through the app's verbs: the player's, the store's
 * `applyScenario` and `setView`. A command that cannot be done throws a `CommandError`, which the
 * bridge sends back as the reply's error.
 */
import type { CommandName, Commands, Spine3DError } from '../../sdk/types.ts'
import { scenarioKey } from '../state/urlParams.ts'
import type { CommandArgs } from './messages.ts'
import { optionsFromView, viewFromOptions } from './options.ts'
import {
  applyScenarioInput,
  captureState,
  type EmbedContext,
  getState,
  playbackStatus,
  restoreState,
} from './snapshot.ts'

/** A command that could not be done, with the error code the host receives. */
export class CommandError extends Error {
  constructor(
    readonly code: Spine3DError['code'],
    message: string,
  ) {
    super(message)
  }
}

/** The bridge's part of the state: whether the view is drawn, messages ignored. */
export type BridgeStatus = () => { ready: boolean; ignoredMessages: number }

type Handler<C extends CommandName> = (
  ctx: EmbedContext,
  args: CommandArgs[C],
  status: BridgeStatus,
) => Commands[C]['result'] | Promise<Commands[C]['result']>

const HANDLERS: { [C in CommandName]: Handler<C> } = {
  play: (ctx) => {
    ctx.player.play()
    return null
  },
  pause: (ctx) => {
    ctx.player.pause()
    return null
  },
  seek: (ctx, { t }) => {
    ctx.player.seek(t)
    return playbackStatus(ctx)
  },
  setChapter: (ctx, { chapter, t }) => {
    ctx.player.seekChapter(chapter, t ?? 0)
    return playbackStatus(ctx)
  },
  setScenario: (ctx, args) => {
    // The address's short names work here too (`loss` for `heightLossPct`).
    // (Object.fromEntries defines keys: a `__proto__` key stays a key, refused by name.)
    const input = Object.fromEntries(Object.entries(args).map(([k, v]) => [scenarioKey(k), v]))
    const problems = applyScenarioInput(ctx, input)
    return { scenario: { ...ctx.store.getState().scenario }, problems }
  },
  setView: (ctx, args) => {
    ctx.store.getState().actions.setView(viewFromOptions(args))
    return optionsFromView(ctx.store.getState().view)
  },
  setOverlay: (ctx, { overlay, on }) => {
    const { view, actions } = ctx.store.getState()
    const others = view.overlays.filter((o) => o !== overlay)
    actions.setView({ overlays: on ? [...others, overlay] : others })
    return optionsFromView(ctx.store.getState().view)
  },
  getState: (ctx, _args, status) => getState(ctx, status()),
  captureState: (ctx) => captureState(ctx),
  restoreState: async (ctx, args, status) => {
    await restoreState(ctx, args)
    return getState(ctx, status())
  },
  screenshot: (ctx) => {
    const handle = ctx.scene.getState().handle
    if (!handle)
      throw new CommandError(
        'no-webgl',
        'screenshot: expected a drawn view, got none (no WebGL, or not drawn yet) — wait for the ready event',
      )
    return handle.capture()
  },
}

/** Runs a checked command; resolves with its result or rejects with a `CommandError`. */
export async function runCommand<C extends CommandName>(
  ctx: EmbedContext,
  command: C,
  args: CommandArgs[C],
  status: BridgeStatus,
): Promise<Commands[C]['result']> {
  return (HANDLERS[command] as Handler<C>)(ctx, args, status)
}
