/**
 * Drives the story's sections through the fractured vertebra (sectionPlane.ts) each frame: sweeps
 * them in and out as the chapter and the viewer's See inside ask, clips the bone's material with
 * them (its cut faces drawn as cancellous bone), and shows what they take away as a glaze mesh.
 * The educator's cut-away clips this bone with its own plane instead; there See inside makes the
 * bone see-through, as an X-ray.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { type RefObject, useMemo, useRef } from 'react'
import { type Group, type Material, type Mesh, Plane } from 'three'
import type { VertebraDimensions } from '../anatomy/levels.ts'
import type { Needle } from '../sim/instruments.ts'
import { appStore } from '../state/store.ts'
import { setCaps } from './cutCaps.ts'
import { usePlaybackFrame } from './PlaybackFrame.tsx'
import { prefersReducedMotion } from './reducedMotion.ts'
import { archCutIn, archPlane, sidePlane } from './sectionPlane.ts'
import type { SeeThroughBone } from './seeThroughBone.ts'

/** A cut sweeps in (and the see-through fades) over about this long, s. */
const FADE_S = 0.6

interface BoneSection {
  /** The glaze mesh (what the cuts take away) reads these; they are moved every frame. */
  glazePlanes: Plane[]
}

export function useBoneSection(
  bone: SeeThroughBone,
  glaze: RefObject<Mesh | null>,
  group: RefObject<Group | null>,
  needle: Needle | null,
  dims: VertebraDimensions,
): BoneSection {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const frame = usePlaybackFrame()
  const state = useRef({ side: 0, arch: 0, seeThrough: 0 })
  const planes = useMemo(
    () => ({ local: new Plane(), cuts: [new Plane(), new Plane()], glaze: [new Plane(), new Plane()] }),
    [],
  )
  useFrame((_, deltaS) => {
    const { seeInside, mode } = appStore.getState().view
    // By default the inside shows from the moment the needle reaches the bone; the viewer can say always or never.
    const wanted = seeInside === 'auto' ? frame.current.boneReached : seeInside === 'on'
    const cutaway = mode === 'cutaway'
    const story = wanted && !cutaway && needle !== null
    const step = prefersReducedMotion() ? 1 : deltaS / FADE_S
    const toward = (from: number, to: number) => from + Math.max(-step, Math.min(step, to - from))
    const now = state.current
    const side = toward(now.side, story ? 1 : 0)
    const arch = toward(now.arch, story && archCutIn(frame.current.chapter) ? 1 : 0)
    const seeThrough = toward(now.seeThrough, wanted && cutaway ? 1 : 0)
    if (seeThrough !== now.seeThrough) bone.setSeeThrough(seeThrough)
    const material = bone.material as Material
    if (!cutaway && needle && group.current) {
      const [sideCut, archCut] = planes.cuts as [Plane, Plane]
      if (material.clippingPlanes?.[0] !== sideCut) {
        gl.localClippingEnabled = true
        material.clippingPlanes = planes.cuts
        material.needsUpdate = true
      }
      // This frame's place: the column's layout (priority −1) has just moved it, and three.js would
      // only update the world matrix when it renders, after this callback.
      group.current.updateWorldMatrix(true, false)
      const world = group.current.matrixWorld
      sideCut.copy(sidePlane(needle, side, planes.local)).applyMatrix4(world)
      archCut.copy(archPlane(dims, arch, planes.local)).applyMatrix4(world)
      for (const [i, cut] of planes.cuts.entries()) planes.glaze[i]?.copy(cut).negate()
      setCaps(material, side > 0 || arch > 0)
    }
    if (glaze.current) glaze.current.visible = !cutaway && (side > 0 || arch > 0)
    if (side !== now.side || arch !== now.arch || seeThrough !== now.seeThrough) {
      state.current = { side, arch, seeThrough }
      invalidate()
    }
  })
  return { glazePlanes: planes.glaze }
}
