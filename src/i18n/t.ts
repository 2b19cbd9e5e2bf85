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
