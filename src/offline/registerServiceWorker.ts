/**
 * Registers the offline service worker (`sw.js`, built only for production) once the view is drawn,
 * so its copying of the build never competes with the first load; also after the page has loaded
 * and 10 s passed, for a page that never draws (no WebGL). Does nothing where service workers are
 * not available (plain http on another host, private modes).
 */
export function registerServiceWorker(win: Window = window, delayMs = 10_000): void {
  if (!('serviceWorker' in win.navigator)) return
  let done = false
  const register = () => {
    if (done) return
    done = true
    win.navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn(
        `offline: expected the service worker to register, got ${String(error)} — the app still works online`,
      )
    })
  }
  win.addEventListener('spine3d:ready', register, { once: true })
  win.addEventListener('load', () => win.setTimeout(register, delayMs), { once: true })
}
