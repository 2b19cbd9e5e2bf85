/**
 * Message lookup with `{name}` placeholders. One language for now; the catalogue's keys are the
 * contract the other languages will fill (tests/unit/i18n checks they match).
 */
import { en, type MessageKey } from './en.ts'

export type { MessageKey }

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/** The language numbers and units are formatted in: the page's (`<html lang>`), English by default. */
export function locale(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en'
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
