/**
 * The HTTP headers the app is served with: its Content-Security-Policy, the other security headers,
 * and caching. One source for `scripts/serve.ts`, the tests and docs/DEPLOYMENT.md's examples.
 */

/**
 * Who may show the app in a frame, as CSP `frame-ancestors` sources. `SPINE3D_FRAME_ANCESTORS`
 * (sources separated by spaces or commas, e.g. `'self' https://www.clinic.example`) wins; else the
 * embed allow-list `SPINE3D_ALLOWED_ORIGINS` (the pages that may drive an embed may also frame it),
 * always with the app's own origin; else `'self'` only. `*` lets any page frame it.
 */
export function frameAncestors(env: Record<string, string | undefined> = process.env): string {
  const listed = (value: string | undefined) => value?.split(/[\s,]+/).filter(Boolean) ?? []
  const explicit = listed(env.SPINE3D_FRAME_ANCESTORS)
  if (explicit.length > 0) return explicit.join(' ')
  const allowed = listed(env.SPINE3D_ALLOWED_ORIGINS)
  if (allowed.includes('*')) return '*'
  return ["'self'", ...allowed].join(' ')
}

/**
 * The app's policy, the smallest that it runs under (an e2e test opens, plays and opens the
 * educator panel with no violation). Why each source is there:
 * - `default-src 'self'`: everything the app loads is a file of the build — scripts, the
 *   simulation's worker (`worker-src` falls back to it), the models it fetches (`connect-src`), the
 *   service worker. Nothing from another site.
 * - `script-src 'self' 'wasm-unsafe-eval'`: no inline script, no `eval`; the models' meshopt
 *   decoder is WebAssembly, which browsers compile only with `wasm-unsafe-eval` (it allows no
 *   JavaScript `eval`).
 * - `style-src 'self' 'unsafe-inline'`: the educator panel (leva, through stitches, and its colour
 *   picker) writes `<style>` elements at run time, so their content cannot be hashed in advance.
 *   Style attributes set from script (React's and drei `Html`'s `style`) need nothing.
 * - `img-src 'self' data:`: the favicon is a data URL.
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`: not covered by `default-src`.
 * - `frame-ancestors`: who may frame the app (`frameAncestors`).
 */
export function contentSecurityPolicy(ancestors = frameAncestors()): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ')
}

/** Security headers for every response. */
export function securityHeaders(ancestors = frameAncestors()): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(ancestors),
    'x-content-type-options': 'nosniff',
    // The address holds the case (level, heights): never send it to the studies' sites.
    'referrer-policy': 'no-referrer',
  }
}

/** Vite's hashed file names: `assets/index-BPIveCpW.js`. */
const HASHED = /^assets\/.+-[\w-]{8,}\.\w+$/

/**
 * Cache-Control for a path relative to the build's root: hashed files never change (a year,
 * immutable); everything else (the page, the service worker, the models) is checked each time,
 * which costs a 304 when unchanged.
 */
export function cacheControl(path: string): string {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * Files other sites load from the app's origin, so they are served to any origin (CORS): the host
 * SDK (`sdk/`, imported as a module script by a clinic's page) and the oEmbed description. They
 * hold nothing private; every other file stays same-origin.
 */
const SHARED = /^(sdk\/|oembed\.json$)/

/** The CORS header for a path relative to the build's root, or none. */
export function crossOriginHeaders(path: string): Record<string, string> {
  return SHARED.test(path) ? { 'access-control-allow-origin': '*' } : {}
}
