/**
 * The page's entry. The styles come with it, and the loading words are put in the reader's language; the app's script (`main.tsx`, fetched at once through
 * a modulepreload link the build adds) runs only after the browser has painted the page's markup —
 * the title, a still picture of the view and a progress bar — so a phone that takes a second to
 * run the app's script shows something useful first, even when the script arrives at once (from
 * the cache, or offline).
 */
import './styles.css'
import './ui/viewLoading.css'
import { BOOT_LOADING } from './i18n/bootText.ts'
import { browserLanguage, DEFAULT_LANGUAGE, matchLanguage } from './i18n/languages.ts'

// The loading words in the reader's language at once, chosen as the app will choose it
// (state/languageParams.ts: `lang=` in the address, else the browser's, else English).
const lang =
  matchLanguage(new URLSearchParams(window.location.search).get('lang') ?? '') ??
  browserLanguage(navigator.languages ?? []) ??
  DEFAULT_LANGUAGE
document.documentElement.lang = lang
for (const text of document.querySelectorAll('.view-progress-text')) text.textContent = BOOT_LOADING[lang]
for (const bar of document.querySelectorAll('.view-progress-track'))
  bar.setAttribute('aria-label', BOOT_LOADING[lang])

requestAnimationFrame(() => {
  setTimeout(() => {
    import('./main.tsx').catch((error: unknown) => {
      console.error(`boot: expected the app's script to load, got ${String(error)}`)
    })
  })
})
