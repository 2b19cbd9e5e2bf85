/**
 * A part's intact geometry from its generated model (`boneModels.ts`), suspending until it is
 * there. Shared between every mesh that shows the part: never dispose it.
 */
import { use } from 'react'
import type { BufferGeometry } from 'three'
import type { ColumnPart } from '../anatomy/column.ts'
import type { RibModelName } from '../geometry/buildModel.ts'
import { loadBoneModel } from './boneModels.ts'

export function useBoneGeometry(part: ColumnPart | RibModelName): BufferGeometry {
  return use(loadBoneModel(part))
}
