/**
 * `npm run preview`: serves the build (`dist/`) as a clinic's web server should — precompressed
 * files by Accept-Encoding, immutable caching for hashed files, the Content-Security-Policy and
 * the other security headers (docs/DEPLOYMENT.md). Node's http, no framework.
 *   tsx scripts/serve.ts [--dir dist] [--host 127.0.0.1] [--port 4173] [--strictPort]
 * Without --strictPort a taken port moves it to the next free one, as `vite preview` does.
 * `SPINE3D_FRAME_ANCESTORS` (or the embed allow-list `SPINE3D_ALLOWED_ORIGINS`) sets who may frame it.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { frameAncestors } from './serve/headers.ts'
import { staticHandler } from './serve/staticHandler.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', multiple: true, default: ['4173'] },
    strictPort: { type: 'boolean', default: false },
  },
})
const root = resolve(values.dir)
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`serve: expected a build in ${root} (index.html), found none — run npm run build first`)
  process.exit(1)
}
const handler = staticHandler({ root })
const server = createServer((req, res) => {
  handler(req, res).catch((error: unknown) => {
    console.error(`serve: ${req.url}: ${String(error)}`)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  })
})

/** The last --port given wins, so `npm run preview -- --port 4391` overrides the script's. */
let port = Number(values.port.at(-1))
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE' && !values.strictPort) {
    port += 1
    server.listen(port, values.host)
    return
  }
  console.error(`serve: cannot listen on ${values.host}:${port}: ${error.message}`)
  process.exit(1)
})
server.on('listening', () => {
  console.log(`  ➜  Local:   http://${values.host}:${port}/   (${root}; frame-ancestors ${frameAncestors()})`)
})
server.listen(port, values.host)
