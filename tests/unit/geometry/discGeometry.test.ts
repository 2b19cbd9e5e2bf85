import type { BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { endplateRim } from '../../../src/anatomy/endplateRim.ts'
import { levelDimensions } from '../../../src/anatomy/levels.ts'
import { discGeometry, updateDiscGeometry } from '../../../src/geometry/discGeometry.ts'

/** Signed volume by the divergence theorem: positive when every face winds outward. */
function signedVolume(g: BufferGeometry): number {
  const p = g.getAttribute('position').array as Float32Array
  const idx = g.getIndex()?.array ?? []
  let v = 0
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [idx[t] as number, idx[t + 1] as number, idx[t + 2] as number].map((i) => i * 3) as [number, number, number]
    const ax = p[a] as number, ay = p[a + 1] as number, az = p[a + 2] as number
    const bx = p[b] as number, by = p[b + 1] as number, bz = p[b + 2] as number
    const cx = p[c] as number, cy = p[c + 1] as number, cz = p[c + 2] as number
    v += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6
  } // biome-ignore format: the triple product reads best in rows
  return v
}

function rims(gapMm: number) {
  const lower = endplateRim(levelDimensions('L2'), 'top', 48)
  const upper = endplateRim(levelDimensions('L1'), 'bottom', 48)
  for (let i = 1; i < upper.length; i += 3) upper[i] = (upper[i] as number) + gapMm
  return { lower, upper }
}

describe('a disc between two endplates', () => {
  it('is closed, winds outward, and holds about the endplate area times its height', () => {
    const { lower, upper } = rims(40)
    const disc = discGeometry(lower, upper)
    const volume = signedVolume(disc)
    expect(volume, 'outward winding gives a positive volume').toBeGreaterThan(0)
    const { bodyWidthMm, bodyDepthMm } = levelDimensions('L1')
    const gap = 40 - (levelDimensions('L1').posteriorHeightMm + levelDimensions('L2').posteriorHeightMm) / 2
    expect(volume / ((Math.PI / 4) * bodyWidthMm * bodyDepthMm * gap)).toBeGreaterThan(0.6)
  })

  it('moves in place to new rims, keeping its buffers', () => {
    const first = rims(40)
    const disc = discGeometry(first.lower, first.upper)
    const buffer = disc.getAttribute('position').array
    const second = rims(45)
    updateDiscGeometry(disc, second.lower, second.upper)
    expect(disc.getAttribute('position').array).toBe(buffer)
    expect(signedVolume(disc)).toBeGreaterThan(signedVolume(discGeometry(first.lower, first.upper)))
  })
})
