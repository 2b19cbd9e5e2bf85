/**
 * A small CPU ray-marcher for signed distance fields: orthographic views of one or more placed
 * fields, each with its colour, an optional cut-away plane, and "x-ray" objects (needles) that
 * show through bone. Slow but dependency-free; for judging the anatomy, not for the app.
 */
import type { Image } from './png.ts'

export type V = [number, number, number]

export interface SceneObject {
  distance: (x: number, y: number, z: number) => number
  min: V
  max: V
  colour: V
  /** Drawn through the bone, half-blended where it is hidden (instruments). */
  xray?: boolean
}

export interface Cut {
  axis: 0 | 1 | 2
  value: number
  /** Keep the bone on this side of the plane. */
  keep: 'below' | 'above'
}

export interface RenderOptions {
  objects: SceneObject[]
  dir: V
  up: V
  size: number
  /** Pixels per mm; by default the scene fills the picture. */
  pxPerMm?: number
  /** Centre of the picture (mm); by default the scene's box centre. */
  at?: V
  cut?: Cut
  /** Flip left and right (to hold a view against a mirrored picture). */
  mirror?: boolean
  /** Unshaded: every hit in its object's colour, for silhouettes (about 3× faster). */
  flat?: boolean
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

function boxDistance(o: SceneObject, x: number, y: number, z: number): number {
  const dx = Math.max(o.min[0] - x, x - o.max[0], 0)
  const dy = Math.max(o.min[1] - y, y - o.max[1], 0)
  const dz = Math.max(o.min[2] - z, z - o.max[2], 0)
  return Math.hypot(dx, dy, dz)
}

/** Nearest object's distance and index at a point, skipping objects whose box is farther. */
function sceneAt(
  objects: SceneObject[],
  cut: Cut | undefined,
  x: number,
  y: number,
  z: number,
): [number, number] {
  let best = Number.POSITIVE_INFINITY
  let which = -1
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i] as SceneObject
    if (boxDistance(o, x, y, z) > best) continue
    let d = o.distance(x, y, z)
    if (cut && !o.xray) {
      const s = ([x, y, z][cut.axis] as number) - cut.value
      d = Math.max(d, cut.keep === 'below' ? s : -s)
    }
    if (d < best) {
      best = d
      which = i
    }
  }
  return [best, which]
}

/** Renders the scene to an RGB image. */
export function render({
  objects,
  dir: viewDir,
  up: viewUp,
  size,
  pxPerMm,
  at,
  cut,
  mirror,
  flat,
}: RenderOptions): Image {
  const dir = norm(viewDir)
  const right = norm(cross(dir, viewUp))
  const up = cross(right, dir)
  const min: V = [0, 1, 2].map((a) => Math.min(...objects.map((o) => o.min[a] as number))) as V
  const max: V = [0, 1, 2].map((a) => Math.max(...objects.map((o) => o.max[a] as number))) as V
  const centre: V = at ?? ([0, 1, 2].map((a) => ((min[a] as number) + (max[a] as number)) / 2) as V)
  const radius = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2
  // Fit the largest extent across the view (the box seen from the camera), unless a scale is given.
  const spanAcross = (axis: V) =>
    Math.abs(axis[0]) * (max[0] - min[0]) +
    Math.abs(axis[1]) * (max[1] - min[1]) +
    Math.abs(axis[2]) * (max[2] - min[2])
  const half = pxPerMm ? size / 2 / pxPerMm : Math.max(spanAcross(right), spanAcross(up)) * 0.56
  // Key light from the camera's upper left, so every view is lit the same way.
  const light = norm(
    [0, 1, 2].map(
      (a) => -(dir[a] as number) * 0.8 + (up[a] as number) * 0.6 - (right[a] as number) * 0.35,
    ) as V,
  )
  const rgb = new Uint8Array(size * size * 3)
  const bone = objects.filter((o) => !o.xray)
  const xray = objects.filter((o) => o.xray)
  const march = (list: SceneObject[], o: V, withCut: boolean): { t: number; i: number } | null => {
    let t = 0
    for (let s = 0; s < 220 && t < radius * 2.2; s++) {
      const [d, i] = sceneAt(
        list,
        withCut ? cut : undefined,
        o[0] + dir[0] * t,
        o[1] + dir[1] * t,
        o[2] + dir[2] * t,
      )
      if (d < 0.04) return { t, i }
      t += Math.max(d * 0.85, 0.04)
    }
    return null
  }
  const shade = (list: SceneObject[], hit: { t: number; i: number }, o: V): V => {
    const p: V = [o[0] + dir[0] * hit.t, o[1] + dir[1] * hit.t, o[2] + dir[2] * hit.t]
    const f = (x: number, y: number, z: number) => sceneAt(list, list === bone ? cut : undefined, x, y, z)[0]
    const e = 0.05
    const n = norm([
      f(p[0] + e, p[1], p[2]) - f(p[0] - e, p[1], p[2]),
      f(p[0], p[1] + e, p[2]) - f(p[0], p[1] - e, p[2]),
      f(p[0], p[1], p[2] + e) - f(p[0], p[1], p[2] - e),
    ])
    // Cheap occlusion: how soon other surfaces are near along the normal.
    let occ = 0
    for (let k = 1; k <= 3; k++)
      occ +=
        Math.max(0, k * 1.5 - f(p[0] + n[0] * k * 1.5, p[1] + n[1] * k * 1.5, p[2] + n[2] * k * 1.5)) /
        (k * 3)
    const diff = Math.max(0, n[0] * light[0] + n[1] * light[1] + n[2] * light[2])
    const k = (0.28 + 0.55 * diff + 0.22 * (0.5 + 0.5 * n[1])) * (1 - Math.min(occ, 0.6))
    const obj = list[hit.i] as SceneObject
    // Cut faces in a darker, warmer tone, like sawn cancellous bone.
    const sawn = cut && !obj.xray && obj.distance(p[0], p[1], p[2]) < -0.3
    const c: V = sawn ? [190, 140, 120] : obj.colour
    return [Math.min(255, c[0] * k), Math.min(255, c[1] * k), Math.min(255, c[2] * k)]
  }
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const u = ((mirror ? size - i - 0.5 : i + 0.5) / size - 0.5) * 2 * half
      const v = (0.5 - (j + 0.5) / size) * 2 * half
      const o: V = [0, 1, 2].map(
        (a) =>
          (centre[a] as number) +
          (right[a] as number) * u +
          (up[a] as number) * v -
          (dir[a] as number) * radius * 1.1,
      ) as V
      let colour: V = [27, 33, 45]
      const hit = bone.length ? march(bone, o, true) : null
      if (hit) colour = flat ? (bone[hit.i] as SceneObject).colour : shade(bone, hit, o)
      if (xray.length) {
        const h = march(xray, o, false)
        if (h) {
          const c = shade(xray, h, o)
          const w = !hit || h.t < hit.t ? 1 : 0.55
          colour = [0, 1, 2].map((a) => (colour[a] as number) * (1 - w) + (c[a] as number) * w) as V
        }
      }
      rgb.set(colour, (j * size + i) * 3)
    }
  }
  return { width: size, height: size, rgb }
}
