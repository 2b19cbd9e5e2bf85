/** three.js transform props for a part's sagittal pose (anatomy/column.ts), in mm. */
import type { SagittalPose } from '../anatomy/column.ts'

export function poseProps(pose: SagittalPose) {
  return {
    position: [0, pose.yMm, pose.zMm] as [number, number, number],
    rotation: [pose.angleRad, 0, 0] as [number, number, number],
  }
}
