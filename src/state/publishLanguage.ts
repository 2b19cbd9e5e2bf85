/**
 * The page follows the language on screen: `<html lang>` (screen readers' voice, hyphenation, the
 * browser's own words), the document's title and its description. A `spine3d:language` window event,
 * detail `{ lang }`, tells tests and embedding pages when the texts have changed.
 */
import { t } from '../i18n/t.ts'
import type { AppStore } from './store.ts'

export const LANGUAGE_EVENT = 'spine3d:language'

export function publishLanguage(
  store: AppStore,
  doc: Document = document,
  target: EventTarget = window,
): () => void {
  const publish = (initial: boolean) => {
    const lang = store.getState().language.shown
    doc.documentElement.lang = lang
    doc.title = t('app.documentTitle')
    doc.querySelector('meta[name="description"]')?.setAttribute('content', t('app.description'))
    if (!initial) target.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: { lang } }))
  }
  publish(true)
  return store.subscribe((s, prev) => {
    if (s.language.shown !== prev.language.shown) publish(false)
  })
}
