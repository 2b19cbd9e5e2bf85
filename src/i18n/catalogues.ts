/**
 * Loads a language's catalogue. English is part of the first JavaScript; Spanish, German and
 * French are chunks of their own, fetched from the app's own origin the first time they are needed.
 */
import { type Catalogue, en } from './en.ts'
import type { Language } from './languages.ts'
import { hasCatalogue, registerCatalogue } from './t.ts'

const LOADERS: Readonly<Record<Language, () => Promise<Catalogue>>> = {
  en: async () => en,
  es: () => import('./es.ts').then((m) => m.es),
  de: () => import('./de.ts').then((m) => m.de),
  fr: () => import('./fr.ts').then((m) => m.fr),
}

/** Loads and registers `lang`'s catalogue (once; later calls resolve at once). Rejects if its chunk fails to load. */
export async function loadCatalogue(lang: Language): Promise<void> {
  if (hasCatalogue(lang)) return
  registerCatalogue(lang, await LOADERS[lang]())
}
