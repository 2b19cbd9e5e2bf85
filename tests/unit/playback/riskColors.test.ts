import { describe, expect, it } from 'vitest'
import { riskColors } from '../../../src/playback/riskColors.ts'
import { viridis } from '../../../src/playback/viridis.ts'

const grid = { originMm: [0, 0, 0] as const, cellMm: 1, dims: [10, 10, 10] as const }
const index = (i: number, j: number, k: number) => i + 10 * (j + 10 * k)

describe('risk colours on the surface', () => {
  it('paints vertices at the wall by how often cement reached it, and leaves far vertices alone', () => {
    const cells = Uint32Array.from([index(2, 5, 5), index(7, 5, 5)])
    const pReach = Float32Array.from([0, 1])
    const positions = Float32Array.from([2.5, 5.5, 5.5, 7.5, 5.5, 5.5, 5.5, 5.5, 50])
    const out = riskColors(positions, grid, cells, pReach)
    expect([...out.slice(0, 3)].map((v) => v.toFixed(3))).toEqual(viridis(0).map((v) => v.toFixed(3)))
    expect([...out.slice(4, 7)].map((v) => v.toFixed(3))).toEqual(viridis(1).map((v) => v.toFixed(3)))
    expect(out[3], 'full weight at the wall').toBe(1)
    expect(out[11], 'no weight far away').toBe(0)
  })

  it('is a perceptual map from dark purple to yellow', () => {
    const [r0, g0, b0] = viridis(0)
    const [r1, g1, b1] = viridis(1)
    expect(b0).toBeGreaterThan(r0)
    expect(r1 + g1).toBeGreaterThan(1.8)
    expect(b1).toBeLessThan(0.2)
    expect(g0).toBeLessThan(0.05)
    expect(viridis(Number.NaN)).toEqual(viridis(0))
  })
})
