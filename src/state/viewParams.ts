/**
 * View options in the page's address: `labels=0|1`, `captions=0|1`, `ribs=0|1`, `inside=auto|on|off`,
 * `view=scene|fluoro|compare|cutaway`, `fluoro=lateral|ap`, `overlay=risk,height,fluoro`. Each is
 * written only when it differs from its default, so links stay short; a bad value is refused with
 * a message naming it and what is allowed (in a list, the good items are kept).
 */
import type { ProblemText } from '../sim/problemText.ts'
import {
  DEFAULT_VIEW,
  OVERLAYS,
  type Overlay,
  PROJECTIONS,
  type SeeInside,
  VIEW_MODES,
  type ViewState,
} from './store.ts'

interface ViewParam<K extends keyof ViewState> {
  key: K
  /** URL value → view value. */
  values: Record<string, ViewState[K]>
  /** How the value is written back. */
  write(value: ViewState[K]): string
  /** How a kept value is named in a message (in English). */
  say(value: ViewState[K]): string
  /** The named value is a word to translate (`term.<word>` in the catalogues), not a value as typed. */
  term?: true
}

const SWITCH = { '0': false, '1': true, false: false, true: true }
const onOff = (v: boolean) => (v ? 'on' : 'off')
const bit = (v: boolean) => (v ? '1' : '0')
const INSIDE: Record<string, SeeInside> = { auto: 'auto', on: 'on', off: 'off' }
const options = <T extends string>(list: readonly T[]) =>
  Object.fromEntries(list.map((v) => [v, v])) as Record<string, T>

const PARAMS: Record<string, ViewParam<keyof ViewState>> = {
  labels: { key: 'labels', values: SWITCH, write: bit, say: onOff, term: true } as ViewParam<'labels'>,
  captions: { key: 'captions', values: SWITCH, write: bit, say: onOff, term: true } as ViewParam<'captions'>,
  ribs: { key: 'ribs', values: SWITCH, write: bit, say: onOff, term: true } as ViewParam<'ribs'>,
  inside: { key: 'seeInside', values: INSIDE, write: String, say: String } as ViewParam<'seeInside'>,
  view: { key: 'mode', values: options(VIEW_MODES), write: String, say: String } as ViewParam<'mode'>,
  fluoro: {
    key: 'projection',
    values: options(PROJECTIONS),
    write: String,
    say: String,
  } as ViewParam<'projection'>,
} as Record<string, ViewParam<keyof ViewState>>

/** `overlay=risk,height`: each item checked; unknown ones refused by name, the rest kept. */
function overlaysFromSearch(given: string, problems: ProblemText[]): Overlay[] {
  const items = given
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  const known = [
    ...new Set(items.filter((item): item is Overlay => (OVERLAYS as readonly string[]).includes(item))),
  ]
  const unknown = items.filter((item) => !known.includes(item as Overlay))
  if (unknown.length > 0) {
    const params = {
      key: 'overlay',
      allowed: OVERLAYS.join(' | '),
      given: unknown.map((u) => `"${u}"`).join(', '),
      kept: known.join(', '),
    }
    const start = `overlay: expected a list of ${params.allowed}, got ${params.given}`
    problems.push(
      known.length > 0
        ? { code: 'view.overlayKept', params, message: `${start} — kept ${params.kept}` }
        : { code: 'view.overlayNone', params, message: `${start} — none shown` },
    )
  }
  return known
}

/** The view options the URL carries over `current`, and a message for each value refused. */
export function viewFromSearch(
  search: string,
  current: ViewState,
): { view: ViewState; problems: ProblemText[] } {
  const params = new URLSearchParams(search)
  const view: Record<string, unknown> = { ...current }
  const problems: ProblemText[] = []
  for (const [name, param] of Object.entries(PARAMS)) {
    const given = params.get(name)
    if (given === null) continue
    if (Object.hasOwn(param.values, given)) view[param.key] = param.values[given]
    else {
      const allowed = Object.keys(param.values).join(' | ')
      const kept = param.say(current[param.key])
      problems.push({
        code: 'view.expectedOneOf',
        params: { key: name, allowed, given, kept: param.term ? { term: `term.${kept}` } : kept },
        message: `${name}: expected one of ${allowed}, got "${given}" — kept ${kept}`,
      })
    }
  }
  const overlay = params.get('overlay')
  if (overlay !== null) view.overlays = overlaysFromSearch(overlay, problems)
  return { view: view as unknown as ViewState, problems }
}

/** Writes the view options that differ from their defaults into `params`, removing the others. */
export function writeViewParams(view: ViewState, params: URLSearchParams): void {
  for (const [name, param] of Object.entries(PARAMS)) {
    if (view[param.key] === DEFAULT_VIEW[param.key]) params.delete(name)
    else params.set(name, param.write(view[param.key]))
  }
  if (view.overlays.length === 0) params.delete('overlay')
  else params.set('overlay', view.overlays.join(','))
}
