/** Property tests of the postMessage and option schemas: any message is checked, never thrown on, and refused in words. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMAND_ARGS, parseMessage } from '../../../src/embed/messages.ts'
import { ChromeOptionsSchema, ViewOptionsSchema } from '../../../src/embed/options.ts'

const SEED = 20261125
const junk = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 'x'.repeat(200_000), '__proto__', 'constructor'),
  fc.nat(5000).map((d) => JSON.parse(`${'{"a":'.repeat(d)}1${'}'.repeat(d)}`)),
)
const message = fc.record(
  {
    spine3d: fc.oneof(fc.constant(1), junk),
    id: fc.oneof(fc.string({ maxLength: 70 }), fc.integer(), junk),
    command: fc.oneof(
      fc.constantFrom(...Object.keys(COMMAND_ARGS), '__proto__', 'constructor', 'toString'),
      junk,
    ),
    args: junk,
  },
  { requiredKeys: ['spine3d'] },
)

describe('parseMessage, on any message', () => {
  it('never throws; a message of ours is a command or an error that says what was expected', () => {
    fc.assert(
      fc.property(fc.oneof(message, junk), (data) => {
        const parsed = parseMessage(data)
        if (parsed.kind === 'invalid') {
          expect(['bad-message', 'unknown-command', 'bad-args']).toContain(parsed.error.code)
          expect(parsed.error.message).toMatch(/^[\w.[\]]*: expected .+, got .+ — /s)
          expect(parsed.error.message.length).toBeLessThan(2000)
        }
        if (parsed.kind === 'command') expect(Object.hasOwn(COMMAND_ARGS, parsed.command)).toBe(true)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('passes over messages without a spine3d key (other scripts post to frames too)', () => {
    fc.assert(
      fc.property(fc.object(), (o) => {
        fc.pre(!Object.hasOwn(o, 'spine3d'))
        expect(parseMessage(o).kind).toBe('foreign')
      }),
      { seed: SEED, numRuns: 100 },
    )
  })
})

describe('the option schemas, on any value', () => {
  it('never throw, and accept only objects of known keys', () => {
    fc.assert(
      fc.property(junk, (value) => {
        for (const schema of [ViewOptionsSchema, ChromeOptionsSchema]) {
          const result = schema.safeParse(value)
          if (result.success) expect(typeof value === 'object' && value !== null).toBe(true)
          else expect(result.error.issues.length).toBeGreaterThan(0)
        }
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
