/**
 * The scenario in the page's address, so a link reopens the same fracture:
 * `?level=L1&grade=2&shape=wedge` or `?level=L1&loss=35&shape=biconcave`. Keys are the scenario's
 * own (docs/SIMULATION.md), plus the short alias `loss` for `heightLossPct`, and the view option
 * `labels`. Only values that differ from the defaults are written back, so links stay short;
 * the severity (grade or loss) is always written.
 */
import { DEFAULT_SCENARIO, SCENARIO_FIELDS, type Scenario } from '../sim/scenario.ts'
import type { ViewState } from './store.ts'
import { writeViewParams } from './viewParams.ts'

/** Short names the address (and the embed's commands) accept for scenario keys. */
export const SCENARIO_ALIASES: Record<string, string> = { loss: 'heightLossPct' }
/** The scenario key a name stands for: an alias's key, else the name itself (`__proto__` included: own aliases only). */
export const scenarioKey = (name: string): string =>
  Object.hasOwn(SCENARIO_ALIASES, name) ? (SCENARIO_ALIASES[name] as string) : name
const SHORT_NAMES: Partial<Record<keyof Scenario, string>> = { heightLossPct: 'loss' }
/** The embed's options in the address (read by embed/embedParams.ts). */
export const EMBED_PARAMS = [
  'embed',
  'controls',
  'background',
  'camera',
  'autoplay',
  'loop',
  'speed',
] as const
/** Parameters the page itself uses (not scenario keys), passed over by the scenario parser. */
export const VIEW_PARAMS = [
  'labels',
  'captions',
  'ribs',
  'inside',
  'view',
  'fluoro',
  'overlay',
  'chapter',
  't',
  'play',
  'frameloop',
  'debug',
  'mode',
  'lang',
  'heights',
  ...EMBED_PARAMS,
  // The framing page's origin, which the host SDK passes (embed/origins.ts).
  'origin',
] as const

/** The URL's scenario keys as a partial input for `parseScenario` (strings; the schema converts). */
export function scenarioInputFromSearch(search: string): Record<string, string> {
  // No prototype: `?__proto__=x` becomes a key like any other (refused by name), not a prototype change.
  const input: Record<string, string> = Object.create(null)
  for (const [key, value] of new URLSearchParams(search)) {
    if ((VIEW_PARAMS as readonly string[]).includes(key)) continue
    input[scenarioKey(key)] = value
  }
  return input
}

/** Scenario keys the URL gave under a short name (`{ heightLossPct: 'loss' }`), so messages can use the URL's words. */
export function urlKeyNames(search: string): Record<string, string> {
  const params = new URLSearchParams(search)
  return Object.fromEntries(
    Object.entries(SCENARIO_ALIASES)
      .filter(([alias]) => params.has(alias))
      .map(([alias, key]) => [key, alias]),
  )
}

/**
 * `search` rewritten to match `scenario` and `view`; parameters that are not ours are kept.
 * View options are written only when they differ from their defaults.
 */
export function searchFromState(scenario: Scenario, view: ViewState, search: string): string {
  const params = new URLSearchParams(search)
  writeViewParams(view, params)
  for (const field of SCENARIO_FIELDS) {
    params.delete(field.key)
    const short = SHORT_NAMES[field.key]
    if (short) params.delete(short)
  }
  for (const field of SCENARIO_FIELDS) {
    const key = field.key
    const value = scenario[key]
    if (value === undefined) continue
    // Severity: the grade when it was set by grade, else the height loss, always written.
    if (key === 'heightLossPct' && scenario.grade !== undefined) continue
    const severity = key === 'grade' || key === 'heightLossPct'
    if (!severity && value === DEFAULT_SCENARIO[key]) continue
    params.set(SHORT_NAMES[key] ?? key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
