/**
 * The page's entry. The styles come with it; the app's script (`main.tsx`, fetched at once through
 * a modulepreload link the build adds) runs only after the browser has painted the page's markup —
 * the title, a still picture of the view and a progress bar — so a phone that takes a second to
 * run the app's script shows something useful first, even when the script arrives at once (from
 * the cache, or offline).
 */
import './styles.css'
import './ui/viewLoading.css'

requestAnimationFrame(() => {
  setTimeout(() => {
    import('./main.tsx').catch((error: unknown) => {
      console.error(`boot: expected the app's script to load, got ${String(error)}`)
    })
  })
})
