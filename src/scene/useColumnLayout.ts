/** The column's layout for the current fracture, recomputed only when the fracture changes. */
import { useMemo } from 'react'
import { type ColumnPart, layoutColumn, type SagittalPose } from '../anatomy/column.ts'
import type { Fracture } from '../anatomy/fracture.ts'
import type { Level } from '../anatomy/levels.ts'
import { useAppStore } from '../state/useAppStore.ts'

export interface ColumnState {
  poses: Record<ColumnPart, SagittalPose>
  fractureLevel: Level
  fracture: Fracture
}

export function useColumnLayout(): ColumnState {
  const fractureLevel = useAppStore((s) => s.scenario.level)
  const shape = useAppStore((s) => s.scenario.shape)
  const heightLossPct = useAppStore((s) => s.scenario.heightLossPct)
  return useMemo(() => {
    const fracture = { shape, heightLossPct }
    return { poses: layoutColumn({ level: fractureLevel, fracture }), fractureLevel, fracture }
  }, [fractureLevel, shape, heightLossPct])
}
