import { useEffect, useMemo } from 'react'
import { applyPose, type ColumnPart, type SagittalPose } from '../anatomy/column.ts'
import { endplateRim } from '../anatomy/endplateRim.ts'
import type { Fracture } from '../anatomy/fracture.ts'
import { LEVELS, type Level, levelDimensions } from '../anatomy/levels.ts'
import { SACRUM_ENDPLATE } from '../anatomy/sacrumField.ts'
import { discGeometry } from '../geometry/discGeometry.ts'
import { discMaterial } from './boneMaterial.ts'

const RIM_POINTS = 48

interface DiscsProps {
  poses: Record<ColumnPart, SagittalPose>
  fractureLevel: Level
  fracture: Fracture
}

/** Places rim points (vertebra frame) into the column's frame. */
function place(points: Float32Array, pose: SagittalPose): Float32Array {
  const out = new Float32Array(points.length)
  for (let i = 0; i < points.length; i += 3) {
    const [y, z] = applyPose(pose, points[i + 1] as number, points[i + 2] as number)
    out[i] = points[i] as number
    out[i + 1] = y
    out[i + 2] = z
  }
  return out
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

/** Every disc from T1/T2 to L5/S1, rebuilt when the column moves (a fracture changes it). */
export function Discs({ poses, fractureLevel, fracture }: DiscsProps) {
  const geometries = useMemo(() => {
    const fractureOf = (l: Level) => (l === fractureLevel ? fracture : undefined)
    return LEVELS.map((upper, i) => {
      const lower: ColumnPart = LEVELS[i + 1] ?? 'S'
      const upperRim = place(
        endplateRim(levelDimensions(upper), 'bottom', RIM_POINTS, fractureOf(upper)),
        poses[upper],
      )
      const lowerRim =
        lower === 'S'
          ? place(sacralRim(), poses.S)
          : place(endplateRim(levelDimensions(lower), 'top', RIM_POINTS, fractureOf(lower)), poses[lower])
      return { name: `disc-${upper}-${lower}`, geometry: discGeometry(lowerRim, upperRim) }
    })
  }, [poses, fractureLevel, fracture])
  useEffect(
    () => () => {
      for (const g of geometries) g.geometry.dispose()
    },
    [geometries],
  )
  return (
    <group name="discs">
      {geometries.map(({ name, geometry }) => (
        <mesh key={name} name={name} geometry={geometry} material={discMaterial} />
      ))}
    </group>
  )
}
