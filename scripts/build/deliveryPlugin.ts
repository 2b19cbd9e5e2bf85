/**
 * What the production build adds for delivery (vite.config.ts): modulepreload links for the
 * scripts the entry imports later (`src/boot.ts` runs the app after the first paint; its script is
 * fetched from the start), the offline service worker, bundled from `src/offline/serviceWorker.ts`
 * to `sw.js` with the build's file list and version, then Brotli and gzip copies of every
 * compressible file. Build only; the dev server is untouched.
 */
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig, Rollup } from 'vite'
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
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return html
        const links = laterScripts(bundle, chunk)
          .map((file) => `  <link rel="modulepreload" crossorigin href="${config.base}${file}">\n  `)
          .join('')
        return html.replace('</head>', `${links}</head>`)
      },
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

/** The entry's dynamically imported chunks that are themselves entries of the app (main.tsx), with their imports. */
function laterScripts(bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk): string[] {
  const files = new Set<string>()
  const add = (file: string) => {
    const chunk = bundle[file]
    if (chunk?.type !== 'chunk' || files.has(file) || file === entry.fileName || entry.imports.includes(file))
      return
    files.add(file)
    for (const imported of chunk.imports) add(imported)
  }
  for (const file of entry.dynamicImports) add(file)
  return [...files]
}
