/**
 * Ghosts the column around the fractured vertebra while the story is inside the body: every bone
 * but the fractured one fades to a faint glaze that keeps its outline, and the discs to a haze, so
 * the neighbours give their context without hiding the subject. Solid in the fracture chapter,
 * which shows the column itself, and in the cut-away, which cuts it instead. The column's
 * materials are shared by every intact bone, so one change ghosts them all.
 */
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { appStore } from '../state/store.ts'
import { useColumnMaterials } from './boneMaterial.ts'
import { usePlaybackFrame } from './PlaybackFrame.tsx'
import { prefersReducedMotion } from './reducedMotion.ts'

/** Opacity of a ghosted disc. */
const GHOST_DISC_OPACITY = 0.12
/** The fade takes about this long, s. */
const FADE_S = 0.6

export function useGhostColumn() {
  const { ghostBones, disc } = useColumnMaterials()
  const frame = usePlaybackFrame()
  const amount = useRef(0)
  const applied = useRef(false)
  useFrame((state, deltaS) => {
    const cut = appStore.getState().view.mode === 'cutaway'
    const target = !cut && frame.current.chapter !== 'fracture' ? 1 : 0
    const step = prefersReducedMotion() ? 1 : deltaS / FADE_S
    const next = amount.current + Math.max(-step, Math.min(step, target - amount.current))
    if (next === amount.current && applied.current) return
    amount.current = next
    applied.current = true
    ghostBones(next)
    const opacity = 1 - next * (1 - GHOST_DISC_OPACITY)
    disc.opacity = opacity
    disc.transparent = opacity < 1
    disc.depthWrite = opacity === 1
    if (next !== target) state.invalidate()
  })
}
