/**
 * Property tests of the scenario schema (fast-check, fixed seed: a failure prints its seed and
 * path and replays). Any JSON-ish input — `__proto__` keys, huge strings, NaN and Infinity, deep
 * nesting — gives a valid scenario and problems that name their keys, and never throws.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO, parseScenario, SCENARIO_FIELDS, type Scenario } from '../../../src/sim/scenario.ts'

const SEED = 20261125
const KEYS = SCENARIO_FIELDS.map((f) => f.key as string)
const value = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withObjectString: true }),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    '1e308',
    'NaN',
    ' 12 ',
    '',
    'true',
    'x'.repeat(100_000),
  ),
  fc.constantFrom(...SCENARIO_FIELDS.flatMap((f) => (f.kind === 'enum' ? [...f.options] : []))),
  fc.double(),
)
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS, 'loss') },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '') },
  { weight: 1, arbitrary: fc.string() },
)
/** An input object; its keys defined as own data (as JSON.parse makes them), `__proto__` included. */
const input = fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => {
  const o: Record<string, unknown> = {}
  for (const [k, v] of pairs)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  return o
})
const deep = fc.nat(5000).map((d) => JSON.parse(`${'{"level":'.repeat(d)}1${'}'.repeat(d)}`))
const anyInput = fc.oneof(input, deep, fc.anything(), fc.constant(null))

function expectValid(s: Scenario): void {
  for (const f of SCENARIO_FIELDS) {
    const v = (s as unknown as Record<string, unknown>)[f.key]
    if (f.key === 'grade' && v === undefined) continue
    if (f.kind === 'enum') expect(f.options, f.key).toContain(v)
    else if (f.kind === 'boolean') expect(typeof v, f.key).toBe('boolean')
    else {
      expect(Number.isFinite(v), `${f.key} finite`).toBe(true)
      expect(v as number, f.key).toBeGreaterThanOrEqual(f.min)
      expect(v as number, f.key).toBeLessThanOrEqual(f.max)
      if (f.kind === 'integer') expect(Number.isInteger(v), `${f.key} integer`).toBe(true)
    }
  }
  expect(
    Object.keys(s).every((k) => KEYS.includes(k)),
    'only scenario keys',
  ).toBe(true)
}

describe('parseScenario, on any input', () => {
  it('never throws, and gives a valid scenario whose problems name their keys in short messages', () => {
    fc.assert(
      fc.property(anyInput, (given) => {
        const { scenario, problems } = parseScenario(given)
        expectValid(scenario)
        for (const p of problems) {
          expect(typeof p.key).toBe('string')
          if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
            expect(Object.hasOwn(given, p.key), `problem key ${p.key} was given`).toBe(true)
            expect(p.message.startsWith(p.key.length > 60 ? p.key.slice(0, 60) : p.key)).toBe(true)
          } else expect(p.key).toBe('')
          expect(p.message.length, 'a readable message').toBeLessThan(600)
        }
        expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype)
      }),
      { seed: SEED, numRuns: 400 },
    )
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined()
  })

  it('is idempotent: its own output parses with no problems to the same scenario', () => {
    fc.assert(
      fc.property(input, (given) => {
        const { scenario } = parseScenario(given)
        const again = parseScenario({ ...scenario })
        expect(again.problems).toEqual([])
        expect(again.scenario).toEqual(scenario)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('keeps the base for every key it refused', () => {
    fc.assert(
      fc.property(input, (given) => {
        const { scenario, problems } = parseScenario(given, DEFAULT_SCENARIO)
        for (const p of problems.filter((p) => p.action === 'refused' && p.key !== 'grade'))
          if (p.key !== 'heightLossPct')
            expect((scenario as unknown as Record<string, unknown>)[p.key]).toBe(
              (DEFAULT_SCENARIO as unknown as Record<string, unknown>)[p.key],
            )
      }),
      { seed: SEED, numRuns: 200 },
    )
  })
})
