/**
 * Writes `.br` (Brotli, quality 11) and `.gz` (gzip, level 9) beside every compressible file of a
 * build, for servers that send precompressed files (`scripts/serve.ts`, nginx's `gzip_static` and
 * `brotli_static`, most static hosts). A copy that would not be smaller is not written.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { listFiles } from './serviceWorkerManifest.ts'

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.glb',
  '.wasm',
  '.txt',
  '.webmanifest',
])

/** Bytes before and after, summed over the files compressed. */
export interface PrecompressTotals {
  files: number
  bytes: number
  brotliBytes: number
  gzipBytes: number
}

export function precompress(outDir: string): PrecompressTotals {
  const totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  for (const file of listFiles(outDir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue
    const path = join(outDir, file)
    const body = readFileSync(path)
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    })
    const gzip = gzipSync(body, { level: 9 })
    totals.files++
    totals.bytes += body.byteLength
    totals.brotliBytes += Math.min(brotli.byteLength, body.byteLength)
    totals.gzipBytes += Math.min(gzip.byteLength, body.byteLength)
    if (brotli.byteLength < body.byteLength) writeFileSync(`${path}.br`, brotli)
    if (gzip.byteLength < body.byteLength) writeFileSync(`${path}.gz`, gzip)
  }
  return totals
}
