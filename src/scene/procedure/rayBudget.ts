/**
 * How finely to cast the cement's rays: the requested resolution, lowered in steps when the
 * cement's box covers so much of the screen that the rays would exceed a budget. On a software
 * renderer every ray costs CPU time, so a close-up would otherwise drop the frame rate several
 * times over; a coarser cast only softens a surface that is smooth anyway.
 */
import type { Camera, Matrix4 } from 'three'
import { Vector3 } from 'three'

/** Steps the resolution is lowered by, largest first (few, so the target is rarely reallocated). */
const STEPS = [1, 0.75, 0.5, 0.35] as const

const _corner = /* @__PURE__ */ new Vector3()

/**
 * @param boxMin, boxMax the box in its own frame (mm), placed by `matrixWorld`
 * @param widthPx, heightPx the drawing buffer, pixels
 * @param resolution the share of the drawing buffer's resolution wanted (0–1)
 * @param maxRays the budget, rays per frame
 * @returns the share to cast at: `resolution` or one of its steps down
 */
export function rayResolution(
  camera: Camera,
  matrixWorld: Matrix4,
  boxMin: Vector3,
  boxMax: Vector3,
  widthPx: number,
  heightPx: number,
  resolution: number,
  maxRays: number,
): number {
  let x0 = 1
  let y0 = 1
  let x1 = -1
  let y1 = -1
  for (let c = 0; c < 8; c++) {
    _corner.set(c & 1 ? boxMax.x : boxMin.x, c & 2 ? boxMax.y : boxMin.y, c & 4 ? boxMax.z : boxMin.z)
    _corner.applyMatrix4(matrixWorld).project(camera)
    // A corner behind the camera projects wrongly: then assume the box fills the screen.
    if (_corner.z > 1 || _corner.z < -1) return stepFor(widthPx * heightPx, resolution, maxRays)
    x0 = Math.min(x0, _corner.x)
    y0 = Math.min(y0, _corner.y)
    x1 = Math.max(x1, _corner.x)
    y1 = Math.max(y1, _corner.y)
  }
  const w = (Math.max(0, Math.min(1, x1) - Math.max(-1, x0)) / 2) * widthPx
  const h = (Math.max(0, Math.min(1, y1) - Math.max(-1, y0)) / 2) * heightPx
  return stepFor(w * h, resolution, maxRays)
}

function stepFor(areaPx: number, resolution: number, maxRays: number): number {
  for (const step of STEPS) {
    const share = resolution * step
    if (areaPx * share * share <= maxRays) return share
  }
  return resolution * (STEPS[STEPS.length - 1] as number)
}
