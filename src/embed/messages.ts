/**
 * The postMessage protocol's schema: `{ spine3d: 1, id, command, args }` from the host, checked
 * here before anything acts on it. A message without a `spine3d` key is someone else's (other
 * scripts and extensions post to frames too) and is passed over; one with it that does not fit
 * becomes an error the bridge sends back, never an exception.
 */
import * as z from 'zod/mini'
import type { CommandName, Spine3DError } from '../../sdk/types.ts'
import { AUDIENCE_MODES, OVERLAYS, PLAYBACK_SPEEDS } from '../state/store.ts'
import { describeIssues, showValue } from './issues.ts'
import { CameraPoseSchema, ChapterSchema, LANGUAGES, SecondsSchema, ViewOptionsSchema } from './options.ts'

/** The protocol's version, in every message both ways. */
export const PROTOCOL = 1

/** More keys than the scenario has, with room for mistakes; a larger object is refused whole. */
const MAX_SCENARIO_KEYS = 40

const IdSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(64)),
  z.number().check(z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)),
])

const EnvelopeSchema = z.object({
  spine3d: z.literal(PROTOCOL),
  id: IdSchema,
  command: z.string().check(z.minLength(1), z.maxLength(40)),
  args: z.optional(z.unknown()),
})

/** A scenario's keys and values, checked by `parseScenario` (the one scenario schema), not here. */
export const ScenarioInputSchema = z
  .record(z.string().check(z.maxLength(40)), z.unknown())
  .check(
    z.refine((r) => Object.keys(r).length <= MAX_SCENARIO_KEYS, `at most ${MAX_SCENARIO_KEYS} scenario keys`),
  )

export const CapturedStateSchema = z.strictObject({
  version: z.literal(1),
  scenario: ScenarioInputSchema,
  view: ViewOptionsSchema,
  playback: z.strictObject({
    chapter: ChapterSchema,
    t: SecondsSchema,
    loop: z.boolean(),
    speed: z.literal(PLAYBACK_SPEEDS),
  }),
  mode: z.enum(AUDIENCE_MODES),
  lang: z.enum(LANGUAGES),
  camera: z.nullable(CameraPoseSchema),
})

const NoArgs = z.optional(z.union([z.null(), z.strictObject({})]))

/** Each command's arguments. */
export const COMMAND_ARGS = {
  play: NoArgs,
  pause: NoArgs,
  seek: z.strictObject({ t: z.number() }),
  setChapter: z.strictObject({ chapter: ChapterSchema, t: z.optional(SecondsSchema) }),
  setScenario: ScenarioInputSchema,
  setView: ViewOptionsSchema,
  setOverlay: z.strictObject({ overlay: z.enum(OVERLAYS), on: z.boolean() }),
  getState: NoArgs,
  captureState: NoArgs,
  restoreState: CapturedStateSchema,
  screenshot: NoArgs,
} satisfies Record<CommandName, z.ZodMiniType>

export type CommandArgs = { [C in CommandName]: z.output<(typeof COMMAND_ARGS)[C]> }

export type ParsedMessage =
  | { kind: 'command'; id: string | number; command: CommandName; args: unknown }
  | { kind: 'invalid'; id: string | number | null; error: Spine3DError }
  /** Not ours: no `spine3d` key. */
  | { kind: 'foreign' }

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMAND_ARGS, name)

/** Checks one message from the host: a command with checked arguments, an error to send back, or not ours. */
export function parseMessage(data: unknown): ParsedMessage {
  if (typeof data === 'string' && data.includes('spine3d'))
    return invalid(
      null,
      'bad-message',
      `message: expected an object, got a string — post the object itself, not JSON text`,
    )
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'spine3d')) return { kind: 'foreign' }
  const envelope = EnvelopeSchema.safeParse(data)
  if (!envelope.success) {
    const id = IdSchema.safeParse((data as { id?: unknown }).id)
    const [first] = describeIssues(
      envelope.error.issues,
      data,
      'message',
      'send { spine3d: 1, id, command, args }',
    )
    return invalid(id.success ? id.data : null, 'bad-message', first ?? 'message: not understood')
  }
  const { id, command, args } = envelope.data
  if (!isCommand(command)) {
    const known = Object.keys(COMMAND_ARGS).join(' | ')
    return invalid(
      id,
      'unknown-command',
      `command: expected one of ${known}, got ${showValue(command)} — ignored`,
      command,
    )
  }
  const parsed = COMMAND_ARGS[command].safeParse(args)
  if (!parsed.success) {
    const message = describeIssues(parsed.error.issues, args, 'args', `${command} not done`).join('; ')
    return invalid(id, 'bad-args', message, command)
  }
  return { kind: 'command', id, command, args: parsed.data }
}

function invalid(
  id: string | number | null,
  code: Spine3DError['code'],
  message: string,
  command?: string,
): ParsedMessage {
  return {
    kind: 'invalid',
    id,
    error: { code, message, ...(id !== null && { id }), ...(command && { command }) },
  }
}
