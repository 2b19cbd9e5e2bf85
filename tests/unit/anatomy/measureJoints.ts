/**
 * Test helper: measures a facet joint's space from the two fields, as one would on CT. Over a grid
 * of the articular area, start on the lower part's superior facet and walk along the joint's
 * normal until the upper vertebra's bone begins: that walk is the gap there.
 */
import { type FacetJoint, jointPoint, transfer } from '../../../src/anatomy/facetJoints.ts'
import { levelJoints } from '../../../src/anatomy/levelArch.ts'
import { LEVELS, type Level } from '../../../src/anatomy/levels.ts'
import { sacrumDistance } from '../../../src/anatomy/sacrumField.ts'
import type { Vec3 } from '../../../src/anatomy/sdf.ts'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'

export interface GapSample {
  u: number
  t: number
  /** Lower part's field at the start point: how far the start is from its surface. */
  startOffMm: number
  /** Distance along the normal to the upper vertebra's bone (Infinity: none within 8 mm). */
  gapMm: number
}

/** Neighbouring pairs: each level with the part below it (L5 with the sacrum). */
export const JOINT_PAIRS: readonly [Level, Level | 'S'][] = LEVELS.map((l, i) => [
  l,
  (LEVELS[i + 1] ?? 'S') as Level | 'S',
])

/** Gap samples over the articular area of the left joint between `upper` and the part below. */
export function facetGaps(upper: Level, lower: Level | 'S', steps = 7): GapSample[] {
  const joint: FacetJoint = levelJoints(upper).below
  const lowerDistance = lower === 'S' ? sacrumDistance : vertebraField(lower).distance
  const upperField = vertebraField(upper).distance
  const inUpper = (p: Vec3) => upperField(...transfer(joint.lowerToUpper, p))
  const samples: GapSample[] = []
  // The articular area is an oval: sample inside it, inset from the edges where the rounding begins.
  const hu = joint.halfWidthMm - 0.8
  const ht = joint.halfHeightMm - 0.8
  for (let i = 0; i < steps; i++) {
    for (let k = 0; k < steps; k++) {
      const u = -hu + (2 * hu * i) / (steps - 1)
      const t = -ht + (2 * ht * k) / (steps - 1)
      if ((u / hu) ** 2 + (t / ht) ** 2 > 1) continue
      const start = jointPoint(joint, -joint.gapMm / 2, u, t)
      const ahead = jointPoint(joint, -joint.gapMm / 2 + 1, u, t)
      const n = [0, 1, 2].map((a) => (ahead[a] as number) - (start[a] as number)) as unknown as Vec3
      // From where the lower bone ends along the normal to where the upper bone begins.
      let leaves = Number.NaN
      let gapMm = Number.POSITIVE_INFINITY
      for (let s = -3; s <= 8; s += 0.02) {
        const p: Vec3 = [start[0] + n[0] * s, start[1] + n[1] * s, start[2] + n[2] * s]
        if (Number.isNaN(leaves) && lowerDistance(...p) > 0) leaves = s
        if (!Number.isNaN(leaves) && inUpper(p) < 0) {
          gapMm = s - leaves
          break
        }
      }
      samples.push({ u, t, startOffMm: lowerDistance(...start), gapMm })
    }
  }
  return samples
}
