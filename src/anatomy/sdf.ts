/**
 * Signed-distance primitives and operators (millimetres; negative inside). Pure math, no three:
 * the same functions give the rendered surface (meshed by geometry/) and the inside/outside test
 * of the cement grid (sim/). Some are bounds rather than exact distances (ellipsoids, warped
 * fields); that is enough for meshing and for sign tests, and cheaper.
 */

export type Vec3 = readonly [number, number, number]

/** Polynomial smooth minimum: a union whose seam is filleted over about `k` mm. */
export function smoothUnion(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - (h * h * k) / 4
}

/** Smooth subtraction of `b` from `a`, filleted over about `k` mm. */
export function smoothSubtract(a: number, b: number, k: number): number {
  return -smoothUnion(-a, b, k)
}

/** Approximate distance to an axis-aligned ellipse with semi-axes `rx`, `rz` (Quilez's bound). */
export function ellipse2(x: number, z: number, rx: number, rz: number): number {
  const k0 = Math.hypot(x / rx, z / rz)
  const k1 = Math.hypot(x / (rx * rx), z / (rz * rz))
  return k1 === 0 ? -Math.min(rx, rz) : (k0 * (k0 - 1)) / k1
}

/**
 * Approximate distance to a superellipse |x/rx|^n + |z/rz|^n = 1 (n = 2: an ellipse; larger n:
 * squarer sides). A bound good near the outline, which is where it is used.
 */
export function superellipse2(x: number, z: number, rx: number, rz: number, n: number): number {
  const k = (Math.abs(x / rx) ** n + Math.abs(z / rz) ** n) ** (1 / n)
  return (k - 1) * Math.min(rx, rz)
}

/** Approximate distance to an ellipsoid centred at the origin. */
export function ellipsoid(x: number, y: number, z: number, rx: number, ry: number, rz: number): number {
  const k0 = Math.hypot(x / rx, y / ry, z / rz)
  const k1 = Math.hypot(x / (rx * rx), y / (ry * ry), z / (rz * rz))
  return k1 === 0 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1
}

export function sphere(x: number, y: number, z: number, c: Vec3, r: number): number {
  return Math.hypot(x - c[0], y - c[1], z - c[2]) - r
}

/**
 * A tube from `a` to `b` with an elliptical cross-section that tapers linearly: semi-axis `ru`
 * along `up` (made perpendicular to the tube's axis) and `rv` across it, each given at the two
 * ends. Ends are rounded. The workhorse of the posterior elements: pedicles, laminae and
 * processes are all tubes of this kind, flattened and tilted as the anatomy needs.
 */
export interface OvalTube {
  a: Vec3
  b: Vec3
  up: Vec3
  ru: readonly [number, number]
  rv: readonly [number, number]
  /** 0: elliptical section with rounded ends; 1: rounded-rectangle section, a plate (default 0). */
  square?: number
}

export function ovalTube(x: number, y: number, z: number, t: OvalTube): number {
  const ax = t.b[0] - t.a[0]
  const ay = t.b[1] - t.a[1]
  const az = t.b[2] - t.a[2]
  const len = Math.hypot(ax, ay, az)
  const dx = ax / len
  const dy = ay / len
  const dz = az / len
  // Local frame: w along the axis, u = up made perpendicular to it, v = w × u.
  const upDot = t.up[0] * dx + t.up[1] * dy + t.up[2] * dz
  let ux = t.up[0] - upDot * dx
  let uy = t.up[1] - upDot * dy
  let uz = t.up[2] - upDot * dz
  const ul = Math.hypot(ux, uy, uz)
  ux /= ul
  uy /= ul
  uz /= ul
  const vx = dy * uz - dz * uy
  const vy = dz * ux - dx * uz
  const vz = dx * uy - dy * ux
  const px = x - t.a[0]
  const py = y - t.a[1]
  const pz = z - t.a[2]
  const w = px * dx + py * dy + pz * dz
  const s = Math.min(Math.max(w / len, 0), 1)
  const ru = t.ru[0] + (t.ru[1] - t.ru[0]) * s
  const rv = t.rv[0] + (t.rv[1] - t.rv[0]) * s
  const along = w - s * len
  const cu = px * ux + py * uy + pz * uz
  const cv = px * vx + py * vy + pz * vz
  const square = t.square ?? 0
  // Blunt, rounded ends: a cap shorter than the section is wide.
  if (square === 0) return ellipsoid(cu, cv, along, ru, rv, 0.6 * Math.max(ru, rv))
  const edge = Math.min(ru, rv) * 0.9
  const section = lerp(ellipse2(cu, cv, ru, rv), roundedRect(cu, cv, ru, rv, edge), square)
  return extrudeRounded(section, Math.abs(along) - edge, edge)
}

/** Distance to a rectangle of half-sizes `hx`, `hy` whose corners are rounded by `r`. */
export function roundedRect(x: number, y: number, hx: number, hy: number, r: number): number {
  const qx = Math.abs(x) - hx + r
  const qy = Math.abs(y) - hy + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/** Intersection of a 2D section distance with a vertical slab, with rounded edges of radius `r`. */
export function extrudeRounded(section: number, slab: number, r: number): number {
  const qx = section + r
  const qy = slab + r
  return Math.min(Math.max(qx, qy), 0) + Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) - r
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi)
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t
}

export function smoothstep(e0: number, e1: number, v: number): number {
  const t = clamp((v - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}

/** Exact distance to a simple polygon (points in order, either winding); negative inside. */
export function polygon2(x: number, y: number, pts: readonly (readonly [number, number])[]): number {
  const n = pts.length
  const last = pts[n - 1] as readonly [number, number]
  let d = (x - last[0]) ** 2 + (y - last[1]) ** 2
  let sign = 1
  for (let i = 0, j = n - 1; i < n; j = i, i++) {
    const [xi, yi] = pts[i] as readonly [number, number]
    const [xj, yj] = pts[j] as readonly [number, number]
    const ex = xj - xi
    const ey = yj - yi
    const wx = x - xi
    const wy = y - yi
    const h = clamp((wx * ex + wy * ey) / (ex * ex + ey * ey), 0, 1)
    d = Math.min(d, (wx - ex * h) ** 2 + (wy - ey * h) ** 2)
    // Crossing count (even-odd rule) for the sign.
    const c1 = y >= yi
    const c2 = y < yj
    const c3 = ex * wy > ey * wx
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) sign = -sign
  }
  return sign * Math.sqrt(d)
}

/** A lower bound of `ovalTube`'s distance (its bounding sphere), to skip far parts cheaply. */
export function tubeBound(x: number, y: number, z: number, t: OvalTube): number {
  const cx = (t.a[0] + t.b[0]) / 2
  const cy = (t.a[1] + t.b[1]) / 2
  const cz = (t.a[2] + t.b[2]) / 2
  const half = Math.hypot(t.b[0] - t.a[0], t.b[1] - t.a[1], t.b[2] - t.a[2]) / 2
  return Math.hypot(x - cx, y - cy, z - cz) - half - Math.max(t.ru[0], t.ru[1], t.rv[0], t.rv[1]) * 1.7
}
