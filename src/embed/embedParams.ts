/**
 * The embed's own options in the page's address, beside the scenario's (`state/urlParams.ts`), the
 * view's (`state/viewParams.ts`) and the player's (`state/playbackParams.ts`):
 * `embed=1&controls=minimal&background=light&autoplay=1&loop=1&speed=1.5`
 * and `camera=<eye x,y,z>,<target x,y,z>` in mm. Each string is converted, then checked by the same
 * schema the postMessage commands use (`options.ts`); a bad value is left out with a message that
 * says what is allowed.
 */
import { PLAYBACK_SPEEDS } from '../state/store.ts'
import { cameraParam } from './embedCode.ts'
import { EMBED_KEYS, type EmbedKey } from './embedKeys.ts'
import { describeIssues } from './issues.ts'
import { BACKGROUNDS, type ChromeOptions, ChromeOptionsSchema, CONTROLS } from './options.ts'

type Kind = 'switch' | 'text' | 'number' | 'camera'

const KINDS: Record<EmbedKey, Kind> = {
  embed: 'switch',
  controls: 'text',
  background: 'text',
  camera: 'camera',
  autoplay: 'switch',
  loop: 'switch',
  speed: 'number',
} satisfies Record<keyof ChromeOptions, Kind> // every address key is a schema key, and back

const ALLOWED: Record<keyof ChromeOptions, string> = {
  embed: '0 | 1',
  controls: CONTROLS.join(' | '),
  background: `${BACKGROUNDS.join(' | ')} | #rrggbb`,
  camera: 'six numbers in mm: the eye x,y,z then the target x,y,z',
  autoplay: '0 | 1',
  loop: '0 | 1',
  speed: PLAYBACK_SPEEDS.join(' | '),
}

const SWITCH: Record<string, boolean> = { '0': false, '1': true, false: false, true: true }

function convert(kind: Kind, text: string): unknown {
  if (kind === 'switch') return Object.hasOwn(SWITCH, text) ? SWITCH[text] : text
  if (kind === 'number') return text.trim() === '' ? text : Number(text)
  if (kind === 'camera') {
    const n = text.split(',').map((s) => (s.trim() === '' ? Number.NaN : Number(s)))
    return n.length === 6 ? { position: n.slice(0, 3), target: n.slice(3) } : text
  }
  return text
}

/** The embed options the address carries, and a message for each value left out. */
export function chromeFromSearch(search: string): { options: ChromeOptions; problems: string[] } {
  const params = new URLSearchParams(search)
  const input: Record<string, unknown> = {}
  const problems: string[] = []
  for (const key of EMBED_KEYS) {
    const text = params.get(key)
    if (text === null) continue
    const value = convert(KINDS[key], text)
    const parsed = ChromeOptionsSchema.shape[key].safeParse(value)
    if (parsed.success) input[key] = parsed.data
    else problems.push(`${key}: expected ${ALLOWED[key]}, got ${JSON.stringify(text)} — ignored`)
  }
  // Every value was checked alone; the whole is checked once more so the type is the schema's.
  const parsed = ChromeOptionsSchema.safeParse(input)
  if (!parsed.success)
    return { options: {}, problems: describeIssues(parsed.error.issues, input, 'url', 'ignored') }
  return { options: parsed.data, problems }
}

/** `options` as address parameters (the inverse of `chromeFromSearch`), for links and embed codes. */
export function writeChromeParams(options: ChromeOptions, params: URLSearchParams): void {
  for (const key of EMBED_KEYS) {
    const value = options[key]
    if (value === undefined) continue
    if (typeof value === 'boolean') params.set(key, value ? '1' : '0')
    else if (typeof value === 'object') params.set(key, cameraParam(value))
    else params.set(key, String(value))
  }
}
