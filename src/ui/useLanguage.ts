/** The language on screen; a component that calls it re-renders when the language changes (texts memoised on it, readouts). */
import type { Language } from '../i18n/languages.ts'
import { useAppStore } from '../state/useAppStore.ts'

export function useLanguage(): Language {
  return useAppStore((s) => s.language.shown)
}
