/**
 * Silhouettes, compared as the anatomy's reference test compares them (docs/ANATOMY.md): the
 * pixels that differ from the picture's background, cropped to their bounding box, scaled to a
 * square (200 × 200 by default) and held against another silhouette by intersection over union.
 * Cropping and scaling make the comparison blind to size and placement: only shape counts.
 */
import type { Image } from './png.ts'

/** A square bit mask, row by row (1: bone). */
export interface Silhouette {
  size: number
  bits: Uint8Array
}

/**
 * Pixels that differ from the background, taken as the top-left pixel's colour, by more than
 * `tolerance` in some channel (0 for flat silhouettes; more for shaded, anti-aliased pictures).
 */
export function foreground(image: Image, tolerance = 0): Uint8Array {
  const { rgb } = image
  const mask = new Uint8Array(image.width * image.height)
  for (let i = 0; i < mask.length; i++) {
    const o = i * 3
    const diff = Math.max(
      Math.abs((rgb[o] as number) - (rgb[0] as number)),
      Math.abs((rgb[o + 1] as number) - (rgb[1] as number)),
      Math.abs((rgb[o + 2] as number) - (rgb[2] as number)),
    )
    mask[i] = diff > tolerance ? 1 : 0
  }
  return mask
}

/**
 * The foreground cropped to its bounding box and scaled to `size` × `size`: a pixel is bone when
 * at least half of the area it covers in the source is (3 × 3 samples), so that a render at a
 * lower resolution than the square still gives a fair outline.
 */
export function silhouette(image: Image, size = 200, tolerance = 0): Silhouette {
  const mask = foreground(image, tolerance)
  const w = image.width
  let x0 = w
  let y0 = image.height
  let x1 = -1
  let y1 = -1
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < w; x++) {
      if (!mask[y * w + x]) continue
      x0 = Math.min(x0, x)
      x1 = Math.max(x1, x)
      y0 = Math.min(y0, y)
      y1 = Math.max(y1, y)
    }
  }
  if (x1 < 0) throw new Error('silhouette: the picture is empty (every pixel is background)')
  const bw = x1 - x0 + 1
  const bh = y1 - y0 + 1
  const bits = new Uint8Array(size * size)
  const samples = 3
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let hits = 0
      for (let sj = 0; sj < samples; sj++) {
        for (let si = 0; si < samples; si++) {
          const sx = x0 + Math.floor(((i + (si + 0.5) / samples) * bw) / size)
          const sy = y0 + Math.floor(((j + (sj + 0.5) / samples) * bh) / size)
          hits += mask[sy * w + sx] as number
        }
      }
      bits[j * size + i] = hits * 2 >= samples * samples ? 1 : 0
    }
  }
  return { size, bits }
}

/** Intersection over union of two silhouettes of the same size. */
export function iou(a: Silhouette, b: Silhouette): number {
  if (a.size !== b.size) throw new Error(`iou: expected equal sizes, got ${a.size} and ${b.size}`)
  let both = 0
  let either = 0
  for (let i = 0; i < a.bits.length; i++) {
    const p = a.bits[i] as number
    const q = b.bits[i] as number
    both += p & q
    either += p | q
  }
  return either ? both / either : 1
}

/**
 * Two silhouettes overlaid as a picture: both bone (light), only `ours` (orange), only the
 * reference (blue), neither (dark). To see where a shape differs.
 */
export function overlay(ours: Silhouette, reference: Silhouette): Image {
  const { size } = ours
  const rgb = new Uint8Array(size * size * 3)
  for (let i = 0; i < size * size; i++) {
    const p = ours.bits[i]
    const q = reference.bits[i]
    rgb.set(p && q ? [225, 220, 205] : p ? [230, 140, 40] : q ? [70, 130, 230] : [27, 33, 45], i * 3)
  }
  return { width: size, height: size, rgb }
}
