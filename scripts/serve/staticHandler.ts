/**
 * A request handler for a built folder: the precompressed variant a browser accepts (`.br`, then
 * `.gz`, written beside each file by the build), cache headers (`headers.ts`), ETags answered with
 * 304, and the security headers on every response. GET and HEAD only; paths outside the folder
 * are refused.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, relative, sep } from 'node:path'
import { cacheControl, securityHeaders } from './headers.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
}

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

interface Variant {
  body: Buffer
  etag: string
  /** What the file was when read: a rebuild under a running server is picked up. */
  stamp: string
}

/** Options: the folder to serve, and the security headers (default: from the environment). */
export interface StaticOptions {
  root: string
  headers?: Record<string, string>
}

/** Builds the handler; file contents are kept while their size and time stay the same. */
export function staticHandler({ root, headers = securityHeaders() }: StaticOptions) {
  const cache = new Map<string, Variant>()
  const variant = async (file: string): Promise<Variant | null> => {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const stamp = `${info.size}:${info.mtimeMs}`
    const kept = cache.get(file)
    if (kept?.stamp === stamp) return kept
    const body = await readFile(file)
    const read = {
      body,
      stamp,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    }
    cache.set(file, read)
    return read
  }
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const path = resolvePath(root, req.url ?? '/')
    const plain = path && (await variant(path))
    if (!path || !plain) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n')
      return
    }
    const accepted = String(req.headers['accept-encoding'] ?? '')
    let chosen: { body: Buffer; etag: string; encoding?: string } = plain
    for (const { name, suffix } of ENCODINGS) {
      const packed = acceptsEncoding(accepted, name) ? await variant(path + suffix) : null
      if (packed) {
        chosen = { ...packed, encoding: name }
        break
      }
    }
    const relativePath = relative(root, path).split(sep).join('/')
    res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream')
    res.setHeader('cache-control', cacheControl(relativePath))
    res.setHeader('vary', 'Accept-Encoding')
    // The host SDK is a module other sites import (`import { create } from '…/sdk/spine3d.js'`, a
    // cross-origin module fetch): it carries no credentials or data, so any page may load it.
    if (relativePath.startsWith('sdk/')) res.setHeader('access-control-allow-origin', '*')
    res.setHeader('etag', chosen.etag)
    if (chosen.encoding) res.setHeader('content-encoding', chosen.encoding)
    if (req.headers['if-none-match'] === chosen.etag) {
      res.writeHead(304).end()
      return
    }
    res.setHeader('content-length', chosen.body.byteLength)
    res.writeHead(200)
    res.end(req.method === 'HEAD' ? undefined : chosen.body)
  }
}

/** The file a URL names inside `root` (a folder gives its index.html), or null if it would leave it. */
export function resolvePath(root: string, url: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null
}

/** Whether an Accept-Encoding header allows `name` (present, and not `;q=0`). */
export function acceptsEncoding(header: string, name: string): boolean {
  return header.split(',').some((part) => {
    const [token, ...params] = part.trim().split(';')
    if (token?.trim().toLowerCase() !== name) return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return !q || Number(q.slice(2)) > 0
  })
}
