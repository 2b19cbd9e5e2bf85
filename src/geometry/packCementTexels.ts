/**
 * The cement field's channels packed as RGBA8 texels (pure: the simulation's worker packs them off
 * the main thread; `cementField.ts` makes them a linearly filtered 3D texture). Normalised bytes,
 * not half floats: a software renderer (SwiftShader) filters them about twice as fast, and a step
 * of RED_RANGE / 255 (1/160 of the injection) is finer than the eye follows.
 */

/** Red is stored divided by this: arrivals above it (well outside the cement) read as RED_RANGE. */
export const RED_RANGE = 1.6
/** Blue is the clearance (distance to anything that ever shows) divided by this, mm. */
export const CLEARANCE_RANGE_MM = 16

/**
 * The RGBA bytes of the texture.
 * @param red arrival, injection progress
 * @param green cavity indicator, 0–1
 * @param clearance distance to anything that ever shows, texels
 */
export function packCementTexels(
  red: Float32Array,
  green: Float32Array,
  clearance: Float32Array,
  texelMm: number,
): Uint8Array {
  const data = new Uint8Array(red.length * 4)
  const byte = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255)
  for (let f = 0; f < red.length; f++) {
    // Red never rounds to 0: that would show before the injection starts.
    data[4 * f] = Math.max(1, byte((red[f] as number) / RED_RANGE))
    data[4 * f + 1] = byte(green[f] as number)
    // Rounded down, so a ray never leaps further than the true clearance.
    data[4 * f + 2] = Math.floor(Math.min(1, ((clearance[f] as number) * texelMm) / CLEARANCE_RANGE_MM) * 255)
    data[4 * f + 3] = 255
  }
  return data
}
