/**
 * Tubes for a leak's veins (geometry/leakShape.ts), built once per result. Each tube keeps its
 * centre line sampled at the tube's rings, so a player can reveal it from the exit outwards with
 * `setDrawRange` and put a round cap on the growing end without allocating per frame.
 */
import { CatmullRomCurve3, TubeGeometry, Vector3 } from 'three'
import type { LeakShape } from './leakShape.ts'

/** One vein: its geometry (the caller disposes it) and its centre line at each ring, mm. */
export interface LeakTube {
  geometry: TubeGeometry
  /** xyz of the centre line at rings 0 … segments. */
  centreMm: Float32Array
  segments: number
  radialSegments: number
}

/** Indices drawn for the first `rings` rings of a tube (TubeGeometry lays its quads out ring by ring). */
export function tubeIndexCount(tube: LeakTube, rings: number): number {
  return Math.max(0, Math.min(tube.segments, rings)) * tube.radialSegments * 6
}

/**
 * The tubes of a leak shape, about two rings per millimetre. The caller owns the geometries and
 * must `dispose()` them.
 */
export function buildLeakTubes(shape: LeakShape, radialSegments = 10): LeakTube[] {
  return shape.tubes
    .filter((path) => path.length >= 2)
    .map((path) => {
      const curve = new CatmullRomCurve3(
        path.map(([x, y, z]) => new Vector3(x, y, z)),
        false,
        'centripetal',
      )
      const segments = Math.max(8, Math.round(curve.getLength() * 2))
      const geometry = new TubeGeometry(curve, segments, shape.tubeRadiusMm, radialSegments, false)
      const centreMm = new Float32Array(3 * (segments + 1))
      const point = new Vector3()
      for (let i = 0; i <= segments; i++) curve.getPointAt(i / segments, point).toArray(centreMm, 3 * i)
      return { geometry, centreMm, segments, radialSegments }
    })
}
