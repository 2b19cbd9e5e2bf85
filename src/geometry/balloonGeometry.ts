/**
 * An inflatable bone tamp's balloon: a rounded cylinder (a superellipse in profile), 1 long and 1
 * in radius about +y, centred on the origin. The scene scales it: y by the balloon's length, x and z
 * by its radius at the current volume. Caller disposes.
 */
import { LatheGeometry, Vector2 } from 'three'

/** Superellipse exponent of the profile: 2 is an ellipsoid; higher is squarer, as an inflated tamp. */
const SQUARENESS = 3

export function balloonGeometry(segments = 32, profilePoints = 24): LatheGeometry {
  const points: Vector2[] = []
  for (let i = 0; i <= profilePoints; i++) {
    const y = -0.5 + i / profilePoints
    const r = (1 - Math.abs(2 * y) ** SQUARENESS) ** (1 / SQUARENESS)
    points.push(new Vector2(Math.max(r, 1e-3), y))
  }
  return new LatheGeometry(points, segments)
}

/**
 * Radius of a balloon `lengthMm` long holding `volumeMl`, as the simulation sizes its cavity
 * (an ellipsoid: V = π/6 · L · D²), never thinner than the folded balloon on its catheter.
 */
export function balloonRadiusMm(volumeMl: number, lengthMm: number, foldedRadiusMm: number): number {
  const d = Math.sqrt((6 * Math.max(0, volumeMl) * 1000) / (Math.PI * lengthMm))
  return Math.max(foldedRadiusMm, d / 2)
}
