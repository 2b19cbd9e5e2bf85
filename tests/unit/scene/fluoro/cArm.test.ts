import { Matrix4, PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { FIELD_MM, placeCArm, SOURCE_TO_ISOCENTRE_MM } from '../../../../src/scene/fluoro/cArm.ts'

/** A point of the vertebra's frame (mm) on the C-arm's image: x right, y up, each −1 … 1 across the field. */
function onImage(camera: PerspectiveCamera, vertebra: Matrix4, local: readonly number[]): Vector3 {
  return new Vector3().fromArray(local).applyMatrix4(vertebra).project(camera)
}

const STANDING = new Matrix4()
// Face down on the table, turned about the patient's left–right axis, and somewhere in the room.
const PRONE = new Matrix4().makeTranslation(30, 900, -40).multiply(new Matrix4().makeRotationX(Math.PI / 2))

describe('placeCArm', () => {
  it('lateral: from the patient’s right, the field 15 cm across at the isocentre, centred behind the body', () => {
    const camera = new PerspectiveCamera()
    placeCArm(camera, STANDING, 'lateral')
    expect(camera.position.x).toBeCloseTo(-SOURCE_TO_ISOCENTRE_MM, 6)
    const centre = onImage(camera, STANDING, [0, 0, -14])
    expect(centre.x).toBeCloseTo(0, 6)
    expect(centre.y).toBeCloseTo(0, 6)
    expect(onImage(camera, STANDING, [0, FIELD_MM / 2, -14]).y).toBeCloseTo(1, 6)
    // Standing: head up, front to the right (as the 3D view sees it from the patient's right).
    expect(onImage(camera, STANDING, [0, 40, -14]).y).toBeGreaterThan(0.3)
    expect(onImage(camera, STANDING, [0, 0, 30]).x).toBeGreaterThan(0.3)
  })

  it('lateral, prone: the back up on the monitor, as the patient lies, and the picture follows the vertebra', () => {
    const camera = new PerspectiveCamera()
    placeCArm(camera, PRONE, 'lateral')
    expect(onImage(camera, PRONE, [0, 0, -14]).length()).toBeLessThan(1.0001)
    expect(onImage(camera, PRONE, [0, 0, -14]).x).toBeCloseTo(0, 6)
    expect(onImage(camera, PRONE, [0, 0, -60]).y, 'the back').toBeGreaterThan(0.3)
    expect(onImage(camera, PRONE, [0, 40, -14]).x, 'the head').toBeGreaterThan(0.3)
  })

  it('AP: from the front, head up and the patient’s right on the viewer’s left, standing or prone', () => {
    for (const [name, vertebra] of [
      ['standing', STANDING],
      ['prone', PRONE],
    ] as const) {
      const camera = new PerspectiveCamera()
      placeCArm(camera, vertebra, 'ap')
      const centre = onImage(camera, vertebra, [0, 0, 0])
      expect(Math.hypot(centre.x, centre.y), name).toBeLessThan(1e-6)
      expect(onImage(camera, vertebra, [0, 40, 0]).y, `${name}: the head`).toBeGreaterThan(0.3)
      expect(onImage(camera, vertebra, [-30, 0, 0]).x, `${name}: the patient's right`).toBeLessThan(-0.3)
    }
  })

  it('holds everything along the beam, the instruments behind the back included', () => {
    const camera = new PerspectiveCamera()
    placeCArm(camera, PRONE, 'ap')
    // The syringe on a needle's handle stands some 25 cm behind the body.
    expect(Math.abs(onImage(camera, PRONE, [0, 0, -260]).z)).toBeLessThan(1)
    expect(Math.abs(onImage(camera, PRONE, [0, 0, 150]).z)).toBeLessThan(1)
  })
})
