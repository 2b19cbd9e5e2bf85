import { describe, expect, it } from 'vitest'
import { random } from '../../../src/sim/random.ts'

describe('random', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, random(seed).next)
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
  })

  it('stays in [0, 1) with a mean near 1/2, and its normals have mean ≈ 0 and SD ≈ 1', () => {
    const rng = random(7)
    const n = 20000
    let sum = 0
    let sumN = 0
    let sumN2 = 0
    for (let i = 0; i < n; i++) {
      const u = rng.next()
      expect(u >= 0 && u < 1).toBe(true)
      sum += u
      const z = rng.normal()
      expect(Number.isFinite(z)).toBe(true)
      sumN += z
      sumN2 += z * z
    }
    expect(sum / n).toBeCloseTo(0.5, 1)
    expect(sumN / n).toBeCloseTo(0, 1)
    expect(Math.sqrt(sumN2 / n)).toBeCloseTo(1, 1)
  })
})
