import { type Level, levelDimensions } from '../anatomy/levels.ts'
import { SceneHtml } from './SceneHtml.tsx'

/** A level's name (T12, L1, …) just in front of its body, in the vertebra's frame, so it follows the column. */
export function LevelLabel({ level, fractured }: { level: Level; fractured: boolean }) {
  return (
    <SceneHtml
      position={[0, 0, levelDimensions(level).bodyDepthMm / 2 + 12]}
      center
      className={fractured ? 'level-label level-label--fractured' : 'level-label'}
      zIndexRange={[10, 0]}
    >
      {level}
    </SceneHtml>
  )
}
