/**
 * Fits a shot (shots.ts) into the part of the view that nothing covers: the eye is put along the
 * shot's direction at the nearest distance from which every corner of its box is inside the free
 * area, and the camera's projection is offset so that the box's centre sits at that area's centre
 * (a caption over the bottom of the view pushes the subject up, not under the words).
 */
import { Matrix4, type PerspectiveCamera, Vector3 } from 'three'
import type { SagittalPose } from '../anatomy/column.ts'
import type { ViewInsets } from '../state/sceneAccess.ts'
import { poseRad, type Shot, type Vec3 } from './shots.ts'

export interface ViewSize {
  width: number
  height: number
}

export interface FittedShot {
  eye: Vector3
  target: Vector3
}

/** Nearest the eye may come, mm (the camera's near plane is 5 mm). */
const MIN_DISTANCE_MM = 30

const _m = new Matrix4()
const _corner = new Vector3()
const _x = new Vector3()
const _y = new Vector3()
const WORLD_UP = new Vector3(0, 1, 0)

/** A point of the fractured vertebra's frame in the world, the patient turned by `patientRad` about it. */
export function vertebraToWorld(local: Vec3, pivot: SagittalPose, patientRad: number, out: Vector3): Vector3 {
  _m.makeRotationX(patientRad + pivot.angleRad)
  return out
    .set(local[0], local[1], local[2])
    .applyMatrix4(_m)
    .add(_corner.set(0, pivot.yMm, pivot.zMm))
}

/** The free area's size: the view less what covers its edges (never below a tenth of the view). */
export function freeSize(view: ViewSize, insets: ViewInsets): ViewSize {
  return {
    width: Math.max(view.width / 10, view.width - insets.left - insets.right),
    height: Math.max(view.height / 10, view.height - insets.top - insets.bottom),
  }
}

/** Where the eye and the target go for `shot` in a view of `view` px with `insets` covered. */
export function fitShot(
  shot: Shot,
  pivot: SagittalPose,
  fovDeg: number,
  view: ViewSize,
  insets: ViewInsets,
): FittedShot {
  const patientRad = poseRad(shot.pose)
  const { boxMin: lo, boxMax: hi } = shot
  const centre: Vec3 = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2]
  const target = vertebraToWorld(centre, pivot, patientRad, new Vector3())
  _m.makeRotationX(patientRad + pivot.angleRad)
  const back = new Vector3(...shot.towardsEye).applyMatrix4(_m).normalize()
  _x.crossVectors(WORLD_UP, back)
  if (_x.lengthSq() < 1e-8) _x.set(1, 0, 0)
  _x.normalize()
  _y.crossVectors(back, _x)
  const free = freeSize(view, insets)
  const tanHalf = Math.tan(((fovDeg / 2) * Math.PI) / 180)
  const tanV = tanHalf * (free.height / view.height) * shot.fill
  const tanH = tanHalf * (free.width / view.height) * shot.fill
  const corners = Array.from({ length: 8 }, (_, i) => {
    const corner: Vec3 = [(i & 1 ? hi : lo)[0], (i & 2 ? hi : lo)[1], (i & 4 ? hi : lo)[2]]
    const c = vertebraToWorld(corner, pivot, patientRad, new Vector3()).sub(target)
    return { across: c.dot(_x), up: c.dot(_y), depth: c.dot(back) }
  })
  let distance = MIN_DISTANCE_MM
  for (const c of corners)
    distance = Math.max(distance, c.depth + Math.abs(c.across) / tanH, c.depth + Math.abs(c.up) / tanV)
  if (shot.align === 'start') {
    // Slide the box to the free area's left edge: the most it can move before a corner leaves it.
    const slide = Math.max(0, Math.min(...corners.map((c) => c.across + tanH * (distance - c.depth))))
    target.addScaledVector(_x, slide)
  }
  return { eye: back.multiplyScalar(distance).add(target), target }
}

/**
 * Offsets the camera's projection so the view's centre is drawn at the free area's centre. Called
 * again on every resize (R3F re-applies the aspect and keeps the offset).
 */
export function offsetToFreeArea(camera: PerspectiveCamera, view: ViewSize, insets: ViewInsets): void {
  const dx = (insets.left - insets.right) / 2
  const dy = (insets.top - insets.bottom) / 2
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) {
    if (camera.view?.enabled) camera.clearViewOffset()
    return
  }
  camera.setViewOffset(view.width, view.height, -dx, -dy, view.width, view.height)
}
