/**
 * The page's language in its address: `lang=en|es|de|fr` (a regional tag such as `es-MX` is taken
 * as its language). Without it, the first of the browser's languages the app speaks, else English.
 * A bad value is refused with a message naming what is allowed and the language shown instead.
 *
 * `lang` is always written back, once chosen, like the fracture's severity: a link has no default
 * language both ends share (the fallback is each reader's own browser), so a shared link carries
 * its language and reopens in it.
 */
import { en } from '../i18n/en.ts'
import {
  browserLanguage,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  matchLanguage,
} from '../i18n/languages.ts'
import type { ProblemText } from '../sim/problemText.ts'

/** Where the language came from. */
export type LanguageOrigin = 'url' | 'browser' | 'default'

/**
 * The language an address asks for, else the first of `browserLanguages` the app speaks, else
 * English; with a problem when `lang=` names none of the app's languages.
 */
export function languageFromSearch(
  search: string,
  browserLanguages: readonly string[],
): { lang: Language; origin: LanguageOrigin; problem?: ProblemText } {
  const given = new URLSearchParams(search).get('lang')
  const fromUrl = given === null ? undefined : matchLanguage(given)
  if (fromUrl) return { lang: fromUrl, origin: 'url' }
  const fromBrowser = browserLanguage(browserLanguages)
  const lang = fromBrowser ?? DEFAULT_LANGUAGE
  const origin = fromBrowser ? 'browser' : 'default'
  if (given === null) return { lang, origin }
  const allowed = LANGUAGES.join(' | ')
  return {
    lang,
    origin,
    problem: {
      code: 'lang.unknown',
      params: { key: 'lang', allowed, given, language: { term: `language.name.${lang}` } },
      message: `lang: expected one of ${allowed}, got "${given}" — shown in ${en[`language.name.${lang}`]}`,
    },
  }
}

/** Writes `lang` into `params` (always: see above). */
export function writeLanguageParam(lang: Language, params: URLSearchParams): void {
  params.set('lang', lang)
}
