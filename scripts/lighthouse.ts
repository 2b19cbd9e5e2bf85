/**
 * Lighthouse against the production build, served as a deployment would (compressed, cached, with
 * the security headers: `scripts/serve/`), mobile (a mid-range phone on slow 4G, simulated) and
 * desktop presets, with the system Chromium on SwiftShader. Prints each category's score and the
 * key metrics; writes the full reports to bench-results/. Figures, not pass/fail: on software
 * WebGL and two shared cores the performance score moves by several points between runs, so each
 * preset runs `--runs` times (default 3) and the median run (by performance) is shown.
 *   npm run build && npx tsx scripts/lighthouse.ts [--runs 3] [--preset mobile|desktop] [--query "?level=T8"]
 *   npx tsx scripts/lighthouse.ts --url http://127.0.0.1:4173/    (any running server)
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { staticHandler } from './serve/staticHandler.ts'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    preset: { type: 'string', multiple: true, default: ['mobile', 'desktop'] },
    query: { type: 'string', default: '' },
    /** Measure a server that is already running instead (e.g. another build's `vite preview`). */
    url: { type: 'string' },
  },
})
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['speed-index', 'Speed Index'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['interactive', 'TTI'],
] as const

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<
    string,
    {
      score: number | null
      title: string
      displayValue?: string
      numericValue?: number
      details?: { overallSavingsBytes?: number }
    }
  >
}

const outDir = join(root, 'bench-results')
mkdirSync(outDir, { recursive: true })
const server = createServer(staticHandler({ root: join(root, 'dist') }))
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = values.url ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}/${values.query}`

/**
 * One Lighthouse run in its own process (the CLI), its JSON report read back. Asynchronous: the
 * server above runs in this process and must go on answering.
 */
async function run(preset: string, index: number): Promise<Report> {
  const path = join(outDir, `lighthouse-${preset}-${index}.json`)
  const flags = '--headless=new --no-sandbox --enable-unsafe-swiftshader'
  const args = [url, '--quiet', '--output=json', `--output-path=${path}`, `--chrome-flags=${flags}`]
  args.push(`--only-categories=${CATEGORIES.join(',')}`)
  if (preset === 'desktop') args.push('--preset=desktop')
  await promisify(execFile)(join(root, 'node_modules', '.bin', 'lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 64 * 2 ** 20,
  })
  return JSON.parse(readFileSync(path, 'utf8')) as Report
}

const score = (r: Report, c: string) => Math.round((r.categories[c]?.score ?? 0) * 100)
try {
  for (const preset of values.preset) {
    const reports: Report[] = []
    for (let i = 1; i <= Number(values.runs); i++) reports.push(await run(preset, i))
    const sorted = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
    const median = sorted[sorted.length >> 1] as Report
    console.log(`\nLighthouse ${preset} — ${url} (${reports.length} runs; median by performance)`)
    for (const c of CATEGORIES)
      console.log(
        `  ${c.padEnd(16)} ${String(score(median, c)).padStart(4)}   all runs: ${reports.map((r) => score(r, c)).join(', ')}`,
      )
    for (const [id, name] of METRICS) {
      const all = reports.map((r) => r.audits[id]?.displayValue ?? '—').join(', ')
      console.log(
        `  ${name.padEnd(16)} ${(median.audits[id]?.displayValue ?? '—').padStart(8)}   all runs: ${all}`,
      )
    }
    const unused = median.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0
    const weight = median.audits['total-byte-weight']?.numericValue ?? 0
    console.log(`  ${'unused JS'.padEnd(16)} ${`${(unused / 1024).toFixed(0)} KiB`.padStart(8)}`)
    console.log(`  ${'bytes on the wire'.padEnd(16)} ${`${(weight / 1024).toFixed(0)} KiB`.padStart(8)}`)
    // What holds a category below 100: its weighted audits that did not pass.
    for (const c of CATEGORIES) {
      const failing = (median.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (median.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id} (${median.audits[ref.id]?.displayValue ?? median.audits[ref.id]?.score})`)
      if (failing.length > 0) console.log(`  ${c} held back by: ${failing.join('; ')}`)
    }
  }
} finally {
  server.close()
}
