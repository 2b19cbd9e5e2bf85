/**
 * Developer tool: ray-marches a vertebra's signed distance field on the CPU and writes a shaded
 * PNG, to judge the anatomy against ../shared/reference without a browser.
 *   npx tsx scripts/renderField.ts L3 superior /tmp/L3-superior.png [wedge:40]
 * Level 'S' draws the sacrum. Views: lateral (from the left, anterior to the right), superior, anterolateral, posterior.
 */
import { writeFileSync } from 'node:fs'
import { crc32, deflateSync } from 'node:zlib'
import type { FractureShape } from '../src/anatomy/fracture.ts'
import type { Level } from '../src/anatomy/levels.ts'
import { SACRUM_BOUNDS, sacrumDistance } from '../src/anatomy/sacrumField.ts'
import { vertebraField } from '../src/anatomy/vertebraField.ts'

type V = [number, number, number]
const views: Record<string, { dir: V; up: V }> = {
  lateral: { dir: [1, 0, 0], up: [0, 1, 0] },
  superior: { dir: [0, -1, 0], up: [1, 0, 0] },
  anterolateral: { dir: [-0.6, -0.45, -0.66], up: [0, 1, 0] },
  posterior: { dir: [0, -0.2, 1], up: [0, 1, 0] },
}
const norm = (v: V): V => {
  const l = Math.hypot(...v)
  return [v[0] / l, v[1] / l, v[2] / l]
}
const cross = (a: V, b: V): V => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]

function png(w: number, h: number, rgb: Uint8Array): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(td))
    return Buffer.concat([len, td, crc])
  }
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0
    Buffer.from(rgb.buffer, y * w * 3, w * 3).copy(raw, y * (w * 3 + 1) + 1)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const [level = 'L3', viewName = 'lateral', out = '/tmp/field.png', frac] = process.argv.slice(2)
const fracture = frac
  ? { shape: frac.split(':')[0] as FractureShape, heightLossPct: Number(frac.split(':')[1]) }
  : undefined
const field =
  level === 'S'
    ? { distance: sacrumDistance, bounds: SACRUM_BOUNDS }
    : vertebraField(level as Level, fracture)
const view = views[viewName] ?? views.lateral
if (!view) throw new Error('view')
const size = 360
const dir = norm(view.dir)
const right = norm(cross(dir, view.up))
const up = cross(right, dir)
const { min, max } = field.bounds
const centre: V = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2]
const extent = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]) * 0.62
const light = norm([0.4, 0.8, 0.5])
const rgb = new Uint8Array(size * size * 3)
const f = field.distance
for (let j = 0; j < size; j++) {
  for (let i = 0; i < size; i++) {
    const u = ((i + 0.5) / size - 0.5) * 2 * extent
    const v = (0.5 - (j + 0.5) / size) * 2 * extent
    let p: V = [
      centre[0] + right[0] * u + up[0] * v - dir[0] * extent * 2,
      centre[1] + right[1] * u + up[1] * v - dir[1] * extent * 2,
      centre[2] + right[2] * u + up[2] * v - dir[2] * extent * 2,
    ]
    let hit = false
    for (let s = 0, t = 0; s < 160 && t < extent * 4; s++) {
      const d = f(p[0], p[1], p[2])
      if (d < 0.05) {
        hit = true
        break
      }
      const step = Math.max(d * 0.8, 0.05)
      t += step
      p = [p[0] + dir[0] * step, p[1] + dir[1] * step, p[2] + dir[2] * step]
    }
    const o = (j * size + i) * 3
    if (!hit) {
      rgb.set([27, 33, 45], o)
      continue
    }
    const e = 0.05
    const n = norm([
      f(p[0] + e, p[1], p[2]) - f(p[0] - e, p[1], p[2]),
      f(p[0], p[1] + e, p[2]) - f(p[0], p[1] - e, p[2]),
      f(p[0], p[1], p[2] + e) - f(p[0], p[1], p[2] - e),
    ])
    const diff = Math.max(0, n[0] * light[0] + n[1] * light[1] + n[2] * light[2])
    const hemi = 0.5 + 0.5 * n[1]
    const k = 0.25 + 0.55 * diff + 0.25 * hemi
    rgb.set([Math.min(255, 236 * k), Math.min(255, 226 * k), Math.min(255, 200 * k)], o)
  }
}
writeFileSync(out, png(size, size, rgb))
console.log(`wrote ${out}`)
