/**
 * The back around the fractured level in the fractured vertebra's frame (skin and the erector
 * spinae muscles), and where each needle crosses the skin: found by casting its axis backwards from
 * the bone entry onto the skin.
 */
import { useEffect, useMemo } from 'react'
import { type BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three'
import { composePoses, invertPose, layoutColumn } from '../../anatomy/column.ts'
import type { Fracture } from '../../anatomy/fracture.ts'
import { LEVELS, type Level, levelDimensions } from '../../anatomy/levels.ts'
import { type BackSection, muscleGeometry, skinGeometry } from '../../geometry/backGeometry.ts'
import type { NeedleAxis } from '../../geometry/needleFrame.ts'

/** Levels of the outline above and below the fractured one. */
const REACH_LEVELS = 3

export interface BackOutline {
  skin: BufferGeometry
  muscles: [BufferGeometry, BufferGeometry]
}

export interface SkinCrossing {
  /** Distance from the bone entry back to the skin along the axis, mm. */
  distanceMm: number
  point: Vector3
  /** The skin's outward normal there. */
  normal: Vector3
}

export function useBackOutline(level: Level, fracture: Fracture): BackOutline {
  const { shape, heightLossPct } = fracture
  const outline = useMemo(() => {
    const poses = layoutColumn({ level, fracture: { shape, heightLossPct } })
    const toLocal = invertPose(poses[level])
    const index = LEVELS.indexOf(level)
    const sections: BackSection[] = LEVELS.slice(
      Math.max(0, index - REACH_LEVELS),
      index + REACH_LEVELS + 1,
    ).map((l) => ({ dims: levelDimensions(l), pose: composePoses(toLocal, poses[l]) }))
    return {
      skin: skinGeometry(sections),
      muscles: [muscleGeometry(sections, 1), muscleGeometry(sections, -1)],
    }
  }, [level, shape, heightLossPct]) as BackOutline
  useEffect(
    () => () => {
      outline.skin.dispose()
      for (const m of outline.muscles) m.dispose()
    },
    [outline],
  )
  return outline
}

const _ray = new Raycaster()
const _back = new Vector3()

/** Where `axis`, followed backwards from the bone entry, leaves through `skin` (null if it misses). */
export function skinCrossing(skin: BufferGeometry, axis: NeedleAxis): SkinCrossing | null {
  const mesh = new Mesh(skin, new MeshBasicMaterial({ side: DoubleSide }))
  _ray.set(axis.entry, _back.copy(axis.direction).negate())
  const hit = _ray.intersectObject(mesh, false)[0]
  ;(mesh.material as MeshBasicMaterial).dispose()
  if (!hit?.face) return null
  const normal = hit.face.normal.clone()
  if (normal.dot(_back) < 0) normal.negate()
  return { distanceMm: hit.distance, point: hit.point.clone(), normal }
}
