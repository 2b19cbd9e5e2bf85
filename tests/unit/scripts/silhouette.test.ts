import { describe, expect, it } from 'vitest'
import type { Image } from '../../../scripts/render/png.ts'
import { foreground, iou, silhouette } from '../../../scripts/render/silhouette.ts'

/** A picture of `w` × `h` on a dark background with the pixels `inside(x, y)` light. */
function picture(w: number, h: number, inside: (x: number, y: number) => boolean): Image {
  const rgb = new Uint8Array(w * h * 3)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) rgb.set(inside(x, y) ? [230, 230, 230] : [27, 33, 45], (y * w + x) * 3)
  return { width: w, height: h, rgb }
}

const disc = (cx: number, cy: number, r: number) => (x: number, y: number) =>
  (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r

describe('silhouettes compared by intersection over union', () => {
  it('takes the background from the corner and counts what differs from it', () => {
    const mask = foreground(picture(4, 3, (x, y) => x === 2 && y === 1))
    expect([...mask]).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0])
  })

  it('ignores where the shape is and how large: only its outline counts', () => {
    const small = silhouette(picture(120, 120, disc(30, 40, 20)))
    const large = silhouette(picture(480, 480, disc(300, 200, 150)))
    expect(iou(small, large)).toBeGreaterThan(0.95)
  })

  it('tells shapes apart: a disc against a ring and against a bar', () => {
    const full = silhouette(picture(200, 200, disc(100, 100, 80)))
    const ring = silhouette(
      picture(200, 200, (x, y) => disc(100, 100, 80)(x, y) && !disc(100, 100, 55)(x, y)),
    )
    const bar = silhouette(picture(200, 200, (x, y) => y >= 90 && y < 110 && x >= 20 && x < 180))
    // Ring: 1 − (55/80)² of the disc; the bar fills its own box, so cropped it is a square.
    expect(iou(full, ring)).toBeCloseTo(1 - (55 / 80) ** 2, 1)
    expect(iou(full, bar)).toBeCloseTo(Math.PI / 4, 1)
    expect(iou(ring, ring)).toBe(1)
  })

  it('refuses an empty picture', () => {
    expect(() => silhouette(picture(10, 10, () => false))).toThrow(/empty/)
  })
})
