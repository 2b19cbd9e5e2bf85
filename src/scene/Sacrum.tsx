import type { SagittalPose } from '../anatomy/column.ts'
import { boneMaterial } from './boneMaterial.ts'
import { poseProps } from './partPose.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'

export function Sacrum({ pose }: { pose: SagittalPose }) {
  return <mesh name="sacrum" geometry={useBoneGeometry('S')} material={boneMaterial} {...poseProps(pose)} />
}
