import { Html } from '@react-three/drei'
import { applyPose, type ColumnPart, type SagittalPose } from '../anatomy/column.ts'
import { LEVELS, type Level, levelDimensions } from '../anatomy/levels.ts'
import { useAppStore } from '../state/useAppStore.ts'

interface LevelLabelsProps {
  poses: Record<ColumnPart, SagittalPose>
  fractureLevel: Level
}

/** Level names (T12, L1, …) just in front of each body; switched by the view state. */
export function LevelLabels({ poses, fractureLevel }: LevelLabelsProps) {
  const visible = useAppStore((s) => s.view.labels)
  if (!visible) return null
  return (
    <group name="level-labels">
      {LEVELS.map((level) => {
        const dims = levelDimensions(level)
        const [y, z] = applyPose(poses[level], 0, dims.bodyDepthMm / 2 + 12)
        return (
          <Html
            key={level}
            position={[0, y, z]}
            center
            className={level === fractureLevel ? 'level-label level-label--fractured' : 'level-label'}
            zIndexRange={[10, 0]}
          >
            {level}
          </Html>
        )
      })}
    </group>
  )
}
