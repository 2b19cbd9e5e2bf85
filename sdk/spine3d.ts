/**
 * Spine3D's host SDK: puts the explainer in an `<iframe>` and drives it with promises and events.
 *
 *   import { create } from 'https://your-host/spine3d/sdk/spine3d.js'
 *   const player = create('#spine', { level: 'L1', grade: 3, procedure: 'kyphoplasty', autoplay: true })
 *   await player.ready
 *   player.on('chapterchange', ({ chapter }) => console.log(chapter))
 *   await player.setChapter('cement')
 *
 * Messages go to the embed's exact origin only, and only messages from that frame and origin are
 * read. The embed obeys only pages on its deploy-time allow-list (docs/EMBEDDING.md).
 */
import { createClient, Spine3DCommandError } from './client.js'
import type {
  CameraPose,
  CapturedState,
  ChapterId,
  Commands,
  EmbedOptions,
  EventName,
  Events,
  Overlay,
  Scenario,
  Spine3DState,
  ViewOptions,
} from './types.js'

export type * from './types.js'
export { Spine3DCommandError }

export interface CreateOptions extends EmbedOptions {
  /** The app's address; by default the folder above this script (`…/sdk/spine3d.js` → `…/`). */
  src?: string
  /** The frame's size: a number of pixels or any CSS length. Default: the container's (100 %). */
  width?: number | string
  height?: number | string
  /** The frame's accessible name. */
  title?: string
  /** How long a command waits for its reply, ms (default 15 000). */
  timeoutMs?: number
}

const FRAME_KEYS = ['src', 'width', 'height', 'title', 'timeoutMs']

/** The embed's address for `options` (what `create` loads), e.g. for a plain `<iframe>`. */
export function embedUrl(options: CreateOptions = {}): string {
  const url = new URL(options.src ?? new URL(/* @vite-ignore */ '../', import.meta.url).href, location.href)
  url.searchParams.set('embed', '1')
  for (const [key, value] of Object.entries(options)) {
    if (FRAME_KEYS.includes(key) || value === undefined) continue
    const text =
      typeof value === 'boolean'
        ? value
          ? '1'
          : '0'
        : Array.isArray(value)
          ? value.join(',')
          : typeof value === 'object'
            ? [...(value as CameraPose).position, ...(value as CameraPose).target].join(',')
            : String(value)
    url.searchParams.set(key, text)
  }
  // The host's origin, so the embed can address its events before the first command.
  url.searchParams.set('origin', location.origin)
  return url.href
}

const size = (v: number | string | undefined) => (typeof v === 'number' ? `${v}px` : (v ?? '100%'))

/** One embedded player. */
export class Spine3DPlayer {
  /** The frame, already in the page. */
  readonly iframe: HTMLIFrameElement
  /** The embed's origin: commands go there only. */
  readonly origin: string
  /** Resolves with the state once the view is drawn (or its fallback shown, without WebGL). */
  readonly ready: Promise<Spine3DState>
  /** The latest state the embed reported (`ready`, `statechange`), or null before the first. */
  state: Spine3DState | null = null
  readonly #client
  readonly #onMessage: (event: MessageEvent) => void

  constructor(container: HTMLElement, options: CreateOptions = {}) {
    const src = embedUrl(options)
    this.origin = new URL(src).origin
    this.iframe = document.createElement('iframe')
    this.iframe.src = src
    this.iframe.title = options.title ?? 'Spine3D: vertebroplasty and kyphoplasty in 3D'
    this.iframe.allow = 'fullscreen'
    this.iframe.style.cssText = `border:0;display:block;max-width:100%;width:${size(options.width)};height:${size(options.height)}`
    this.#client = createClient(
      (message) => this.iframe.contentWindow?.postMessage(message, this.origin),
      options.timeoutMs,
    )
    this.#onMessage = (event) => {
      if (event.source === this.iframe.contentWindow && event.origin === this.origin)
        this.#client.receive(event.data)
    }
    addEventListener('message', this.#onMessage)
    const keep = (state: Spine3DState) => {
      this.state = state
    }
    this.on('statechange', keep)
    this.ready = new Promise((resolve) => {
      const off = this.on('ready', (state) => {
        off()
        keep(state)
        resolve(state)
      })
    })
    container.append(this.iframe)
  }

  play(): Promise<null> {
    return this.#client.call('play')
  }
  pause(): Promise<null> {
    return this.#client.call('pause')
  }
  /** To `t` seconds into the story. */
  seek(t: number): Promise<Commands['seek']['result']> {
    return this.#client.call('seek', { t })
  }
  /** To `t` seconds (default 0) into a chapter. */
  setChapter(chapter: ChapterId, t?: number): Promise<Commands['setChapter']['result']> {
    return this.#client.call('setChapter', t === undefined ? { chapter } : { chapter, t })
  }
  /** Changes the case; resolves with the case now shown and what the schema had to change. */
  setScenario(scenario: Scenario & { loss?: number }): Promise<Commands['setScenario']['result']> {
    return this.#client.call('setScenario', scenario)
  }
  setView(view: ViewOptions): Promise<Required<ViewOptions>> {
    return this.#client.call('setView', view)
  }
  setOverlay(overlay: Overlay, on: boolean): Promise<Required<ViewOptions>> {
    return this.#client.call('setOverlay', { overlay, on })
  }
  getState(): Promise<Spine3DState> {
    return this.#client.call('getState')
  }
  captureState(): Promise<CapturedState> {
    return this.#client.call('captureState')
  }
  restoreState(state: CapturedState): Promise<Spine3DState> {
    return this.#client.call('restoreState', state)
  }
  /** A PNG data URL of the view as drawn now. */
  screenshot(): Promise<string> {
    return this.#client.call('screenshot')
  }
  /** Listens to an event; returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: (data: Events[E]) => void): () => void {
    return this.#client.on(event, listener)
  }
  /** Removes the frame and stops listening; commands still waiting reject. */
  destroy(): void {
    removeEventListener('message', this.#onMessage)
    this.#client.destroy()
    this.iframe.remove()
  }
}

/** Creates a player in `container` (an element or a selector) and loads the embed. */
export function create(container: HTMLElement | string, options: CreateOptions = {}): Spine3DPlayer {
  const element = typeof container === 'string' ? document.querySelector<HTMLElement>(container) : container
  if (!element)
    throw new Error(`spine3d: expected an element or a selector that finds one, got ${String(container)}`)
  return new Spine3DPlayer(element, options)
}
