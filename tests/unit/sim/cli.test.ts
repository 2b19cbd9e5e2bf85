import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

// The CLI as a user runs it (through tsx); a few cases only, each is a process start.
function sim(args: string[], stdin: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sim.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('npm run sim', () => {
  it('prints the complete scenario and the outcome for a partial scenario on stdin', () => {
    const { code, out } = sim([], '{"procedure":"vertebroplasty","level":"T12"}')
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.scenario).toMatchObject({ procedure: 'vertebroplasty', level: 'T12', shape: 'wedge' })
    expect(Object.keys(json.outcome)).toEqual(
      expect.arrayContaining([
        'injectedMl',
        'insideMl',
        'leak',
        'heightsMm',
        'kyphoticAngleDeg',
        'peakInjectionPressureMPa',
        'fillFraction',
        'crossesMidline',
      ]),
    )
    expect(Object.keys(json.outcome.leak.byRouteMl).sort()).toEqual([
      'basivertebral',
      'canal',
      'cortical',
      'disc',
      'segmental',
    ])
    expect(json.fillTimeS).toBeUndefined()
  })

  it('exits with code 2 and names key, value and what is allowed for a bad scenario', () => {
    const { code, err } = sim([], '{"shape":"cube"}')
    expect(code).toBe(2)
    expect(err).toContain('shape: expected one of wedge | biconcave | crush, got "cube"')
  })

  it('prints the sub-group tables and the default cases against the cohort as markdown', () => {
    const { code, out } = sim(['--subgroups', '--cohort', '12', '--seed', '1'], '')
    expect(code).toBe(0)
    expect(out).toContain('Cohort of 12 virtual patients (seed 1): 6 vertebroplasty, 6 kyphoplasty')
    for (const title of [
      'by fracture age',
      'by cement viscosity',
      'without a cleft',
      'on radiographs and on CT',
      'The default case against the cohort',
    ])
      expect(out).toContain(title)
    expect(out).toContain('| BKP | > 6 weeks |')
  })

  it('exits with code 2 on JSON that does not parse', () => {
    expect(sim([], '{procedure:').code).toBe(2)
  })
})
