import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { useAppStore } from '../state/useAppStore.ts'
import { useRenderQuality } from './RenderQualityContext.tsx'

/**
 * Pixel ratio while the story plays on a software renderer: 0.7 of the CSS size in each direction,
 * half the pixels. Where the CPU shades every pixel the frame rate is bound by them (a quarter of
 * the pixels: 15 → 24 fps in the cement chapter, docs/PERFORMANCE.md), and in motion the softer
 * picture shows less than a stutter would. A paused view is drawn at full resolution again, so
 * every still, screenshot and picture saved is sharp. Hardware GPUs keep their pixel ratio.
 */
export const MOVING_DPR = 0.7

export function MotionResolution() {
  const quality = useRenderQuality()
  const playing = useAppStore((s) => s.playback.playing)
  const setDpr = useThree((s) => s.setDpr)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (!quality?.software) return
    setDpr(playing ? MOVING_DPR : quality.dpr[1])
    invalidate()
  }, [quality, playing, setDpr, invalidate])
  return null
}
