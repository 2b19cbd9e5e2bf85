import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Group, Mesh, MeshStandardMaterial, SphereGeometry } from 'three'
import { buildLeakTubes, type LeakTube, tubeIndexCount } from '../../geometry/leakGeometry.ts'
import { leakShape, leakShare } from '../../geometry/leakShape.ts'
import type { LeakEvent } from '../../sim/cementFlow.ts'
import type { ProcedureResult } from '../../sim/run.ts'

/** Okabe–Ito vermilion: a warning colour that stays distinct from ivory bone and grey cement for colour-blind viewers. */
export const LEAK_COLOR = '#D55E00'

export interface LeaksProps {
  /** The simulated procedure; the leaks are rebuilt when it changes. */
  result: ProcedureResult
  /** Playback time, procedure seconds; read every frame, never through React state. */
  procedureTimeS: { readonly current: number }
  /**
   * Leaks smaller than this are not drawn, mL. Default 0: every trace the simulation lets out
   * (pass CALIBRATION.seenLeakMl to draw only what an X-ray would show).
   */
  minVolumeMl?: number
}

/** What one leak draws, and what the frame loop moves. */
interface LeakPart {
  leak: LeakEvent
  tubes: { tube: LeakTube; mesh: Mesh; tip: Mesh }[]
  /** The blob and its full size and place (growing out of the wall along `outward`). */
  blob: { mesh: Mesh; anchor: readonly number[]; outward: readonly number[]; radii: readonly number[] } | null
}

/**
 * Cement outside the body, along each leak's route, in a warning colour: each leak appears when
 * the cement reaches its exit and grows evenly to its volume by the end of injection, as
 * `sampleProcedure` counts it (veins are revealed along their length, blobs swell). Mount it in the
 * vertebra's frame (mm), beside `CementVolume`.
 */
export function Leaks({ result, procedureTimeS, minVolumeMl = 0 }: LeaksProps) {
  const endS = result.phases.find((p) => p.id === 'cementInjection')?.endS ?? 0
  const built = useMemo(() => buildLeaks(result, minVolumeMl), [result, minVolumeMl])
  useEffect(() => () => disposeLeaks(built), [built])
  useFrame(() => {
    const t = procedureTimeS.current
    for (const part of built.parts) revealLeak(part, leakShare(part.leak, endS, t))
  })
  return <primitive object={built.group} dispose={null} />
}

function buildLeaks(result: ProcedureResult, minVolumeMl: number) {
  const group = new Group()
  group.name = 'leaks'
  const material = new MeshStandardMaterial({
    color: LEAK_COLOR,
    emissive: LEAK_COLOR,
    emissiveIntensity: 0.18,
    roughness: 0.6,
    metalness: 0,
  })
  const sphere = new SphereGeometry(1, 20, 14)
  const parts: LeakPart[] = result.leaks
    .filter((leak) => leak.volumeMl >= minVolumeMl)
    .map((leak) => {
      const shape = leakShape(leak, result.grid)
      const tubes = buildLeakTubes(shape).map((tube) => {
        const mesh = new Mesh(tube.geometry, material)
        // A round end on the growing tip, and one at the exit.
        const tip = new Mesh(sphere, material)
        tip.scale.setScalar(shape.tubeRadiusMm)
        const root = new Mesh(sphere, material)
        root.scale.setScalar(shape.tubeRadiusMm)
        root.position.fromArray(tube.centreMm, 0)
        mesh.add(tip, root)
        group.add(mesh)
        return { tube, mesh, tip }
      })
      let blob: LeakPart['blob'] = null
      if (shape.blob) {
        const mesh = new Mesh(sphere, material)
        mesh.quaternion.fromArray(shape.blob.quaternion)
        group.add(mesh)
        blob = { mesh, anchor: shape.blob.anchorMm, outward: shape.blob.outward, radii: shape.blob.radiiMm }
      }
      const part = { leak, tubes, blob }
      revealLeak(part, 0)
      return part
    })
  return { group, parts, material, sphere }
}

function disposeLeaks(built: ReturnType<typeof buildLeaks>): void {
  for (const part of built.parts) for (const { tube } of part.tubes) tube.geometry.dispose()
  built.sphere.dispose()
  built.material.dispose()
}

/** Show `share` (0–1) of a leak: veins drawn that far along, blobs swollen to that volume. */
function revealLeak(part: LeakPart, share: number): void {
  for (const { tube, mesh, tip } of part.tubes) {
    mesh.visible = share > 0
    const rings = share * tube.segments
    const whole = Math.floor(rings)
    tube.geometry.setDrawRange(0, tubeIndexCount(tube, whole))
    // The cap rides the centre line between two rings.
    const i = Math.min(whole, tube.segments - 1)
    const f = Math.min(1, rings - i)
    const c = tube.centreMm
    tip.position.set(
      (c[3 * i] as number) + f * ((c[3 * i + 3] as number) - (c[3 * i] as number)),
      (c[3 * i + 1] as number) + f * ((c[3 * i + 4] as number) - (c[3 * i + 1] as number)),
      (c[3 * i + 2] as number) + f * ((c[3 * i + 5] as number) - (c[3 * i + 2] as number)),
    )
  }
  const blob = part.blob
  if (blob) {
    // Volume grows with the share, so each radius with its cube root; the blob stays on the wall.
    const g = Math.cbrt(share)
    const [a, b, c] = blob.radii as [number, number, number]
    blob.mesh.visible = share > 0
    blob.mesh.scale.set(a * g, b * g, c * g)
    const out = 0.45 * c * g
    blob.mesh.position.set(
      (blob.anchor[0] as number) + (blob.outward[0] as number) * out,
      (blob.anchor[1] as number) + (blob.outward[1] as number) * out,
      (blob.anchor[2] as number) + (blob.outward[2] as number) * out,
    )
  }
}
