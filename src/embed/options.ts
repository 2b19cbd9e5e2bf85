/**
 * The embed's options, one vocabulary for the address, the host SDK's `create()` options and the
 * postMessage commands: each option has one name and one schema here (zod), whatever carries it.
 * The scenario's keys stay the scenario schema's own (`sim/scenario.ts`, `parseScenario`); the view
 * keys are the address's (`state/viewParams.ts`), by the same names, and so are `mode`, the audience
 * (`state/modeParams.ts`), and `lang`, the language (`state/languageParams.ts`); this file adds what
 * an embedding page needs: `embed`, `controls`, `background`, `camera`, `autoplay`, `loop`, `speed`.
 */
import * as z from 'zod/mini'
import { CHAPTER_IDS, type ChapterId } from '../playback/story.ts'
import {
  CUT_AXES,
  OVERLAYS,
  PLAYBACK_SPEEDS,
  PROJECTIONS,
  VIEW_MODES,
  type ViewState,
} from '../state/store.ts'

/** Which player controls show: all, play/pause and the scrub bar only, or none (the host drives). */
export const CONTROLS = ['full', 'minimal', 'none'] as const
/** Languages the app has a catalogue for (the app's own list). */
export { LANGUAGES } from '../i18n/languages.ts'
/** Named backgrounds; a `#rrggbb` colour is accepted too. */
export const BACKGROUNDS = ['dark', 'light', 'transparent'] as const
const HEX_COLOUR = /^#[0-9a-f]{6}$/i

const finite = z.number()
const millimetres = z.number().check(z.minimum(-1e5), z.maximum(1e5))
const point = z.tuple([millimetres, millimetres, millimetres])

/** A camera: the eye and the point it looks at, mm, in the scene's frame. */
export const CameraPoseSchema = z.strictObject({ position: point, target: point })

export const BackgroundSchema = z.union([
  z.enum(BACKGROUNDS),
  z.string().check(z.regex(HEX_COLOUR, 'expected #rrggbb')),
])

/**
 * View options, by the address's names (`view` is the view mode, `fluoro` the projection); `cut`,
 * the cut-away's plane, has no address key yet and travels in commands and captured states only.
 */
export const ViewOptionsSchema = z.strictObject({
  labels: z.optional(z.boolean()),
  captions: z.optional(z.boolean()),
  ribs: z.optional(z.boolean()),
  inside: z.optional(z.enum(['auto', 'on', 'off'])),
  view: z.optional(z.enum(VIEW_MODES)),
  fluoro: z.optional(z.enum(PROJECTIONS)),
  overlay: z.optional(z.array(z.enum(OVERLAYS)).check(z.maxLength(OVERLAYS.length))),
  cut: z.optional(z.strictObject({ axis: z.enum(CUT_AXES), offsetMm: millimetres })),
})
export type ViewOptions = z.infer<typeof ViewOptionsSchema>

/** How the embed looks and starts: options that are not the scenario's, the view's or the playhead's. */
export const ChromeOptionsSchema = z.strictObject({
  embed: z.optional(z.boolean()),
  controls: z.optional(z.enum(CONTROLS)),
  background: z.optional(BackgroundSchema),
  camera: z.optional(CameraPoseSchema),
  autoplay: z.optional(z.boolean()),
  loop: z.optional(z.boolean()),
  speed: z.optional(z.literal(PLAYBACK_SPEEDS)),
})
export type ChromeOptions = z.infer<typeof ChromeOptionsSchema>

export const ChapterSchema = z.enum(CHAPTER_IDS as readonly ChapterId[] as [ChapterId, ...ChapterId[]])
export const SecondsSchema = finite.check(z.minimum(0), z.maximum(3600))

/** The view's options under the store's names. */
export function viewFromOptions(options: ViewOptions): Partial<ViewState> {
  const view: Partial<ViewState> = {}
  if (options.labels !== undefined) view.labels = options.labels
  if (options.captions !== undefined) view.captions = options.captions
  if (options.ribs !== undefined) view.ribs = options.ribs
  if (options.inside !== undefined) view.seeInside = options.inside
  if (options.view !== undefined) view.mode = options.view
  if (options.fluoro !== undefined) view.projection = options.fluoro
  if (options.overlay !== undefined) view.overlays = [...new Set(options.overlay)]
  if (options.cut !== undefined) view.cut = { ...options.cut }
  return view
}

/** The store's view under the options' names. */
export function optionsFromView(view: ViewState): Required<ViewOptions> {
  return {
    labels: view.labels,
    captions: view.captions,
    ribs: view.ribs,
    inside: view.seeInside,
    view: view.mode,
    fluoro: view.projection,
    overlay: [...view.overlays],
    cut: { ...view.cut },
  }
}
