import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO, parseScenario } from '../../../src/sim/scenario.ts'
import { DEFAULT_VIEW } from '../../../src/state/store.ts'
import { scenarioInputFromSearch, searchFromState } from '../../../src/state/urlParams.ts'
import { viewFromSearch } from '../../../src/state/viewParams.ts'

const ON = DEFAULT_VIEW
const OFF = { ...DEFAULT_VIEW, labels: false }
const searchFromScenario = (scenario: Parameters<typeof searchFromState>[0], search: string) =>
  searchFromState(scenario, ON, search)

const fromUrl = (search: string) => parseScenario(scenarioInputFromSearch(search))

describe('scenario in the URL', () => {
  it('reads level, grade and shape: ?level=L1&grade=2&shape=wedge', () => {
    const { scenario, problems } = fromUrl('?level=T12&grade=3&shape=crush')
    expect(problems).toEqual([])
    expect(scenario).toMatchObject({ level: 'T12', grade: 3, heightLossPct: 50, shape: 'crush' })
  })

  it('reads the height loss under its short name: ?loss=35', () => {
    const { scenario } = fromUrl('?level=L1&loss=35&shape=biconcave')
    expect(scenario.heightLossPct).toBe(35)
    expect(scenario.grade).toBeUndefined()
  })

  it('writes the severity the way it was set, and nothing else that is at its default', () => {
    expect(searchFromScenario(parseScenario({ grade: 2 }).scenario, '')).toBe('?grade=2')
    expect(searchFromScenario(parseScenario({ heightLossPct: 35, shape: 'biconcave' }).scenario, '')).toBe(
      '?loss=35&shape=biconcave',
    )
    expect(searchFromScenario(parseScenario({ level: 'T8', grade: 1 }).scenario, '')).toBe(
      '?level=T8&grade=1',
    )
  })

  it('round-trips: a written link reopens the same scenario', () => {
    for (const input of [
      { level: 'L3', grade: 3, shape: 'crush' },
      { level: 'T6', heightLossPct: 12.5, shape: 'biconcave', procedure: 'vertebroplasty' },
    ]) {
      const { scenario } = parseScenario(input)
      expect(fromUrl(searchFromScenario(scenario, '')).scenario).toEqual(scenario)
    }
  })

  it('keeps parameters that are not ours, and drops stale scenario ones', () => {
    const search = searchFromState(DEFAULT_SCENARIO, OFF, '?labels=0&loss=20&embed=1')
    const params = new URLSearchParams(search)
    expect(params.get('labels')).toBe('0')
    expect(params.get('embed')).toBe('1')
    expect(params.get('loss')).toBeNull()
    expect(params.get('grade')).toBe(String(DEFAULT_SCENARIO.grade))
  })

  it('passes bad values to the schema, which names the key, the value and what is allowed', () => {
    const { scenario, problems } = fromUrl('?level=Z9&loss=75&shape=cube')
    expect(scenario.level).toBe(DEFAULT_SCENARIO.level)
    expect(scenario.heightLossPct).toBe(60)
    const text = problems.map((p) => p.message).join('\n')
    expect(text).toMatch(/level.*T4 .*L5.*Z9/)
    expect(text).toMatch(/heightLossPct.*75.*60/)
    expect(text).toMatch(/shape.*wedge \| biconcave \| crush.*cube/)
  })
})

describe('view options in the URL', () => {
  it('reads labels=0|1|true|false, and writes labels=0 only when they are off', () => {
    expect(viewFromSearch('?labels=0', ON).view.labels).toBe(false)
    expect(viewFromSearch('?labels=true', OFF).view.labels).toBe(true)
    expect(searchFromState(DEFAULT_SCENARIO, OFF, '')).toContain('labels=0')
    expect(searchFromState(DEFAULT_SCENARIO, ON, '?labels=0')).not.toContain('labels')
  })

  it('refuses anything else with a message naming the value and what is allowed', () => {
    const { view, problems } = viewFromSearch('?labels=maybe', ON)
    expect(view.labels).toBe(true)
    expect(problems.map((p) => p.message)).toEqual([
      'labels: expected one of 0 | 1 | false | true, got "maybe" — kept on',
    ])
  })

  it('reads captions=0 and inside=on|off|auto, and writes only what differs from the default', () => {
    const { view } = viewFromSearch('?captions=0&inside=on', ON)
    expect(view).toMatchObject({ labels: true, captions: false, seeInside: 'on' })
    expect(searchFromState(DEFAULT_SCENARIO, view, '')).toMatch(/captions=0.*inside=on|inside=on.*captions=0/)
    expect(searchFromState(DEFAULT_SCENARIO, ON, '?captions=0&inside=off')).toBe('?grade=2')
    expect(viewFromSearch('?inside=sometimes', ON).problems.map((p) => p.message)).toEqual([
      'inside: expected one of auto | on | off, got "sometimes" — kept auto',
    ])
  })

  it('reads the view and the overlays, keeping the good items of a list and naming the bad ones', () => {
    const { view, problems } = viewFromSearch('?view=compare&fluoro=ap&overlay=risk,glow,height,risk', ON)
    expect(view).toMatchObject({ mode: 'compare', projection: 'ap', overlays: ['risk', 'height'] })
    expect(problems.map((p) => p.message)).toEqual([
      'overlay: expected a list of risk | height | fluoro | anatomy, got "glow" — kept risk, height',
    ])
    expect(searchFromState(DEFAULT_SCENARIO, view, '')).toBe(
      '?view=compare&fluoro=ap&overlay=risk%2Cheight&grade=2',
    )
    expect(viewFromSearch('?view=xray', ON).problems.map((p) => p.message)).toEqual([
      'view: expected one of scene | fluoro | compare | cutaway, got "xray" — kept scene',
    ])
  })
})
