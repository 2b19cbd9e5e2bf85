import { afterEach, describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../src/i18n/catalogues.ts'
import { browserLanguage, matchLanguage } from '../../../src/i18n/languages.ts'
import { activateLanguage, format, hasCatalogue, locale, t, translator } from '../../../src/i18n/t.ts'

afterEach(() => activateLanguage('en'))

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two')
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}')
  })

  it('speaks English until another language is loaded and made active', async () => {
    expect(t('player.play')).toBe('Play')
    expect(locale()).toBe('en')
    expect(() => activateLanguage('de')).toThrow(/load it first/)
    await loadCatalogue('de')
    expect(hasCatalogue('de')).toBe(true)
    activateLanguage('de')
    expect(t('player.play')).toBe('Abspielen')
    expect(locale()).toBe('de')
  })

  it('translates in a given language without changing the active one', async () => {
    await loadCatalogue('fr')
    expect(translator('fr')('chapter.cement.title')).toBe('Le ciment')
    expect(t('chapter.cement.title')).toBe('The cement')
  })
})

describe('language tags', () => {
  it('match by primary subtag, case-insensitively', () => {
    expect(matchLanguage('es-MX')).toBe('es')
    expect(matchLanguage('DE')).toBe('de')
    expect(matchLanguage('fr_CA')).toBe('fr')
    expect(matchLanguage('pt-BR')).toBeUndefined()
    expect(matchLanguage('')).toBeUndefined()
  })

  it('take the first of the browser’s languages the app speaks', () => {
    expect(browserLanguage(['pt-BR', 'fr-CA', 'en-US'])).toBe('fr')
    expect(browserLanguage(['ja', 'ko'])).toBeUndefined()
    expect(browserLanguage([])).toBeUndefined()
  })
})
