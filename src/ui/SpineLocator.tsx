/**
 * Where on the spine we are: a small side view of the column (each body as the layout places it,
 * anatomy/column.ts), the fractured level marked, in the corner of the view while a close-up hides
 * the column. Decorative to a screen reader but for its label, which names the level.
 */
import { useMemo } from 'react'
import { applyPose, layoutColumn } from '../anatomy/column.ts'
import { LEVELS, type Level, levelDimensions } from '../anatomy/levels.ts'
import { t } from '../i18n/t.ts'
import { useAppStore } from '../state/useAppStore.ts'

interface Body {
  level: Level
  /** SVG points: x anterior (to the right, as the view looks from the patient's right), y down. */
  points: string
  centre: [number, number]
}

/** The bodies of the intact column, in millimetres (drawn once; only the mark moves). */
function columnBodies(): { bodies: Body[]; viewBox: string } {
  const poses = layoutColumn()
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  const bodies = LEVELS.map((level) => {
    const d = levelDimensions(level)
    const corners: [number, number][] = [
      [-d.posteriorHeightMm / 2, -d.bodyDepthMm / 2],
      [-d.anteriorHeightMm / 2, d.bodyDepthMm / 2],
      [d.anteriorHeightMm / 2, d.bodyDepthMm / 2],
      [d.posteriorHeightMm / 2, -d.bodyDepthMm / 2],
    ]
    const placed = corners.map(([y, z]) => applyPose(poses[level], y, z)).map(([y, z]) => [z, -y] as const)
    for (const [x, y] of placed) {
      minX = Math.min(minX, x)
      maxX = Math.max(maxX, x)
      minY = Math.min(minY, y)
      maxY = Math.max(maxY, y)
    }
    const [cy, cz] = applyPose(poses[level], 0, 0)
    return {
      level,
      points: placed.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' '),
      centre: [cz, -cy],
    }
  }) as Body[]
  const pad = 6
  // Room on the right for the level's name.
  return {
    bodies,
    viewBox: `${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad + 40} ${maxY - minY + 2 * pad}`,
  }
}

export function SpineLocator() {
  const level = useAppStore((s) => s.scenario.level)
  const { bodies, viewBox } = useMemo(columnBodies, [])
  const marked = bodies.find((b) => b.level === level)
  return (
    <figure className="locator" data-level={level} data-over-view="left">
      <svg viewBox={viewBox} role="img" aria-label={t('locator.label', { level })}>
        {bodies.map((b) => (
          <polygon
            key={b.level}
            points={b.points}
            className={b.level === level ? 'locator-mark' : undefined}
          />
        ))}
        {marked && (
          <text x={marked.centre[0] + 26} y={marked.centre[1] + 7} className="locator-name">
            {level}
          </text>
        )}
      </svg>
    </figure>
  )
}
