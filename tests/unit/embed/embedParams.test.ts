import { describe, expect, it } from 'vitest'
import { EMBED_KEYS, wantsEmbedding } from '../../../src/embed/embedKeys.ts'
import { chromeFromSearch, writeChromeParams } from '../../../src/embed/embedParams.ts'
import { scenarioInputFromSearch, VIEW_PARAMS } from '../../../src/state/urlParams.ts'

describe('embed options in the address', () => {
  it('reads every option', () => {
    const { options, problems } = chromeFromSearch(
      '?embed=1&controls=minimal&background=%23102030&autoplay=1&loop=true&speed=1.5&camera=1,2,3,4,5,6',
    )
    expect(problems).toEqual([])
    expect(options).toEqual({
      embed: true,
      controls: 'minimal',
      background: '#102030',
      autoplay: true,
      loop: true,
      speed: 1.5,
      camera: { position: [1, 2, 3], target: [4, 5, 6] },
    })
  })

  it('leaves out a bad value with a message that says what is allowed, and keeps the rest', () => {
    const { options, problems } = chromeFromSearch(
      '?embed=yes&controls=all&background=pink&speed=3&camera=1,2,3&loop=0',
    )
    expect(options).toEqual({ loop: false })
    expect(problems).toEqual([
      'embed: expected 0 | 1, got "yes" — ignored',
      'controls: expected full | minimal | none, got "all" — ignored',
      'background: expected dark | light | transparent | #rrggbb, got "pink" — ignored',
      'camera: expected six numbers in mm: the eye x,y,z then the target x,y,z, got "1,2,3" — ignored',
      'speed: expected 0.5 | 0.75 | 1 | 1.5 | 2 | 4, got "3" — ignored',
    ])
  })

  it('writes what it reads', () => {
    const { options } = chromeFromSearch(
      '?embed=1&controls=none&background=light&camera=10.255,-2,3,0,0,0&speed=2',
    )
    const params = new URLSearchParams()
    writeChromeParams(options, params)
    expect(params.toString()).toBe(
      'embed=1&controls=none&background=light&camera=10.26%2C-2%2C3%2C0%2C0%2C0&speed=2',
    )
  })

  it('its keys are not taken for scenario keys', () => {
    for (const key of [...EMBED_KEYS, 'mode', 'lang', 'origin']) expect(VIEW_PARAMS).toContain(key)
    expect(scenarioInputFromSearch('?embed=1&autoplay=1&origin=https://a.example&level=L2')).toEqual({
      level: 'L2',
    })
  })

  it('loads the embed code only when framed or asked for', () => {
    const page = (search: string, framed = false): Window => {
      const win: { location: { search: string }; parent?: unknown } = { location: { search } }
      win.parent = framed ? {} : win
      return win as unknown as Window
    }
    expect(wantsEmbedding(page('?level=L1'))).toBe(false)
    expect(wantsEmbedding(page('?controls=minimal'))).toBe(true)
    expect(wantsEmbedding(page('?mode=patient')), 'the audience is the full app’s too').toBe(false)
    expect(wantsEmbedding(page('?lang=es')), 'so is the language').toBe(false)
    expect(wantsEmbedding(page('', true))).toBe(true)
  })
})
