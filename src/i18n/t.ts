/**
 * Message lookup with `{name}` placeholders, in the language the page shows. English is built in;
 * another language's catalogue is registered once loaded (`catalogues.ts`), then made active by the
 * language client (`state/languageClient.ts`), which also tells the store, so components re-render.
 */
import { type Catalogue, en, type MessageKey } from './en.ts'
import type { Language } from './languages.ts'

export type { Catalogue, MessageKey }

/** Values for a message's `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>

/** Catalogues loaded so far. */
const loaded = new Map<Language, Catalogue>([['en', en]])
let active: Language = 'en'

/** `template` with each `{name}` replaced by `values[name]` (left as is when no value is given). */
export function format(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/** The message `key` in the active language, with its placeholders filled. */
export function t(key: MessageKey, values: MessageValues = {}): string {
  return format((loaded.get(active) ?? en)[key], values)
}

/** Whether `key` is a message key (for keys built at run time, such as a problem's template). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}

/** Lookup in one given language (falling back to English if its catalogue has not loaded), for memoised text. */
export function translator(lang: Language): (key: MessageKey, values?: MessageValues) => string {
  const messages = loaded.get(lang) ?? en
  return (key, values = {}) => format(messages[key], values)
}

/** The language numbers and units are formatted in (`Intl`): the active one. */
export function locale(): Language {
  return active
}

/** Adds a loaded catalogue; it shows once made active. */
export function registerCatalogue(lang: Language, catalogue: Catalogue): void {
  loaded.set(lang, catalogue)
}

/** Whether `lang`'s catalogue is loaded. */
export function hasCatalogue(lang: Language): boolean {
  return loaded.has(lang)
}

/**
 * Makes `lang` the language of `t()` and `locale()`. Programmer error if its catalogue is not
 * registered: `state/languageClient.ts` loads it first.
 */
export function activateLanguage(lang: Language): void {
  if (!loaded.has(lang))
    throw new Error(`i18n: expected the ${lang} catalogue to be registered, got none — load it first`)
  active = lang
}

const formats = new Map<string, Intl.NumberFormat>()

/**
 * A number format for the current language, made once per language and options (a format is
 * costly to make, and readouts format a dozen times a second).
 */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale(), options)
    formats.set(key, format)
  }
  return format
}
