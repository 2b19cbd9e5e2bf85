/**
 * View options in the page's address: `labels=0|1`, `captions=0|1`, `inside=auto|on|off`. Each is
 * written only when it differs from its default, so links stay short; a bad value is refused with
 * a message naming it and what is allowed.
 */
import { DEFAULT_VIEW, type SeeInside, type ViewState } from './store.ts'

interface ViewParam<K extends keyof ViewState> {
  key: K
  /** URL value → view value. */
  values: Record<string, ViewState[K]>
  /** How the value is written back. */
  write(value: ViewState[K]): string
  /** How a kept value is named in a message. */
  say(value: ViewState[K]): string
}

const SWITCH = { '0': false, '1': true, false: false, true: true }
const onOff = (v: boolean) => (v ? 'on' : 'off')
const bit = (v: boolean) => (v ? '1' : '0')
const INSIDE: Record<string, SeeInside> = { auto: 'auto', on: 'on', off: 'off' }

const PARAMS: Record<string, ViewParam<keyof ViewState>> = {
  labels: { key: 'labels', values: SWITCH, write: bit, say: onOff } as ViewParam<'labels'>,
  captions: { key: 'captions', values: SWITCH, write: bit, say: onOff } as ViewParam<'captions'>,
  inside: { key: 'seeInside', values: INSIDE, write: String, say: String } as ViewParam<'seeInside'>,
} as Record<string, ViewParam<keyof ViewState>>

/** The view options the URL carries over `current`, and a message for each value refused. */
export function viewFromSearch(search: string, current: ViewState): { view: ViewState; problems: string[] } {
  const params = new URLSearchParams(search)
  const view: Record<string, unknown> = { ...current }
  const problems: string[] = []
  for (const [name, param] of Object.entries(PARAMS)) {
    const given = params.get(name)
    if (given === null) continue
    if (Object.hasOwn(param.values, given)) view[param.key] = param.values[given]
    else {
      const allowed = Object.keys(param.values).join(' | ')
      problems.push(
        `${name}: expected one of ${allowed}, got "${given}" — kept ${param.say(current[param.key])}`,
      )
    }
  }
  return { view: view as unknown as ViewState, problems }
}

/** Writes the view options that differ from their defaults into `params`, removing the others. */
export function writeViewParams(view: ViewState, params: URLSearchParams): void {
  for (const [name, param] of Object.entries(PARAMS)) {
    if (view[param.key] === DEFAULT_VIEW[param.key]) params.delete(name)
    else params.set(name, param.write(view[param.key]))
  }
}
