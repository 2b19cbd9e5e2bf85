/**
 * Turns zod's issues into the app's error sentences (`area: expected X, got Y — fix`), naming the
 * value that was given: a host page's developer reads these in an `error` event or a rejected
 * promise, and the page shows them as notices.
 */
import type { core } from 'zod/mini'

const MAX_SHOWN = 60

/** A value as a message shows it: short, JSON-like, never throwing (cycles, BigInt, symbols). */
export function showValue(value: unknown): string {
  let text: string
  try {
    text =
      typeof value === 'number' || typeof value === 'bigint' || typeof value === 'symbol'
        ? String(value)
        : value === undefined
          ? 'nothing'
          : typeof value === 'function'
            ? 'a function'
            : (JSON.stringify(value) ?? String(value))
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function expected(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number'
        ? 'a finite number'
        : `${issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`
    case 'invalid_value':
      return `one of ${issue.values.map((v) => (typeof v === 'string' ? v : String(v))).join(' | ')}`
    case 'too_big':
      return issue.origin === 'number'
        ? `at most ${issue.maximum}`
        : `at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`
    case 'too_small':
      return issue.origin === 'number'
        ? `at least ${issue.minimum}`
        : `at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`
    case 'unrecognized_keys':
      return 'only known keys'
    case 'invalid_union':
      return 'one of the allowed forms'
    default:
      return issue.message
  }
}

/**
 * One sentence per issue, its path under `area` (`args.t: expected a finite number, got "abc"`);
 * `fix` ends each sentence.
 */
export function describeIssues(
  issues: readonly core.$ZodIssue[],
  input: unknown,
  area: string,
  fix: string,
): string[] {
  return issues.map((issue) => {
    const where = [area, ...issue.path.map(String)].filter((p) => p !== '').join('.')
    if (issue.code === 'unrecognized_keys')
      return `${where}: expected only known keys, got ${issue.keys.map((k) => `"${k}"`).join(', ')} — ${fix}`
    return `${where}: expected ${expected(issue)}, got ${showValue(at(input, issue.path))} — ${fix}`
  })
}
