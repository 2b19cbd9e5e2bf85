import { useColumnMaterials } from './boneMaterial.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'

/** The sacrum in its own frame (its group places it in the column). */
export function Sacrum() {
  return <mesh name="sacrum" geometry={useBoneGeometry('S')} material={useColumnMaterials().bone} />
}
