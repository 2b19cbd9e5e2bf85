import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SOURCES, source } from '../../../src/sim/sources.ts'
import { sourcesMarkdown } from '../../../src/sim/sourcesMarkdown.ts'

describe('the bibliography', () => {
  it('has unique ids and short names', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size, 'ids').toBe(SOURCES.length)
    expect(new Set(SOURCES.map((s) => s.short)).size, 'short names').toBe(SOURCES.length)
  })

  it('names a year in every reference and says what it is used for', () => {
    for (const s of SOURCES) {
      expect(s.reference, s.id).toMatch(/(19|20)\d\d/)
      expect(s.uses.length, `${s.id}: uses`).toBeGreaterThan(10)
    }
  })

  it('refuses an unknown id with the known ones', () => {
    expect(source('zhan2017').short).toBe('Zhan 2017')
    expect(() => source('nobody1999')).toThrow(/expected one of .*zhan2017.*got "nobody1999"/)
  })

  it('matches docs/SOURCES.md (run `npm run sources` after editing src/sim/sources.ts)', () => {
    const file = readFileSync(new URL('../../../docs/SOURCES.md', import.meta.url), 'utf8')
    expect(file).toBe(sourcesMarkdown())
  })
})
