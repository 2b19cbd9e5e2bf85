import { describe, expect, it } from 'vitest'
import { GRADE_LOSS_PCT } from '../../../src/anatomy/fracture.ts'
import { DEFAULT_SCENARIO, parseScenario, SCENARIO_FIELDS } from '../../../src/sim/scenario.ts'

describe('DEFAULT_SCENARIO', () => {
  it('is a moderate (grade 2) wedge fracture of L1 whose height loss is the grade’s', () => {
    expect(DEFAULT_SCENARIO).toMatchObject({ level: 'L1', shape: 'wedge', grade: 2 })
    expect(DEFAULT_SCENARIO.heightLossPct).toBe(GRADE_LOSS_PCT[2])
  })

  it('parses to itself without problems', () => {
    const { scenario, problems } = parseScenario(DEFAULT_SCENARIO)
    expect(problems).toEqual([])
    expect(scenario).toEqual(DEFAULT_SCENARIO)
  })
})

describe('SCENARIO_FIELDS', () => {
  it('describes every key of the default scenario, once, with a label and description', () => {
    const keys = SCENARIO_FIELDS.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect([...keys].sort()).toEqual(Object.keys(DEFAULT_SCENARIO).sort())
    for (const f of SCENARIO_FIELDS) expect(f.label.length * f.description.length).toBeGreaterThan(0)
  })

  it('has each numeric default inside its own range', () => {
    for (const f of SCENARIO_FIELDS) {
      if (f.kind === 'number' || f.kind === 'integer') {
        expect(f.default as number, f.key).toBeGreaterThanOrEqual(f.min)
        expect(f.default as number, f.key).toBeLessThanOrEqual(f.max)
      }
    }
  })
})

describe('parseScenario', () => {
  it('applies a partial input onto the base and keeps the rest', () => {
    const { scenario, problems } = parseScenario({ procedure: 'vertebroplasty', cementVolumeMl: 3 })
    expect(problems).toEqual([])
    expect(scenario).toEqual({ ...DEFAULT_SCENARIO, procedure: 'vertebroplasty', cementVolumeMl: 3 })
  })

  it('refuses an unknown enum value, keeps the base, and names key, value and what is allowed', () => {
    const { scenario, problems } = parseScenario({ shape: 'cube' })
    expect(scenario.shape).toBe('wedge')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      key: 'shape',
      given: 'cube',
      action: 'refused',
      allowed: 'wedge | biconcave | crush',
    })
    expect(problems[0]?.message).toBe(
      'shape: expected one of wedge | biconcave | crush, got "cube" — kept wedge',
    )
  })

  it('clamps a number out of range and says so', () => {
    const { scenario, problems } = parseScenario({ heightLossPct: 75 })
    expect(scenario.heightLossPct).toBe(60)
    expect(problems[0]).toMatchObject({ key: 'heightLossPct', action: 'clamped' })
    expect(problems[0]?.message).toBe('heightLossPct: 75 is outside 0–60 % — clamped to 60')
  })

  it('rounds a non-integer where an integer is required', () => {
    const { scenario, problems } = parseScenario({ seed: 7.6 })
    expect(scenario.seed).toBe(8)
    expect(problems[0]).toMatchObject({ key: 'seed', action: 'rounded', given: 7.6 })
    expect(problems[0]?.message).toContain('7.6')
  })

  it('ignores an unknown key and lists the allowed ones', () => {
    const { scenario, problems } = parseScenario({ colour: 'red' })
    expect(scenario).toEqual(DEFAULT_SCENARIO)
    expect(problems[0]).toMatchObject({ key: 'colour', action: 'ignored' })
    expect(problems[0]?.message).toMatch(/^colour: not a scenario key .*procedure.*— ignored$/)
  })

  it('refuses a value of the wrong type', () => {
    const { scenario, problems } = parseScenario({ tScore: 'low', cleft: 3 })
    expect(scenario.tScore).toBe(DEFAULT_SCENARIO.tScore)
    expect(scenario.cleft).toBe(false)
    expect(problems.map((p) => [p.key, p.action])).toEqual([
      ['tScore', 'refused'],
      ['cleft', 'refused'],
    ])
    expect(problems[0]?.message).toBe('tScore: expected a number from -5 to 0 SD, got "low" — kept -3')
  })

  it('accepts the strings a URL carries: numbers, booleans and numeric enum options', () => {
    const { scenario, problems } = parseScenario({
      cementVolumeMl: '3.5',
      cleft: 'true',
      balloonSizeMm: '20',
      seed: '42',
    })
    expect(problems).toEqual([])
    expect(scenario).toMatchObject({ cementVolumeMl: 3.5, cleft: true, balloonSizeMm: 20, seed: 42 })
  })

  it('refuses NaN, Infinity and empty strings as numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '', ' ']) {
      const { scenario, problems } = parseScenario({ cementVolumeMl: bad })
      expect(scenario.cementVolumeMl).toBe(DEFAULT_SCENARIO.cementVolumeMl)
      expect(problems[0]?.action).toBe('refused')
    }
  })

  it('sets heightLossPct from a grade, and a later heightLossPct clears the grade', () => {
    const graded = parseScenario({ grade: 3 }).scenario
    expect(graded).toMatchObject({ grade: 3, heightLossPct: GRADE_LOSS_PCT[3] })
    const measured = parseScenario({ heightLossPct: 30 }, graded).scenario
    expect(measured.heightLossPct).toBe(30)
    expect('grade' in measured).toBe(false)
  })

  it('uses heightLossPct when both it and grade are given, and reports the grade as ignored', () => {
    const { scenario, problems } = parseScenario({ grade: 1, heightLossPct: 45 })
    expect(scenario.heightLossPct).toBe(45)
    expect(scenario.grade).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ key: 'grade', action: 'ignored' })
  })

  it('never throws on input that is not an object, and keeps the base', () => {
    for (const input of [null, undefined, 42, 'L1', [1, 2]]) {
      const { scenario, problems } = parseScenario(input)
      expect(scenario).toEqual(DEFAULT_SCENARIO)
      expect(problems[0]?.action).toBe('refused')
    }
  })

  it('does not modify the base it is given', () => {
    const base = { ...DEFAULT_SCENARIO }
    parseScenario({ level: 'T8', heightLossPct: 10 }, base)
    expect(base).toEqual(DEFAULT_SCENARIO)
  })
})
