import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cacheControl,
  contentSecurityPolicy,
  crossOriginHeaders,
  frameAncestors,
} from '../../../scripts/serve/headers.ts'
import { acceptsEncoding, resolvePath, staticHandler } from '../../../scripts/serve/staticHandler.ts'

describe('frameAncestors', () => {
  it('is the app’s own origin by default', () => {
    expect(frameAncestors({})).toBe("'self'")
  })
  it('takes SPINE3D_FRAME_ANCESTORS as it is, spaces or commas', () => {
    expect(frameAncestors({ SPINE3D_FRAME_ANCESTORS: "'self', https://a.example  https://b.example" })).toBe(
      "'self' https://a.example https://b.example",
    )
  })
  it('else adds the embed allow-list to the app’s origin; * frames anywhere', () => {
    expect(frameAncestors({ SPINE3D_ALLOWED_ORIGINS: 'https://clinic.example' })).toBe(
      "'self' https://clinic.example",
    )
    expect(frameAncestors({ SPINE3D_ALLOWED_ORIGINS: '*' })).toBe('*')
  })
})

describe('contentSecurityPolicy', () => {
  it('allows no eval, no inline script, nothing off the origin, and WebAssembly for the decoder', () => {
    const csp = contentSecurityPolicy("'self'")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:/)
    expect(csp).toMatch(/frame-ancestors 'self'$/)
  })
})

describe('cacheControl', () => {
  it('hashed build files are immutable; the page, the worker and the models are revalidated', () => {
    expect(cacheControl('assets/index-BPIveCpW.js')).toBe('public, max-age=31536000, immutable')
    expect(cacheControl('assets/simulation.worker-DZSRcEK9.js')).toContain('immutable')
    for (const path of ['index.html', 'sw.js', 'models/L1.glb', 'poster.webp'])
      expect(cacheControl(path)).toBe('no-cache')
  })
})

describe('crossOriginHeaders', () => {
  it('lets other sites load the host SDK and the oEmbed file, nothing else', () => {
    for (const path of ['sdk/spine3d.js', 'sdk/spine3d.d.ts', 'oembed.json'])
      expect(crossOriginHeaders(path)).toEqual({ 'access-control-allow-origin': '*' })
    for (const path of ['index.html', 'assets/index-BPIveCpW.js', 'models/L1.glb', 'sw.js', 'sdkx.js'])
      expect(crossOriginHeaders(path)).toEqual({})
  })
})

describe('acceptsEncoding', () => {
  it('reads tokens and q-values', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'br')).toBe(true)
    expect(acceptsEncoding('gzip;q=1.0, br;q=0', 'br')).toBe(false)
    expect(acceptsEncoding('identity', 'gzip')).toBe(false)
    expect(acceptsEncoding('', 'gzip')).toBe(false)
  })
})

describe('resolvePath', () => {
  it('keeps requests inside the folder', () => {
    expect(resolvePath('/srv/app', '/models/L1.glb?x=1')).toBe('/srv/app/models/L1.glb')
    expect(resolvePath('/srv/app', '/')).toBe('/srv/app/index.html')
    // The URL parser folds dot segments, even encoded ones, at the root: still inside.
    expect(resolvePath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd')
    expect(resolvePath('/srv/app', '/..%2fsecret')).toBeNull()
    expect(resolvePath('/srv/app', '/%00')).toBeNull()
  })
})

describe('staticHandler', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'spine3d-serve-'))
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>')
    writeFileSync(join(root, 'index.html.br'), 'BR')
    writeFileSync(join(root, 'assets', 'index-abcdefgh.js'), 'console.log(1)')
    writeFileSync(join(root, 'assets', 'index-abcdefgh.js.gz'), 'GZ')
    server = createServer(staticHandler({ root, headers: { 'x-test': 'yes' } }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => server.close())

  it('sends the precompressed copy the client accepts, else the file', async () => {
    const br = await fetch(`${base}/`, { headers: { 'accept-encoding': 'br, gzip' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    const js = await fetch(`${base}/assets/index-abcdefgh.js`, { headers: { 'accept-encoding': 'br, gzip' } })
    expect(js.headers.get('content-encoding')).toBe('gzip') // no .br beside it
    const plain = await fetch(`${base}/assets/index-abcdefgh.js`, {
      headers: { 'accept-encoding': 'identity' },
    })
    expect(await plain.text()).toBe('console.log(1)')
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(plain.headers.get('x-test'), 'the security headers on every response').toBe('yes')
  })

  it('answers 404, 405 and 304', async () => {
    expect((await fetch(`${base}/missing.js`)).status).toBe(404)
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405)
    const first = await fetch(`${base}/assets/index-abcdefgh.js`)
    const again = await fetch(`${base}/assets/index-abcdefgh.js`, {
      headers: { 'if-none-match': first.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })
})
