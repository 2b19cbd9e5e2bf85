/**
 * What the production build adds for delivery (vite.config.ts): the offline service worker, bundled from `src/offline/serviceWorker.ts`
 * to `sw.js` with the build's file list and version, then Brotli and gzip copies of every
 * compressible file. Build only; the dev server is untouched.
 */
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { precompress } from './precompress.ts'
import { SERVICE_WORKER_FILE, writeServiceWorkerManifest } from './serviceWorkerManifest.ts'

const SOURCE = resolve(import.meta.dirname, '../../src/offline/serviceWorker.ts')

export function delivery(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'spine3d-delivery',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE })
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir)
      const { files, version } = writeServiceWorkerManifest(outDir)
      const totals = precompress(outDir)
      const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`
      config.logger.info(
        `delivery: ${join(config.build.outDir, SERVICE_WORKER_FILE)} caches ${files.length} files (version ${version}); ` +
          `${totals.files} files ${kib(totals.bytes)} → br ${kib(totals.brotliBytes)}, gz ${kib(totals.gzipBytes)}`,
      )
    },
  }
}
