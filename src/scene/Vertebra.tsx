import type { Level } from '../anatomy/levels.ts'
import { useColumnMaterials } from './boneMaterial.ts'
import { useColumnGeometry } from './useBoneGeometry.ts'

/** An intact vertebra in its own frame (its group places it in the column). */
export function Vertebra({ level }: { level: Level }) {
  const geometry = useColumnGeometry(level)
  return <mesh name={`vertebra-${level}`} geometry={geometry} material={useColumnMaterials().bone} />
}
