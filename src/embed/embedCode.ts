/**
 * Addresses and HTML for embedding, from the app's own address (which `state/syncUrl.ts` keeps in
 * step with what is shown): the embed's address, the full app's (for the embed's "open" link), the
 * `<iframe>` snippet a site pastes, and oEmbed data. Pure string work, no schema library, so the
 * full app's "copy embed code" button costs little.
 */
import { writePlaybackParams } from '../state/playbackParams.ts'
import type { Playhead } from '../state/playhead.ts'
import type { CameraPose } from '../state/sceneAccess.ts'
import type { AppStore } from '../state/store.ts'
import { EMBED_KEYS } from './embedKeys.ts'

/** Keys only an embed uses: dropped from the full app's address. */
const EMBED_ONLY = [...EMBED_KEYS, 'origin', 'debug', 'frameloop']

export interface FrameSize {
  /** CSS pixels; the frame also shrinks with its container (max-width: 100%). Default 640 × 360. */
  width?: number
  height?: number
  title?: string
}

const DEFAULT_TITLE = 'Spine3D: vertebroplasty and kyphoplasty in 3D'

/**
 * `camera=` as the address writes it: the eye then the target, mm, to 0.01 mm (a close-up looks from
 * 70 mm at 14 px a millimetre: 0.1 mm would move the reopened picture by a pixel or two).
 */
export function cameraParam(pose: CameraPose): string {
  return [...pose.position, ...pose.target].map((n) => Math.round(n * 100) / 100).join(',')
}

/** The embed's address for the app at `href`: `embed=1` added, keys that only the full app or a debugger use dropped. */
export function embedUrl(href: string, extra: Record<string, string> = {}): string {
  const url = new URL(href)
  for (const key of ['origin', 'debug', 'frameloop', 'play']) url.searchParams.delete(key)
  url.searchParams.set('embed', '1')
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value)
  url.hash = ''
  return url.toString()
}

/** The full app's address for the embed at `href`: the same case and view, without the embed's keys. */
export function fullAppUrl(href: string): string {
  const url = new URL(href)
  for (const key of EMBED_ONLY) url.searchParams.delete(key)
  return url.toString()
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The `<iframe>` a site pastes to show the embed at `src`. */
export function embedSnippet(
  src: string,
  { width = 640, height = 360, title = DEFAULT_TITLE }: FrameSize = {},
): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="${Math.round(width)}" height="${Math.round(height)}"` +
    ` title="${escapeAttribute(title)}" style="border:0;max-width:100%" allow="fullscreen" loading="lazy"></iframe>`
  )
}

/** oEmbed data (https://oembed.com, type `rich`) for the embed at `src`. */
export function oembed(src: string, size: FrameSize = {}) {
  const { width = 640, height = 360, title = DEFAULT_TITLE } = size
  const provider = new URL('./', src).toString()
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Spine3D',
    provider_url: provider,
    title,
    html: embedSnippet(src, { width, height, title }),
    width,
    height,
    thumbnail_url: new URL('still/procedure.jpg', provider).toString(),
    thumbnail_width: 960,
    thumbnail_height: 540,
  }
}

/**
 * `href` with the player's position written in even while playing (the address follows the player
 * only while paused), so a link or embed code made now opens on the frame on screen.
 */
export function addressNow(href: string, store: AppStore, playhead: Playhead): string {
  const url = new URL(href)
  const { scenario, playback } = store.getState()
  writePlaybackParams(scenario.procedure, playhead.getState().storyS, playback.started, url.searchParams)
  return url.toString()
}
