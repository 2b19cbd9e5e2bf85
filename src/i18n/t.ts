/**
 * Message lookup with `{name}` placeholders. One language for now; the catalogue's keys are the
 * contract the other languages will fill (tests/unit/i18n checks they match).
 */
import { en, type MessageKey } from './en.ts'

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}
