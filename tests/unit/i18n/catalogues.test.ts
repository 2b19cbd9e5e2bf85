import { describe, expect, it } from 'vitest'
import { de } from '../../../src/i18n/de.ts'
import { type Catalogue, en } from '../../../src/i18n/en.ts'
import { es } from '../../../src/i18n/es.ts'
import { fr } from '../../../src/i18n/fr.ts'
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../src/i18n/languages.ts'

/**
 * The catalogues are typed `Catalogue`, so a missing or extra key already fails the typecheck; these
 * tests hold the same at run time and check what types cannot: the placeholders and the figures.
 */
const CATALOGUES: Record<Exclude<Language, 'en'>, Catalogue> = { es, de, fr }
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
/** A number of four or more digits in groups of three (4,187 · 4.187 · 4 187 · 4187 with a no-break space). */
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+$/
/**
 * The figures a text quotes (digits; a decimal comma read as a point, digit groups joined as each
 * language writes thousands), in order of size. No figure the catalogues quote has three decimals,
 * so three digits after a separator are a group.
 */
const figures = (text: string) =>
  [
    ...text
      .replace(/\{\w+\}/g, '')
      .matchAll(/\d{1,3}(?:[ \u00a0\u202f.,]\d{3}(?!\d))+(?![.,]\d)|\d+(?:[.,]\d+)?/g),
  ]
    .map((m) => (GROUPED.test(m[0]) ? m[0].replace(/\D/g, '') : m[0].replace(',', '.')))
    .sort()

describe('the message catalogues', () => {
  it('cover the languages the app offers, each with its own name', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(LANGUAGES.filter((l) => l !== 'en').sort())
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang]).toBeTruthy()
  })

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    describe(lang, () => {
      it('has every English key and no other', () => {
        const missing = Object.keys(en).filter((k) => !Object.hasOwn(catalogue, k))
        const extra = Object.keys(catalogue).filter((k) => !Object.hasOwn(en, k))
        expect(missing, `keys ${lang} lacks`).toEqual([])
        expect(extra, `keys ${lang} has that English lacks`).toEqual([])
      })

      it('fills the same {placeholders} as English in every message', () => {
        const differ = Object.entries(en)
          .filter(([key, text]) => {
            const own = catalogue[key as keyof Catalogue]
            return own !== undefined && placeholders(own).join() !== placeholders(text).join()
          })
          .map(([key]) => `${key}: en {${placeholders(en[key as keyof Catalogue]).join(', ')}}`)
        expect(differ, `messages whose placeholders differ from English`).toEqual([])
      })

      it('quotes the same figures as English (study years, rates, doses)', () => {
        // Key caps are names printed on keys ("Pos1"), not figures.
        const differ = Object.entries(en)
          .filter(([key]) => !key.startsWith('key.'))
          .filter(([key, text]) => figures(catalogue[key as keyof Catalogue]).join() !== figures(text).join())
          .map(
            ([key, text]) =>
              `${key}: en ${figures(text).join(' ')} · ${lang} ${figures(catalogue[key as keyof Catalogue]).join(' ')}`,
          )
        expect(differ, `messages whose figures differ from English`).toEqual([])
      })

      it('leaves no message empty or untrimmed', () => {
        const bad = Object.entries(catalogue).filter(([, text]) => text.trim() === '' || text.trim() !== text)
        expect(bad.map(([key]) => key)).toEqual([])
      })
    })
  }

  it('names the studies as English does (captions keep their sources)', () => {
    const cited = (text: string) => [...text.matchAll(/\(([A-Z][\p{L}]+ \d{4})\)/gu)].map((m) => m[1])
    for (const catalogue of Object.values(CATALOGUES))
      for (const key of Object.keys(en) as (keyof Catalogue)[])
        if (key.startsWith('caption.')) expect(cited(catalogue[key]), key).toEqual(cited(en[key]))
  })

  it('spaces French punctuation with a no-break space, never a plain one that could wrap', () => {
    const wrapping = Object.entries(fr).filter(([, text]) => / [:;?!%]/.test(text))
    expect(wrapping.map(([key]) => key)).toEqual([])
  })
})
