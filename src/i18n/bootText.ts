/**
 * What the page says while the app's script loads (index.html's progress bar), in each language:
 * each catalogue's `scene.loading`, copied here so the boot script (`boot.ts`) need not load a
 * catalogue; tests/unit/i18n/indexHtml.test.ts keeps the two equal.
 */
import type { Language } from './languages.ts'

export const BOOT_LOADING: Readonly<Record<Language, string>> = {
  en: 'Loading the spine…',
  es: 'Cargando la columna…',
  de: 'Die Wirbelsäule wird geladen …',
  fr: 'Chargement de la colonne…',
}
