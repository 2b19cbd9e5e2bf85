/**
 * The service worker (built to `sw.js` beside index.html): after the first visit the app opens and
 * plays with no network. At install it caches every file of the build it belongs to — the page,
 * the hashed scripts and styles, the simulation's worker, the models — listed with the build's
 * version by `scripts/build/serviceWorkerManifest.ts`; each later request for one of them is
 * answered from that cache, anything else goes to the network. A new build is a new version: the
 * browser finds the changed `sw.js`, the new worker caches the new files, takes over at once and
 * deletes the old cache, and the next load runs the new build.
 */
/// <reference lib="webworker" />
export {}

interface Precache {
  /** Changes with every file of the build. */
  version: string
  /** Paths relative to this script's folder ('' is the page). */
  files: string[]
}

declare const self: ServiceWorkerGlobalScope & { __SPINE3D_PRECACHE__: Precache }

// Replaced by the build with the manifest's JSON: a property read, so minifiers leave it alone.
const precache = self.__SPINE3D_PRECACHE__
const CACHE = `spine3d-${precache.version}`
const scope = new URL('./', self.location.href)
const cached = new Set(precache.files.map((file) => new URL(file, scope).href))

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      // Hashed files come from the HTTP cache if they are there; the rest is checked with the server.
      await cache.addAll(
        precache.files.map(
          (file) =>
            new Request(new URL(file, scope), { cache: file.startsWith('assets/') ? 'default' : 'no-cache' }),
        ),
      )
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('spine3d-') && key !== CACHE) await caches.delete(key)
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== scope.origin) return
  // The page is one file whatever its address says (?level=T8…).
  const key =
    request.mode === 'navigate' && url.pathname === scope.pathname ? scope.href : url.origin + url.pathname
  if (!cached.has(key)) return
  event.respondWith((async () => (await caches.match(key, { cacheName: CACHE })) ?? fetch(request))())
})
