import { type Ref, useEffect, useImperativeHandle, useMemo } from 'react'
import { applyPose, type ColumnPart, layoutColumn, type SagittalPose } from '../anatomy/column.ts'
import { endplateRim } from '../anatomy/endplateRim.ts'
import { type Fracture, warpPoint } from '../anatomy/fracture.ts'
import { LEVELS, type Level, levelDimensions } from '../anatomy/levels.ts'
import { SACRUM_ENDPLATE } from '../anatomy/sacrumField.ts'
import { discGeometry, updateDiscGeometry } from '../geometry/discGeometry.ts'
import { useColumnMaterials } from './boneMaterial.ts'

const RIM_POINTS = 48

/** Moves every disc to a new layout of the column (the column moves during playback). */
export interface DiscsHandle {
  update(poses: Record<ColumnPart, SagittalPose>, fractureLevel: Level, fracture: Fracture): void
}

/** Places rim points (vertebra frame) into the column's frame, in place. */
function place(points: Float32Array, pose: SagittalPose): Float32Array {
  for (let i = 0; i < points.length; i += 3) {
    const [y, z] = applyPose(pose, points[i + 1] as number, points[i + 2] as number)
    points[i + 1] = y
    points[i + 2] = z
  }
  return points
}

/** The sacrum's endplate outline: S1's flat oval top. */
function sacralRim(): Float32Array {
  const out = new Float32Array(RIM_POINTS * 3)
  for (let i = 0; i < RIM_POINTS; i++) {
    const a = (i / RIM_POINTS) * Math.PI * 2
    out.set(
      [Math.sin(a) * (SACRUM_ENDPLATE.widthMm / 2 - 2), 0, Math.cos(a) * (SACRUM_ENDPLATE.depthMm / 2 - 2)],
      i * 3,
    )
  }
  return out
}

// Intact rims in each vertebra's frame, found once (a search along 48 rays each); a fractured rim
// is the intact one warped, which is cheap enough for every frame of the balloon's lift.
const intactRims = new Map<string, Float32Array>()
const _p = [0, 0, 0]

function rim(level: Level, side: 'top' | 'bottom', fracture?: Fracture): Float32Array {
  const key = `${level}:${side}`
  let intact = intactRims.get(key)
  if (!intact) {
    intact = endplateRim(levelDimensions(level), side, RIM_POINTS)
    intactRims.set(key, intact)
  }
  const out = intact.slice()
  if (!fracture) return out
  const dims = levelDimensions(level)
  for (let i = 0; i < out.length; i += 3) {
    _p[0] = out[i] as number
    _p[1] = out[i + 1] as number
    _p[2] = out[i + 2] as number
    warpPoint(dims, fracture, _p, _p)
    out[i + 1] = _p[1] as number
  }
  return out
}

/** Each disc's two rims, in the column's frame, for a layout. */
function discRims(poses: Record<ColumnPart, SagittalPose>, fractureLevel?: Level, fracture?: Fracture) {
  const fractureOf = (l: Level) => (l === fractureLevel ? fracture : undefined)
  return LEVELS.map((upper, i) => {
    const lower: ColumnPart = LEVELS[i + 1] ?? 'S'
    const upperRim = place(rim(upper, 'bottom', fractureOf(upper)), poses[upper])
    const lowerRim =
      lower === 'S' ? place(sacralRim(), poses.S) : place(rim(lower, 'top', fractureOf(lower)), poses[lower])
    return { name: `disc-${upper}-${lower}`, lowerRim, upperRim }
  })
}

/** Every disc from T1/T2 to L5/S1, made once and moved in place when the column moves. */
export function Discs({ ref }: { ref?: Ref<DiscsHandle> }) {
  const discs = useMemo(
    () =>
      discRims(layoutColumn()).map(({ name, lowerRim, upperRim }) => ({
        name,
        geometry: discGeometry(lowerRim, upperRim),
      })),
    [],
  )
  useEffect(
    () => () => {
      for (const d of discs) d.geometry.dispose()
    },
    [discs],
  )
  useImperativeHandle(
    ref,
    () => ({
      update(poses, fractureLevel, fracture) {
        discRims(poses, fractureLevel, fracture).forEach(({ lowerRim, upperRim }, i) => {
          const disc = discs[i]
          if (disc) updateDiscGeometry(disc.geometry, lowerRim, upperRim)
        })
      },
    }),
    [discs],
  )
  const { disc: material } = useColumnMaterials()
  return (
    <group name="discs">
      {discs.map(({ name, geometry }) => (
        <mesh key={name} name={name} geometry={geometry} material={material} />
      ))}
    </group>
  )
}
