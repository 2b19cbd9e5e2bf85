/**
 * A notice in the reader's language: its problem's catalogue template (`problem.<code>`) with its
 * values; a `{ term }` value said in the reader's words; a scenario key's numeric range with its
 * unit translated (`0–60 %`, `1–730 Tage`). The values typed in the address stay as typed. A notice
 * given only as English text, or with a template the catalogues lack, is shown as it came.
 */
import { isMessageKey, type MessageKey, type MessageValues, t } from '../i18n/t.ts'
import { SCENARIO_FIELDS, type ScenarioProblem } from '../sim/scenario.ts'
import type { Notice } from '../state/store.ts'

/** Longer values typed in the address are cut here: a notice says what was wrong, not 100 KB of it. */
const MAX_TYPED = 60
const TYPED = new Set(['given', 'key'])
const cut = (name: string, value: string | number) =>
  TYPED.has(name) && typeof value === 'string' && value.length > MAX_TYPED
    ? `${value.slice(0, MAX_TYPED)}…`
    : value

const FIELD_BY_KEY = new Map(SCENARIO_FIELDS.map((f) => [f.key as string, f]))
/** Problems whose `allowed` is a field's numeric range. */
const RANGE_CODES = new Set(['scenario.expectedInteger', 'scenario.expectedNumber', 'scenario.clamped'])

/** A numeric field's range as `parseScenario` says it (`0–60 %`, `-5 to 0 SD`), in the reader's words. */
function rangeText(key: string): string | undefined {
  const field = FIELD_BY_KEY.get(key)
  if (!field || field.kind === 'enum' || field.kind === 'boolean') return undefined
  const range = t(field.min < 0 ? 'problem.rangeSigned' : 'problem.range', { min: field.min, max: field.max })
  return field.unit
    ? t('problem.rangeUnit', { range, unit: t(`field.${field.key}.unit` as MessageKey) })
    : range
}

export function noticeText(notice: Notice): string {
  const problem = notice.problem
  const template = problem && `problem.${problem.code}`
  if (!problem || !template || !isMessageKey(template))
    return notice.message.length > 400 ? `${notice.message.slice(0, 400)}…` : notice.message
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(problem.params)) {
    if (typeof value !== 'object') values[name] = cut(name, value)
    else values[name] = isMessageKey(value.term) ? t(value.term) : value.term
  }
  const field = (problem as Partial<ScenarioProblem>).key
  if (RANGE_CODES.has(problem.code) && field !== undefined)
    values.allowed = rangeText(field) ?? values.allowed ?? ''
  return t(template, values as MessageValues)
}
