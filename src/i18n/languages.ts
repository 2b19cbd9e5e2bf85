/**
 * The languages the app speaks, and how a language tag (`es-MX`, `de`, `FR`) maps onto one of them.
 * English is the reference: its catalogue ships in the first JavaScript, the others load on demand.
 */

/** Supported languages, by ISO 639-1 code; the first is the fallback. */
export const LANGUAGES = ['en', 'es', 'de', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

/** The fallback when neither the address nor the browser names a supported language. */
export const DEFAULT_LANGUAGE: Language = 'en'

/**
 * Each language's name in itself, as a language menu shows them (a reader looks for their own
 * language's name, whatever language the page is in now). Kept here, not in the catalogues, because
 * the menu needs all of them before any other catalogue has loaded.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The supported language a BCP 47 tag asks for, by its primary subtag (`es-MX` → `es`); undefined if none. */
export function matchLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLanguage(primary) ? primary : undefined
}

/** The first of the browser's languages (`navigator.languages`, in the user's order) that the app speaks. */
export function browserLanguage(tags: readonly string[]): Language | undefined {
  for (const tag of tags) {
    const match = matchLanguage(tag)
    if (match) return match
  }
  return undefined
}
