/**
 * Writes the offline service worker's file list and version into the built `sw.js` (which the
 * bundler made from `src/offline/serviceWorker.ts` with a placeholder): every file of the build
 * but the compressed copies, source maps, the worker itself and what only a host page loads (the
 * SDK). The version is a hash of all those files' names and bytes, so any change makes a new one.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** The placeholder in the bundled worker. */
export const PRECACHE_PLACEHOLDER = 'self.__SPINE3D_PRECACHE__'
export const SERVICE_WORKER_FILE = 'sw.js'

const SKIP = /(\.br|\.gz|\.map)$|^sw\.js$|^sdk\//

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else out.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

/** The manifest for the build in `outDir`: '' (the page by its folder's address) and every file. */
export function precacheManifest(outDir: string): { version: string; files: string[] } {
  const files = listFiles(outDir).filter((f) => !SKIP.test(f))
  const hash = createHash('sha256')
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(outDir, f)))
  return { version: hash.digest('base64url').slice(0, 16), files: ['', ...files] }
}

/** Puts the manifest into `outDir/sw.js`; throws if the placeholder is missing. */
export function writeServiceWorkerManifest(outDir: string): { version: string; files: string[] } {
  const path = join(outDir, SERVICE_WORKER_FILE)
  const source = readFileSync(path, 'utf8')
  if (!source.includes(PRECACHE_PLACEHOLDER))
    throw new Error(`serviceWorkerManifest: expected ${PRECACHE_PLACEHOLDER} in ${path}, found none`)
  const manifest = precacheManifest(outDir)
  writeFileSync(path, source.replace(PRECACHE_PLACEHOLDER, JSON.stringify(manifest)))
  return manifest
}
