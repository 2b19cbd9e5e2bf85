/**
 * Placing straight instruments along a needle's axis: three's cylinders stand along +y, so each is
 * turned onto the axis once, then moved along it per frame.
 */
import { Quaternion, Vector3 } from 'three'

const Y = /* @__PURE__ */ new Vector3(0, 1, 0)

export interface NeedleAxis {
  /** Bone entry, mm (vertebra frame). */
  entry: Vector3
  /** Unit direction from the entry towards the tip. */
  direction: Vector3
  /** Turns +y onto `direction`. */
  rotation: Quaternion
}

export function needleAxis(entryMm: readonly number[], tipMm: readonly number[]): NeedleAxis {
  const entry = new Vector3().fromArray(entryMm)
  const direction = new Vector3().fromArray(tipMm).sub(entry).normalize()
  return { entry, direction, rotation: new Quaternion().setFromUnitVectors(Y, direction) }
}

/** Writes into `out` the point `depthMm` along the axis from the entry (negative: behind it). */
export function alongAxis(axis: NeedleAxis, depthMm: number, out: Vector3): Vector3 {
  return out.copy(axis.direction).multiplyScalar(depthMm).add(axis.entry)
}
