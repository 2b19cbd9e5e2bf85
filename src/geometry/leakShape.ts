/**
 * Where and how a cement leak lies outside the vertebral body, from its route and volume (the
 * simulation gives the exit and the volume; the path beyond the cortex is drawn after the anatomy
 * of each route, Yeom 2003): tubes for cement in veins, blobs for cement pooled in a tissue space.
 *
 * - basivertebral: out of the posterior foramen into the anterior epidural veins behind the body,
 *   running up and down along the posterior wall;
 * - segmental: out of the lateral wall into a segmental vein, following the waist of the body
 *   mostly backwards (towards the foramen), a little forwards;
 * - cortical: squeezed out through the breach, a blob flattened against the wall;
 * - disc: through the endplate into the disc, spreading flat;
 * - canal: through the posterior wall into the front of the canal, a blob taller than it is deep.
 */
import { Matrix4, Quaternion, Vector3 } from 'three'
import type { LeakEvent } from '../sim/cementFlow.ts'
import type { ProcedureResult } from '../sim/run.ts'

type Vec3 = [number, number, number]
type Grid = ProcedureResult['grid']

/** A leak's shape: tube paths (mm, each from the body outwards) of one radius, and/or one blob. */
export interface LeakShape {
  /** Polylines in the vertebra's frame, points about 1 mm apart, each starting at the exit. */
  tubes: Vec3[][]
  tubeRadiusMm: number
  /** An ellipsoid grown out of the wall: `anchorMm` on the surface, `radiiMm` along its own x, y, z, its z along `outward`. */
  blob: { anchorMm: Vec3; outward: Vec3; radiiMm: Vec3; quaternion: [number, number, number, number] } | null
}

// Preferred vein radius, mm; a leak longer than MAX_TUBE_MM grows thicker instead.
const VEIN_RADIUS_MM = 1.1
const MIN_TUBE_MM = 5
const MAX_TUBE_MM = 50
const MIN_RADIUS_MM = 0.6
// How far outside the cortex the vessels run, mm (centre line).
const VESSEL_OFFSET_MM = 1.8
// Half the distance between the two longitudinal channels of the anterior epidural plexus, mm.
const EPIDURAL_HALF_SPACING_MM = 5
// How far around the waist a segmental vein runs from its exit: backwards to the posterolateral
// corner (from about 80° to 140°), forwards about 50°.
const WAIST_BACK_RAD = 1.05
const WAIST_FRONT_RAD = 0.9
// The disc blob's half-thickness, mm: cement spreads flat between the endplates.
const DISC_HALF_THICKNESS_MM = 1.4

const _m = /* @__PURE__ */ new Matrix4()
const _q = /* @__PURE__ */ new Quaternion()
const _u = /* @__PURE__ */ new Vector3()
const _v = /* @__PURE__ */ new Vector3()
const _w = /* @__PURE__ */ new Vector3()

/** The shape of one leak beside the body voxelised in `grid` (the result's grid). */
export function leakShape(leak: LeakEvent, grid: Grid): LeakShape {
  const volumeMm3 = Math.max(leak.volumeMl, 1e-4) * 1000
  const p = leak.positionMm
  const body = bodyCentre(grid)
  switch (leak.route) {
    case 'basivertebral': {
      const { lengthMm, radiusMm } = tube(volumeMm3)
      const wallZ = body[2] - radiusAt(grid, body, p[1], Math.PI)
      const backZ = wallZ - VESSEL_OFFSET_MM - radiusMm / 2
      const stem: Vec3[] = [
        [p[0], p[1], p[2]],
        [p[0], p[1], (p[2] + backZ) / 2],
        [p[0], p[1], backZ],
      ]
      // The retrocorporeal vein runs sideways from the foramen to the two longitudinal channels
      // of the anterior epidural plexus, which run up and down behind the body.
      const across = Math.min(EPIDURAL_HALF_SPACING_MM, lengthMm / 6)
      const along = Math.max(1, (lengthMm - (p[2] - backZ)) / 2 - across)
      // A rounded bend: sideways first, then turning to run up or down.
      const bend = Math.min(3, along / 2)
      const channel = (side: number, up: number): Vec3[] => [
        [p[0] + side * across * 0.55, p[1] + up * 0.3 * bend, backZ],
        [p[0] + side * across * 0.9, p[1] + up * 0.75 * bend, backZ],
        ...steps(along)
          .filter((s) => s > bend)
          .map((s) => [p[0] + side * across, p[1] + up * s, backZ - 0.05 * s] as Vec3),
      ]
      return {
        tubes: [
          [...stem, ...channel(1, 1)],
          [...stem, ...channel(-1, -1)],
        ],
        tubeRadiusMm: radiusMm,
        blob: null,
      }
    }
    case 'segmental': {
      const { lengthMm, radiusMm } = tube(volumeMm3)
      const side = p[0] >= body[0] ? 1 : -1
      const start = Math.atan2(p[0] - body[0], p[2] - body[2])
      const offset = VESSEL_OFFSET_MM + radiusMm / 2
      // θ grows from anterior (0) to the patient's left (π/2) and back (π). Backwards (+side), the
      // vein follows the waist to the posterolateral corner, then rises towards the foramen (the
      // ascending lumbar / intervertebral veins); forwards, it follows the waist a little way.
      const front = aroundWaist(grid, body, p, start, -side * WAIST_FRONT_RAD, 0.35 * lengthMm, offset, false)
      const frontMm = pathLength(front) - pathLength(front.slice(0, 2))
      const back = aroundWaist(grid, body, p, start, side * WAIST_BACK_RAD, lengthMm - frontMm, offset, true)
      return { tubes: [back, front], tubeRadiusMm: radiusMm, blob: null }
    }
    case 'disc': {
      const c = DISC_HALF_THICKNESS_MM
      const a = Math.min(12, Math.sqrt((3 * volumeMm3) / (4 * Math.PI * c)))
      const thick = (3 * volumeMm3) / (4 * Math.PI * a * a)
      // Flat on the endplate, tilted as it is (a wedge fracture slopes it forwards).
      const top = surfaceAbove(grid, p)
      const d = 4
      const nx =
        -(surfaceAbove(grid, [p[0] + d, p[1], p[2]]) - surfaceAbove(grid, [p[0] - d, p[1], p[2]])) / (2 * d)
      const nz =
        -(surfaceAbove(grid, [p[0], p[1], p[2] + d]) - surfaceAbove(grid, [p[0], p[1], p[2] - d])) / (2 * d)
      const n = Math.hypot(nx, 1, nz)
      return blobShape([p[0], top, p[2]], [nx / n, 1 / n, nz / n], [a, a, thick])
    }
    case 'canal': {
      const k = Math.cbrt((3 * volumeMm3) / (4 * Math.PI * 1.6 * 0.6))
      const wallZ = body[2] - radiusAt(grid, body, p[1], Math.PI)
      return blobShape([p[0], p[1], wallZ], [0, 0, -1], [k, 1.6 * k, 0.6 * k])
    }
    default: {
      // cortical: out through the breach, along the horizontal direction from the body's centre.
      const dx = p[0] - body[0]
      const dz = p[2] - body[2]
      const len = Math.hypot(dx, dz) || 1
      const outward: Vec3 = [dx / len, 0, dz / len]
      const r = radiusAt(grid, body, p[1], Math.atan2(dx, dz))
      // Pooled against the wall, spread more up and down (along the ligament) than across.
      const k = Math.cbrt((3 * volumeMm3) / (4 * Math.PI * 1.2 * 1.5 * 0.45))
      return blobShape([body[0] + outward[0] * r, p[1], body[2] + outward[2] * r], outward, [
        1.2 * k,
        1.5 * k,
        0.45 * k,
      ])
    }
  }
}

/**
 * Share of a leak's volume out at time t, as `sampleProcedure` counts it: none until it starts,
 * growing evenly to all of it at the end of injection.
 */
export function leakShare(leak: Pick<LeakEvent, 'startS'>, injectionEndS: number, timeS: number): number {
  if (timeS <= leak.startS) return 0
  const span = injectionEndS - leak.startS
  return span > 0 ? Math.min(1, (timeS - leak.startS) / span) : 1
}

/** Length and radius of a vein holding `volumeMm3`: thin and long, thicker once it is as long as allowed. */
function tube(volumeMm3: number): { lengthMm: number; radiusMm: number } {
  const lengthMm = Math.min(MAX_TUBE_MM, Math.max(MIN_TUBE_MM, volumeMm3 / (Math.PI * VEIN_RADIUS_MM ** 2)))
  return { lengthMm, radiusMm: Math.max(MIN_RADIUS_MM, Math.sqrt(volumeMm3 / (Math.PI * lengthMm))) }
}

function pathLength(points: readonly Vec3[]): number {
  let sum = 0
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Vec3
    const b = points[i] as Vec3
    sum += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
  }
  return sum
}

/** 1, 2, … up to `lengthMm` (and `lengthMm` itself): distances along a branch, mm. */
function steps(lengthMm: number): number[] {
  const out: number[] = []
  for (let s = 1; s < lengthMm; s++) out.push(s)
  out.push(lengthMm)
  return out
}

function blobShape(anchorMm: Vec3, outward: Vec3, radiiMm: Vec3): LeakShape {
  _w.fromArray(outward)
  // Its y axis stays vertical unless the blob grows upwards (disc), then it points forwards.
  _v.set(0, 1, 0)
  if (Math.abs(_w.dot(_v)) > 0.9) _v.set(0, 0, 1)
  _u.crossVectors(_v, _w).normalize()
  _v.crossVectors(_w, _u)
  _q.setFromRotationMatrix(_m.makeBasis(_u, _v, _w))
  return {
    tubes: [],
    tubeRadiusMm: 0,
    blob: { anchorMm, outward, radiiMm, quaternion: _q.toArray() as [number, number, number, number] },
  }
}

/** Centre of the inside cells, mm. */
function bodyCentre(grid: Grid): Vec3 {
  const [nx, ny] = grid.dims
  let sx = 0
  let sy = 0
  let sz = 0
  let n = 0
  for (let c = 0; c < grid.inside.length; c++) {
    if (!grid.inside[c]) continue
    sx += c % nx
    sy += Math.floor(c / nx) % ny
    sz += Math.floor(c / (nx * ny))
    n++
  }
  const at = (a: number, s: number) => (grid.originMm[a] as number) + (s / Math.max(1, n)) * grid.cellMm
  return [at(0, sx), at(1, sy), at(2, sz)]
}

function insideAt(grid: Grid, x: number, y: number, z: number): boolean {
  const [nx, ny, nz] = grid.dims
  const i = Math.round((x - grid.originMm[0]) / grid.cellMm)
  const j = Math.round((y - grid.originMm[1]) / grid.cellMm)
  const k = Math.round((z - grid.originMm[2]) / grid.cellMm)
  if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) return false
  return grid.inside[i + nx * (j + ny * k)] === 1
}

/** Distance from the body's centre axis to its outer surface at height y, direction θ (0 anterior, π/2 left), mm. */
function radiusAt(grid: Grid, centre: Vec3, y: number, theta: number): number {
  const sx = Math.sin(theta)
  const sz = Math.cos(theta)
  let last = 0
  for (let r = 0; r < 60; r += 0.25) if (insideAt(grid, centre[0] + sx * r, y, centre[2] + sz * r)) last = r
  // The last inside cell's centre lies about half a cell within the surface.
  return last + grid.cellMm / 2
}

/** Top surface above a point on the superior endplate, mm. */
function surfaceAbove(grid: Grid, p: Vec3): number {
  let y = p[1]
  // Down to the body first where the endplate lies lower than p, then up to its top.
  for (let n = 0; n < 40 && !insideAt(grid, p[0], y, p[2]); n++) y -= 0.25
  while (insideAt(grid, p[0], y + 0.25, p[2])) y += 0.25
  return y + grid.cellMm / 2
}

/**
 * A vein around the waist at the exit's height, `offsetMm` outside the body: from the exit along
 * the outline by `sweepRad` at most, then (if `rise`) straight up for what is left of `lengthMm`. Points about
 * 2.5 mm apart (the curve through them is smooth; the outline itself is voxel-rough).
 */
function aroundWaist(
  grid: Grid,
  centre: Vec3,
  exit: Vec3,
  theta0: number,
  sweepRad: number,
  lengthMm: number,
  offsetMm: number,
  rise: boolean,
): Vec3[] {
  const at = (theta: number): Vec3 => {
    // The outline, averaged over a few degrees so the vein does not follow each voxel step.
    let r = 0
    for (let d = -2; d <= 2; d++) r += radiusAt(grid, centre, exit[1], theta + d * 0.04)
    r = r / 5 + offsetMm
    return [centre[0] + Math.sin(theta) * r, exit[1], centre[2] + Math.cos(theta) * r]
  }
  const points: Vec3[] = [[exit[0], exit[1], exit[2]], at(theta0)]
  let travelled = 0
  let last = points[1] as Vec3
  const direction = Math.sign(sweepRad)
  for (let theta = theta0; travelled < lengthMm && Math.abs(theta - theta0) < Math.abs(sweepRad); ) {
    theta += direction * 0.01
    const next = at(theta)
    const d = Math.hypot(next[0] - last[0], next[2] - last[2])
    if (d < 2.5) continue
    points.push(next)
    travelled += d
    last = next
  }
  if (rise && lengthMm - travelled > 1)
    for (const s of steps(lengthMm - travelled)) points.push([last[0], last[1] + s, last[2]])
  return points
}
