/**
 * The page's entry (2.5 KiB). The styles come with it, and the loading words are put in the
 * reader's language. The app's script (`main.tsx`) is fetched and run only once the page's markup
 * — the title, a still picture of the view and a progress bar — is on screen: on a slow line its
 * 400 KiB would otherwise share the bandwidth with the first paint, and on a slow phone its first
 * second of work would hold the picture back.
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

/** Longest the app's script waits for the still picture, ms: a picture that is slow to come must not hold the app. */
const POSTER_WAIT_MS = 600

/**
 * Resolves once the still picture is on screen (its largest-contentful-paint entry, where the
 * browser reports one; else once decoded and a frame later), or after POSTER_WAIT_MS. Without
 * this wait the browser painted the loading words alone, and the picture only after the app's
 * script had run: hundreds of ms later on a phone (and Lighthouse timed the page's largest paint
 * behind all of the app's script).
 */
function posterOnScreen(poster: HTMLImageElement | null): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined
    const done = () => {
      observer?.disconnect()
      resolve()
    }
    setTimeout(done, POSTER_WAIT_MS)
    if (!poster || poster.getClientRects().length === 0) return done()
    if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      poster.decode().then(() => requestAnimationFrame(done), done)
      return
    }
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => (entry as LargestContentfulPaint).element === poster)) done()
    })
    observer.observe({ type: 'largest-contentful-paint', buffered: true })
    poster.addEventListener('error', done)
  })
}

void posterOnScreen(document.querySelector<HTMLImageElement>('.view-poster')).then(() =>
  setTimeout(() => {
    import('./main.tsx').catch((error: unknown) => {
      console.error(`boot: expected the app's script to load, got ${String(error)}`)
    })
  }),
)
