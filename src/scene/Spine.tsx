import { LEVELS } from '../anatomy/levels.ts'
import { Discs } from './Discs.tsx'
import { LevelLabels } from './LevelLabels.tsx'
import { Sacrum } from './Sacrum.tsx'
import type { ColumnState } from './useColumnLayout.ts'
import { Vertebra } from './Vertebra.tsx'

/** The column T1–sacrum with its discs, the fractured level compressed. */
export function Spine({ column }: { column: ColumnState }) {
  const { poses, fractureLevel, fracture } = column
  return (
    <group name="spine">
      <Sacrum pose={poses.S} />
      {LEVELS.map((level) => (
        <Vertebra
          key={level}
          level={level}
          pose={poses[level]}
          {...(level === fractureLevel
            ? { fractureShape: fracture.shape, heightLossPct: fracture.heightLossPct }
            : {})}
        />
      ))}
      <Discs poses={poses} fractureLevel={fractureLevel} fracture={fracture} />
      <LevelLabels poses={poses} fractureLevel={fractureLevel} />
    </group>
  )
}
