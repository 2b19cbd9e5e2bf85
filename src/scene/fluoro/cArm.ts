/**
 * Where the C-arm's X-ray source stands for a projection. A C-arm is a cone beam from a point
 * source, so the picture is a perspective projection with a long focus: the source about 65 cm
 * from the isocentre, the field collimated to a circle 15 cm across there (a 9-inch intensifier).
 * The beam is squared to the fractured vertebra's own frame, as the operator squares it (endplates
 * as lines in the lateral, spinous process midway between the pedicles in the AP), so the picture
 * follows the vertebra as the patient turns and the column re-lays.
 *
 * Lateral: from the patient's right, as the 3D view's chapters look, with the room's up on the
 * monitor (the back up once the patient lies prone, the head up standing), so the inset reads
 * beside the 3D view. AP: from the front, the head up, the patient's right on the viewer's left
 * (the radiograph convention).
 */
import { Matrix4, type PerspectiveCamera, Vector3 } from 'three'
import type { Projection } from '../../state/store.ts'

/** Source to isocentre, mm. */
export const SOURCE_TO_ISOCENTRE_MM = 650
/** Diameter of the collimated field at the isocentre, mm. */
export const FIELD_MM = 150
/**
 * Near and far planes, mm from the source: everything the scene holds along the beam, with room to
 * spare (instruments stand 25 cm behind the body). A closed mesh cut by a plane would leave half
 * its path length; the radiograph pass has no depth buffer, so a deep range costs nothing.
 */
const NEAR_MM = 50
const FAR_MM = SOURCE_TO_ISOCENTRE_MM + 900

/**
 * The isocentre in the vertebra's frame (mm; +x the patient's left, +y cranial, +z anterior): the
 * lateral is centred a little behind the body so the pedicles and the needle's track show; the
 * AP on the body.
 */
const ISOCENTRE: Record<Projection, readonly [number, number, number]> = {
  lateral: [0, 0, -14],
  ap: [0, 0, 0],
}
/** Unit vector from the isocentre to the source, in the vertebra's frame. */
const TOWARDS_SOURCE: Record<Projection, readonly [number, number, number]> = {
  lateral: [-1, 0, 0],
  ap: [0, 0, 1],
}

const _iso = /* @__PURE__ */ new Vector3()
const _dir = /* @__PURE__ */ new Vector3()
const _up = /* @__PURE__ */ new Vector3()
const _rotation = /* @__PURE__ */ new Matrix4()

/**
 * Places `camera` as the C-arm's source for `projection`, given the fractured vertebra's world
 * matrix (rigid, mm). Sets position, orientation, field of view, near and far, and updates its
 * matrices.
 */
export function placeCArm(camera: PerspectiveCamera, vertebraWorld: Matrix4, projection: Projection): void {
  _iso.fromArray(ISOCENTRE[projection]).applyMatrix4(vertebraWorld)
  _rotation.extractRotation(vertebraWorld)
  _dir.fromArray(TOWARDS_SOURCE[projection]).applyMatrix4(_rotation).normalize()
  if (projection === 'ap') _up.set(0, 1, 0).applyMatrix4(_rotation)
  else {
    // The room's up, squared to the beam (the beam is along the vertebra's x, never vertical:
    // the patient only turns about that axis).
    _up.set(0, 1, 0).addScaledVector(_dir, -_dir.y)
    if (_up.lengthSq() < 1e-6) _up.set(0, 0, 1)
  }
  camera.up.copy(_up.normalize())
  camera.position.copy(_iso).addScaledVector(_dir, SOURCE_TO_ISOCENTRE_MM)
  camera.lookAt(_iso)
  camera.fov = (2 * Math.atan(FIELD_MM / 2 / SOURCE_TO_ISOCENTRE_MM) * 180) / Math.PI
  camera.aspect = 1
  camera.near = NEAR_MM
  camera.far = FAR_MM
  camera.updateProjectionMatrix()
  camera.updateMatrixWorld()
}
