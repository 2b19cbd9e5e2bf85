/**
 * Puts the chosen language on screen: when the store's `language.chosen` changes, loads that
 * language's catalogue (its own chunk, from the app's origin), makes it the language of `t()` and
 * `locale()`, then sets `language.shown`, so components re-render once, already in the new language.
 * Until then the page stays whole in the language it had. The newest choice wins; a catalogue that
 * fails to load leaves the page as it was, with a notice, and the choice goes back to what is shown.
 */
import { loadCatalogue } from '../i18n/catalogues.ts'
import { en } from '../i18n/en.ts'
import type { Language } from '../i18n/languages.ts'
import { activateLanguage } from '../i18n/t.ts'
import type { AppStore } from './store.ts'

/** Loads a language's catalogue and registers it (`i18n/catalogues.ts`); tests pass their own. */
export type CatalogueLoader = (lang: Language) => Promise<void>

export interface LanguageClient {
  /** Settles when the language chosen at start is on screen (or failed to load): the first render waits for it. */
  ready: Promise<void>
  stop(): void
}

export function startLanguage(store: AppStore, load: CatalogueLoader = loadCatalogue): LanguageClient {
  let request = 0
  const show = async (lang: Language): Promise<void> => {
    const mine = ++request
    try {
      await load(lang)
      if (mine !== request) return
      activateLanguage(lang)
      store.getState().actions.languageShown(lang)
    } catch (error) {
      if (mine !== request) return
      const { actions, language } = store.getState()
      const reason = error instanceof Error ? error.message : String(error)
      actions.notify('controls', {
        code: 'lang.notLoaded',
        params: {
          key: 'lang',
          language: { term: `language.name.${lang}` },
          error: reason,
          shown: { term: `language.name.${language.shown}` },
        },
        message: `lang: the texts in ${en[`language.name.${lang}`]} did not load (${reason}) — still shown in ${en[`language.name.${language.shown}`]}`,
      })
      actions.chooseLanguage(language.shown)
    }
  }
  const { chosen, shown } = store.getState().language
  const ready = chosen === shown ? Promise.resolve() : show(chosen)
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.language.chosen === prev.language.chosen) return
    if (s.language.chosen === s.language.shown) {
      request++ // a load still on its way is no longer wanted
      return
    }
    void show(s.language.chosen)
  })
  return { ready, stop: unsubscribe }
}
