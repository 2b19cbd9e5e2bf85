import { useColumnMaterials } from './boneMaterial.ts'
import { useColumnGeometry } from './useBoneGeometry.ts'

/** The sacrum in its own frame (its group places it in the column). */
export function Sacrum() {
  const geometry = useColumnGeometry('S')
  return <mesh name="sacrum" geometry={geometry} material={useColumnMaterials().bone} />
}
