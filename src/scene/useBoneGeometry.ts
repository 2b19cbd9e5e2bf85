/**
 * A part's intact geometry from its generated model (`boneModels.ts`), suspending until it is
 * there. Shared between every mesh that shows the part: never dispose it.
 */
import { use } from 'react'
import type { BufferGeometry } from 'three'
import type { ColumnPart } from '../anatomy/column.ts'
import type { RibModelName } from '../geometry/modelNames.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { loadBoneModel } from './boneModels.ts'
import { useRenderQuality } from './RenderQualityContext.tsx'

/** The detailed geometry, or with `coarse` the model's coarse level of detail where it has one. */
export function useBoneGeometry(part: ColumnPart | RibModelName, coarse = false): BufferGeometry {
  const model = use(loadBoneModel(part))
  return (coarse && model.coarse) || model.detailed
}

/**
 * An intact bone of the column: coarse while the story plays where the device asks for it
 * (`RenderQuality.coarseInMotion`), detailed when it stops, so every still is drawn in full.
 */
export function useColumnGeometry(part: ColumnPart): BufferGeometry {
  const coarseInMotion = useRenderQuality()?.coarseInMotion ?? false
  const playing = useAppStore((s) => s.playback.playing)
  return useBoneGeometry(part, coarseInMotion && playing)
}
