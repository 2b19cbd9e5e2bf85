import type { RenderQuality } from './renderQuality.ts'

/**
 * Pixel ratio while the story plays on a software renderer: 0.55 of the CSS size in each direction,
 * under a third of the pixels. Where the CPU shades every pixel the frame rate is bound by them (the
 * cement chapter: 27 fps in a 944 × 512 canvas, 44 fps in 624 × 352; docs/PERFORMANCE.md), and in
 * motion the softer picture shows less than a stutter would. It was 0.7 (half the pixels) until the
 * view grew to the window's width (1280 × 520, 38 % more pixels) and the close-ups filled it with
 * the cut bone. A paused view is drawn at full resolution again, so every still, screenshot and
 * picture saved is sharp. Hardware GPUs keep their ratio.
 */
export const MOVING_DPR = 0.55

/**
 * The canvas's pixel ratio for `<Canvas dpr>`. A prop, not `setDpr` from an effect: R3F applies the
 * prop again on every render of the canvas, which undid the effect's ratio for as long as the
 * story played (found in 2026-11: the canvas stayed at full resolution in motion).
 */
export function canvasDpr(quality: RenderQuality, playing: boolean): RenderQuality['dpr'] | number {
  return quality.software && playing ? MOVING_DPR : quality.dpr
}
