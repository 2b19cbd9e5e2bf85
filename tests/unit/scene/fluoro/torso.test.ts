import { Matrix4, PerspectiveCamera } from 'three'
import { describe, expect, it } from 'vitest'
import { placeCArm } from '../../../../src/scene/fluoro/cArm.ts'
import { placeTorso, TORSO, torsoChordMm, torsoUniforms } from '../../../../src/scene/fluoro/torso.ts'

const SKIN_MM = 80
/** Within 1 %: the rays of a cone beam are a few degrees off the axis. */
const near = (value: number, expected: number) => Math.abs(value - expected) < 0.01 * expected
// Face down on the table, somewhere in the room.
const PRONE = new Matrix4().makeTranslation(30, 900, -40).multiply(new Matrix4().makeRotationX(Math.PI / 2))

/** The torso as the C-arm sees it for a projection. */
function seen(projection: 'lateral' | 'ap') {
  const camera = new PerspectiveCamera()
  placeCArm(camera, PRONE, projection)
  const u = torsoUniforms()
  placeTorso(u, camera, PRONE, SKIN_MM)
  return { camera, u }
}

describe('the torso', () => {
  it('lateral: flank to flank through the middle, nothing above the skin of the back', () => {
    const { camera, u } = seen('lateral')
    // The ray through the torso's mid-depth: its full width (the beam is nearly parallel).
    const midDepth = TORSO.anteriorMm - (TORSO.anteriorMm + SKIN_MM) / 2
    const mid = camera.position.clone().set(0, 0, midDepth).applyMatrix4(PRONE).project(camera)
    const across = torsoChordMm(u, mid.x, mid.y)
    expect(near(across, 2 * TORSO.halfWidthMm), `${across} mm`).toBe(true)
    // Behind the skin (the back is up on the monitor): air.
    const air = camera.position
      .clone()
      .set(0, 0, -SKIN_MM - 5)
      .applyMatrix4(PRONE)
      .project(camera)
    expect(torsoChordMm(u, air.x, air.y)).toBe(0)
    const underSkin = camera.position
      .clone()
      .set(0, 0, -SKIN_MM + 5)
      .applyMatrix4(PRONE)
      .project(camera)
    const chord = torsoChordMm(u, underSkin.x, underSkin.y)
    expect(chord).toBeGreaterThan(0)
    expect(chord).toBeLessThan(TORSO.halfWidthMm)
  })

  it('AP: from the back to the belly at the centre of the field, whatever the height', () => {
    const { u } = seen('ap')
    for (const y of [-0.8, 0, 0.8]) {
      const chord = torsoChordMm(u, 0, y)
      expect(near(chord, TORSO.anteriorMm + SKIN_MM), `y ${y}: ${chord} mm`).toBe(true)
    }
  })
})
