import { describe, expect, it } from 'vitest'
import { isAllowed, parentOrigin, parseAllowList } from '../../../src/embed/origins.ts'

const SELF = 'https://spine3d.example'

describe('the allow-list of pages that may drive the embed', () => {
  it('is the page’s own origin only, by default', () => {
    for (const text of [undefined, null, '', '  ', 'self', "'self'"]) {
      const { list, problems } = parseAllowList(text, SELF)
      expect(problems).toEqual([])
      expect(list.any).toBe(false)
      expect([...list.origins]).toEqual([SELF])
    }
  })

  it('takes origins separated by spaces or commas, with or without a trailing slash', () => {
    const { list } = parseAllowList(
      'https://clinic.example, http://localhost:8080/\nhttps://www.hospital.org',
      SELF,
    )
    expect([...list.origins].sort()).toEqual(
      [SELF, 'https://clinic.example', 'http://localhost:8080', 'https://www.hospital.org'].sort(),
    )
    expect(isAllowed(list, 'https://clinic.example')).toBe(true)
    expect(isAllowed(list, 'https://evil.example')).toBe(false)
    expect(isAllowed(list, 'https://clinic.example.evil.example')).toBe(false)
    expect(isAllowed(list, 'http://clinic.example'), 'another scheme is another origin').toBe(false)
  })

  it('opens to any page only when * is written', () => {
    const { list } = parseAllowList('*', SELF)
    expect(list.any).toBe(true)
    expect(isAllowed(list, 'https://anyone.example')).toBe(true)
    expect(isAllowed(list, 'null'), 'an opaque origin cannot be answered exactly').toBe(false)
  })

  it('leaves out what is not an origin, and says so', () => {
    const { list, problems } = parseAllowList(
      'clinic.example https://a.example/path ftp://b.example https://ok.example',
      SELF,
    )
    expect([...list.origins]).toEqual([SELF, 'https://ok.example'])
    expect(problems).toEqual([
      'spine3d-allowed-origins: expected origins such as https://clinic.example, got "clinic.example" — left out',
      'spine3d-allowed-origins: expected origins such as https://clinic.example, got "https://a.example/path" — left out',
      'spine3d-allowed-origins: expected origins such as https://clinic.example, got "ftp://b.example" — left out',
    ])
  })
})

describe('the framing page’s origin', () => {
  const { list } = parseAllowList('https://clinic.example', SELF)
  const at = (search: string, ancestors?: string[]) =>
    ({
      search,
      ancestorOrigins: ancestors && Object.assign([...ancestors], { length: ancestors.length }),
    }) as unknown as Location

  it('is the browser’s record when it keeps one', () => {
    expect(parentOrigin(at('', ['https://clinic.example']), list)).toBe('https://clinic.example')
    // The address cannot overrule the browser.
    expect(parentOrigin(at('?origin=https://clinic.example', ['https://evil.example']), list)).toBeNull()
  })

  it('else the origin the SDK put in the address, when it is on the list', () => {
    expect(parentOrigin(at('?origin=https%3A%2F%2Fclinic.example'), list)).toBe('https://clinic.example')
    expect(parentOrigin(at('?origin=https://evil.example'), list)).toBeNull()
    expect(parentOrigin(at('?origin=javascript:alert(1)'), list)).toBeNull()
    expect(parentOrigin(at(''), list)).toBeNull()
  })
})
