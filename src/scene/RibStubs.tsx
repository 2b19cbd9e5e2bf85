import type { Level } from '../anatomy/levels.ts'
import type { RibModelName } from '../geometry/modelNames.ts'
import { useColumnMaterials } from './boneMaterial.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'

/**
 * The stubs of a thoracic level's pair of ribs (rib n belongs to Tn), in the level's frame: place
 * it in the level's group. Drawn intact, also on the fractured level, where the heads sit at the
 * back of the body's upper edge and a collapse moves them little.
 */
export function RibStubs({ level }: { level: Level }) {
  const geometry = useBoneGeometry(`${level}-ribs` as RibModelName)
  return <mesh name={`ribs-${level}`} geometry={geometry} material={useColumnMaterials().bone} />
}
