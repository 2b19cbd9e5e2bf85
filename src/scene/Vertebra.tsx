import type { Level } from '../anatomy/levels.ts'
import { useColumnMaterials } from './boneMaterial.ts'
import { useBoneGeometry } from './useBoneGeometry.ts'

/** An intact vertebra in its own frame (its group places it in the column). */
export function Vertebra({ level }: { level: Level }) {
  return (
    <mesh name={`vertebra-${level}`} geometry={useBoneGeometry(level)} material={useColumnMaterials().bone} />
  )
}
