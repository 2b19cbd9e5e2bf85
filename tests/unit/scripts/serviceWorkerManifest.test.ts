import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { precompress } from '../../../scripts/build/precompress.ts'
import {
  PRECACHE_PLACEHOLDER,
  precacheManifest,
  writeServiceWorkerManifest,
} from '../../../scripts/build/serviceWorkerManifest.ts'

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spine3d-build-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const APP = {
  'index.html': '<!doctype html>',
  'assets/index-abcdefgh.js': 'x'.repeat(4000),
  'models/L1.glb': 'glb',
  'sdk/spine3d.js': 'sdk',
  'sw.js': `const p = ${PRECACHE_PLACEHOLDER};`,
}

describe('the service worker’s manifest', () => {
  it('lists the page and every file of the build, not the worker, the SDK or compressed copies', () => {
    const dir = build(APP)
    precompress(dir)
    expect(precacheManifest(dir).files).toEqual([
      '',
      'assets/index-abcdefgh.js',
      'index.html',
      'models/L1.glb',
    ])
  })

  it('changes its version when any file changes, and is written into sw.js', () => {
    const a = precacheManifest(build(APP)).version
    expect(precacheManifest(build(APP)).version).toBe(a)
    expect(precacheManifest(build({ ...APP, 'models/L1.glb': 'glb2' })).version).not.toBe(a)
    const dir = build(APP)
    const manifest = writeServiceWorkerManifest(dir)
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(`const p = ${JSON.stringify(manifest)};`)
    expect(() => writeServiceWorkerManifest(dir), 'the placeholder is gone').toThrow(
      /expected self.__SPINE3D/,
    )
  })
})

describe('precompress', () => {
  it('writes .br and .gz beside compressible files that shrink', () => {
    const dir = build(APP)
    const totals = precompress(dir)
    expect(readFileSync(join(dir, 'assets/index-abcdefgh.js.br')).byteLength).toBeLessThan(100)
    expect(readFileSync(join(dir, 'assets/index-abcdefgh.js.gz')).byteLength).toBeLessThan(100)
    expect(() => readFileSync(join(dir, 'models/L1.glb.br')), 'three bytes do not shrink').toThrow()
    expect(totals.brotliBytes).toBeLessThan(totals.bytes)
  })
})
