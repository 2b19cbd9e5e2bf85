/**
 * The embed's public contract: options, state, commands, events and the messages that carry them.
 * Written out by hand so the SDK's `.d.ts` stands alone; the app checks at compile time that its
 * schemas (src/embed/) produce exactly these shapes (src/embed/contract.ts).
 */

export type Procedure = 'vertebroplasty' | 'kyphoplasty'
export type FractureLevel = `T${4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}` | `L${1 | 2 | 3 | 4 | 5}`
export type ChapterId = 'fracture' | 'access' | 'needle' | 'balloon' | 'cavity' | 'cement' | 'result'
export type Overlay = 'risk' | 'height' | 'fluoro' | 'anatomy'
export type ViewMode = 'scene' | 'fluoro' | 'compare' | 'cutaway'
export type Projection = 'lateral' | 'ap'
export type SeeInside = 'auto' | 'on' | 'off'
export type Controls = 'full' | 'minimal' | 'none'
/** Patients see plain captions; educators also the technical notes and the educator panel. */
export type Mode = 'patient' | 'educator'
export type Language = 'en' | 'es' | 'de' | 'fr'
export type Background = 'dark' | 'light' | 'transparent' | `#${string}`
export type PlaybackSpeed = 0.5 | 0.75 | 1 | 1.5 | 2 | 4

/** A camera: the eye and the point it looks at, mm, in the scene's frame. */
export interface CameraPose {
  position: [number, number, number]
  target: [number, number, number]
}

/** The case (docs/SIMULATION.md lists ranges and defaults). Out-of-range values are clamped or refused, with a message. */
export interface Scenario {
  procedure?: Procedure
  level?: FractureLevel
  /** Loss of the shape's defining height, 0–60 %. Sets the severity; clears `grade`. */
  heightLossPct?: number
  /** Genant grade; sets the height loss to the grade's representative value. */
  grade?: 0 | 1 | 2 | 3
  shape?: 'wedge' | 'biconcave' | 'crush'
  fractureAgeDays?: number
  corticalBreach?: 'none' | 'anterior' | 'lateral' | 'posterior' | 'endplate'
  cleft?: boolean
  tScore?: number
  approach?: 'unipedicular' | 'bipedicular'
  cementViscosity?: 'low' | 'medium' | 'high'
  injectionStartMin?: number
  cementVolumeMl?: number
  injectionRateMlPerMin?: number
  balloonSizeMm?: 10 | 15 | 20
  balloonMaxPsi?: number
  /** Chooses the patient's bone and veins; the same seed gives the same result. */
  seed?: number
}

/** View options, by the address's names. */
export interface ViewOptions {
  labels?: boolean
  captions?: boolean
  /** Rib stubs at T1–T12. */
  ribs?: boolean
  inside?: SeeInside
  /** The view mode. */
  view?: ViewMode
  /** The fluoroscopy projection. */
  fluoro?: Projection
  overlay?: Overlay[]
  /** The cut-away's plane (view `cutaway`), its offset from the fractured body's centre in mm; not an address key. */
  cut?: { axis: 'sagittal' | 'axial'; offsetMm: number }
}

/** How the embed looks and starts. */
export interface ChromeOptions {
  embed?: boolean
  controls?: Controls
  mode?: Mode
  lang?: Language
  background?: Background
  camera?: CameraPose
  /** Start playing once drawn and in sight (not with the viewer's reduced-motion setting). */
  autoplay?: boolean
  loop?: boolean
  speed?: PlaybackSpeed
}

/** Everything the address (and so `create()`) accepts. */
export interface EmbedOptions extends Scenario, ViewOptions, ChromeOptions {
  /** Short for `heightLossPct`. */
  loss?: number
  /** Open at this chapter. */
  chapter?: ChapterId
  /** Seconds into `chapter`, or into the story. */
  t?: number
}

export interface PlaybackStatus {
  chapter: ChapterId
  /** Seconds into the chapter. */
  t: number
  /** Seconds into the story. */
  time: number
  /** The story's length, s. */
  duration: number
  playing: boolean
  loop: boolean
  speed: number
  /** At the story's end. */
  ended: boolean
}

export interface EmbedStatus {
  /** The models are drawn (or, without WebGL, the fallback is shown). */
  ready: boolean
  simulation: 'idle' | 'running' | 'ready' | 'error'
  webgl: 'ok' | 'lost' | 'unavailable'
  /** The embed is in sight; out of sight it pauses and draws nothing. */
  visible: boolean
  /** Messages ignored because they came from a page not on the embed's allow-list. */
  ignoredMessages: number
}

/** What `getState()` returns and `statechange` and `ready` carry. */
export interface Spine3DState {
  scenario: Required<Omit<Scenario, 'grade'>> & Pick<Scenario, 'grade'>
  view: Required<ViewOptions>
  playback: PlaybackStatus
  controls: Controls
  mode: Mode
  lang: Language
  background: Background
  /** Null before the view is drawn or without WebGL. */
  camera: CameraPose | null
  status: EmbedStatus
}

/** The whole state a viewer sees, as plain JSON: store it, send it, `restoreState` it. */
export interface CapturedState {
  version: 1
  scenario: Scenario
  view: Required<ViewOptions>
  playback: { chapter: ChapterId; t: number; loop: boolean; speed: PlaybackSpeed }
  mode: Mode
  lang: Language
  camera: CameraPose | null
}

/** One value the scenario schema had to clamp, round, refuse or ignore. */
export interface ScenarioProblem {
  key: string
  given: unknown
  allowed: string
  action: 'clamped' | 'rounded' | 'refused' | 'ignored'
  message: string
}

export type ErrorCode =
  | 'bad-message'
  | 'unknown-command'
  | 'bad-args'
  | 'invalid-value'
  | 'simulation'
  | 'no-webgl'
  | 'internal'
  | 'timeout'
  | 'destroyed'

export interface Spine3DError {
  code: ErrorCode
  /** `area: expected X, got Y — what happened`. */
  message: string
  /** The command it answers, when it answers one. */
  id?: string | number
  command?: string
}

/** Each command: its arguments and what its reply carries. */
export interface Commands {
  play: { args: undefined; result: null }
  pause: { args: undefined; result: null }
  /** To `t` seconds into the story (clamped). */
  seek: { args: { t: number }; result: PlaybackStatus }
  /** To `t` seconds into a chapter (another procedure's chapter maps to its equivalent). */
  setChapter: { args: { chapter: ChapterId; t?: number }; result: PlaybackStatus }
  setScenario: { args: Scenario; result: { scenario: Spine3DState['scenario']; problems: ScenarioProblem[] } }
  setView: { args: ViewOptions; result: Required<ViewOptions> }
  setOverlay: { args: { overlay: Overlay; on: boolean }; result: Required<ViewOptions> }
  getState: { args: undefined; result: Spine3DState }
  captureState: { args: undefined; result: CapturedState }
  restoreState: { args: CapturedState; result: Spine3DState }
  /** A PNG data URL of the view as drawn now (labels and captions, which are HTML, are not in it). */
  screenshot: { args: undefined; result: string }
}
export type CommandName = keyof Commands

/** Each event and what it carries. */
export interface Events {
  /** The models are drawn (or the fallback is shown): commands now act on a visible view. */
  ready: Spine3DState
  chapterchange: { chapter: ChapterId; procedure: Procedure }
  /** While the playhead moves, about four times a second. */
  timeupdate: { time: number; chapter: ChapterId; t: number; duration: number }
  /** Playback reached the end (without `loop`). */
  ended: { time: number }
  /** The scenario, view, player or status changed. */
  statechange: Spine3DState
  error: Spine3DError
}
export type EventName = keyof Events

/** Host → embed. */
export interface CommandMessage<C extends CommandName = CommandName> {
  spine3d: 1
  id: string | number
  command: C
  args?: Commands[C]['args']
}
/** Embed → host, answering the command with the same `id`. */
export type ReplyMessage =
  | { spine3d: 1; id: string | number; ok: true; result: unknown }
  | { spine3d: 1; id: string | number | null; ok: false; error: Spine3DError }
/** Embed → host, unasked. */
export interface EventMessage<E extends EventName = EventName> {
  spine3d: 1
  event: E
  data: Events[E]
}
