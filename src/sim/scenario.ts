/**
 * THE scenario schema of the app: URL parameters, the leva panel, postMessage and the CLI all go
 * through `parseScenario`. It applies a partial input onto a base scenario and never throws; each
 * thing it had to change or refuse comes back as a problem with a message that names the key,
 * the value given and what is allowed.
 */
import { type GenantGrade, GRADE_LOSS_PCT } from '../anatomy/fracture.ts'
import type { ProblemText } from './problemText.ts'
import { DEFAULT_SCENARIO, SCENARIO_FIELDS, type Scenario, type ScenarioField } from './scenarioFields.ts'

export type { ProblemParam, ProblemText } from './problemText.ts'
export * from './scenarioFields.ts'

/**
 * One thing `parseScenario` had to change, refuse or ignore. As a `ProblemText`: `code` names the
 * message (`scenario.clamped` …), `params` its values (`key`, `given`, `allowed`, `kept`, `result`),
 * `message` says it in English.
 */
export interface ScenarioProblem extends ProblemText {
  key: string
  given: unknown
  /** What the key allows, in words: `wedge | biconcave | crush`, `0–60 %`. */
  allowed: string
  action: 'clamped' | 'rounded' | 'refused' | 'ignored'
}

export interface ParsedScenario {
  scenario: Scenario
  problems: ScenarioProblem[]
}

const FIELD_BY_KEY = new Map(SCENARIO_FIELDS.map((f) => [f.key as string, f]))

/** Values are shown up to this length: a message names what was given, not all 100 KB of it. */
const MAX_SHOWN = 60

/** A value as a message shows it: short, JSON-like, never throwing (cycles, BigInt, deep nesting). */
function show(value: unknown): string {
  let text: string
  try {
    text =
      typeof value === 'string' || (typeof value === 'object' && value !== null)
        ? (JSON.stringify(value) ?? String(value))
        : String(value)
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

function allowedText(field: ScenarioField): string {
  if (field.kind === 'enum') return field.options.join(' | ')
  if (field.kind === 'boolean') return 'true | false'
  const range = field.min < 0 ? `${field.min} to ${field.max}` : `${field.min}–${field.max}`
  return field.unit ? `${range} ${field.unit}` : range
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : undefined
  }
  return undefined
}

/**
 * Apply a partial `input` onto `base`. Unknown keys are ignored, values of the wrong type or
 * unknown enum values are refused (base kept), numbers out of range are clamped, non-integers
 * rounded where an integer is required; numeric strings and "true"/"false" are accepted (the URL
 * passes strings). `grade` sets `heightLossPct` to the grade's representative loss;
 * `heightLossPct` clears `grade`; given both, they must agree (a complete scenario) or
 * `heightLossPct` wins and the grade is reported as ignored.
 */
export function parseScenario(input: unknown, base: Scenario = DEFAULT_SCENARIO): ParsedScenario {
  const scenario: Scenario = { ...base }
  const problems: ScenarioProblem[] = []
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const message = `scenario: expected an object of scenario keys, got ${show(input)} — kept every value`
    problems.push({
      key: '',
      given: input,
      allowed: 'an object',
      action: 'refused',
      code: 'scenario.notObject',
      params: { given: show(input) },
      message,
    })
    return { scenario, problems }
  }
  const entries = Object.entries(input as Record<string, unknown>)
  const given = new Set<string>()
  const record = scenario as unknown as Record<string, unknown>
  for (const [key, value] of entries) {
    const field = FIELD_BY_KEY.get(key)
    if (!field) {
      const allowed = SCENARIO_FIELDS.map((f) => f.key).join(', ')
      const named = key.length > MAX_SHOWN ? `${key.slice(0, MAX_SHOWN)}…` : key
      problems.push({
        key,
        given: value,
        allowed,
        action: 'ignored',
        code: 'scenario.unknownKey',
        params: { key: named, allowed },
        message: `${named}: not a scenario key (one of ${allowed}) — ignored`,
      })
      continue
    }
    const allowed = allowedText(field)
    const kept = record[key] === undefined ? 'unset' : String(record[key])
    const refuse = (code: string, expected: string) =>
      problems.push({
        key,
        given: value,
        allowed,
        action: 'refused',
        code,
        params: { key, allowed, given: show(value), kept: kept === 'unset' ? { term: 'term.unset' } : kept },
        message: `${key}: expected ${expected}, got ${show(value)} — kept ${kept}`,
      })
    if (field.kind === 'enum') {
      const match = field.options.find((o) => o === value || (typeof o === 'number' && asNumber(value) === o))
      if (match === undefined) refuse('scenario.expectedOneOf', `one of ${allowed}`)
      else {
        record[key] = match
        given.add(key)
      }
    } else if (field.kind === 'boolean') {
      if (value === true || value === 'true') record[key] = true
      else if (value === false || value === 'false') record[key] = false
      else {
        refuse('scenario.expectedBoolean', 'true or false')
        continue
      }
      given.add(key)
    } else {
      let n = asNumber(value)
      if (n === undefined) {
        if (field.kind === 'integer') refuse('scenario.expectedInteger', `an integer from ${allowed}`)
        else refuse('scenario.expectedNumber', `a number from ${allowed}`)
        continue
      }
      if (field.kind === 'integer' && !Number.isInteger(n)) {
        const rounded = Math.round(n)
        problems.push({
          key,
          given: value,
          allowed,
          action: 'rounded',
          code: 'scenario.rounded',
          params: { key, given: show(value), result: rounded },
          message: `${key}: expected an integer, got ${show(value)} — rounded to ${rounded}`,
        })
        n = rounded
      }
      if (n < field.min || n > field.max) {
        const clamped = Math.min(field.max, Math.max(field.min, n))
        problems.push({
          key,
          given: value,
          allowed,
          action: 'clamped',
          code: 'scenario.clamped',
          params: { key, given: n, allowed, result: clamped },
          message: `${key}: ${n} is outside ${allowed} — clamped to ${clamped}`,
        })
        n = clamped
      }
      record[key] = n
      given.add(key)
    }
  }
  const consistent =
    given.has('grade') && scenario.heightLossPct === GRADE_LOSS_PCT[scenario.grade as GenantGrade]
  if (given.has('heightLossPct') && !consistent) {
    // (A complete scenario carries both; they agree, and the grade is kept.)
    if (given.has('grade')) {
      const message = `grade: given together with heightLossPct — grade ignored, heightLossPct ${scenario.heightLossPct} used`
      problems.push({
        key: 'grade',
        given: (input as Record<string, unknown>).grade,
        allowed: 'grade or heightLossPct, not both',
        action: 'ignored',
        code: 'scenario.gradeIgnored',
        params: { key: 'grade', loss: scenario.heightLossPct },
        message,
      })
    }
    delete scenario.grade
  } else if (given.has('grade') && !given.has('heightLossPct')) {
    scenario.heightLossPct = GRADE_LOSS_PCT[scenario.grade as GenantGrade]
  }
  return { scenario, problems }
}
