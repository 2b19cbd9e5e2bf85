import { describe, expect, it } from 'vitest'
import { WALL_MARGIN_MM } from '../../../src/anatomy/fracture.ts'
import { levelDimensions } from '../../../src/anatomy/levels.ts'
import { fracture, gradeFromHeights, kyphoticAngleDeg } from '../../../src/sim/fracture.ts'

const normal = { anterior: 25, middle: 24, posterior: 27 }

describe('gradeFromHeights (Genant 1993; Wáng 2019)', () => {
  it('grades by the largest relative loss of the three heights', () => {
    expect(gradeFromHeights(normal, normal)).toBe(0)
    expect(gradeFromHeights(normal, { ...normal, anterior: 25 * 0.81 })).toBe(0) // 19 %
    expect(gradeFromHeights(normal, { ...normal, anterior: 25 * 0.78 })).toBe(1) // 22 %
    expect(gradeFromHeights(normal, { ...normal, middle: 24 * 0.7 })).toBe(2) // 30 %
    expect(gradeFromHeights(normal, { anterior: 15, middle: 14, posterior: 27 * 0.55 })).toBe(3) // 45 %
  })

  it('puts the band edges where Genant does: 25 % is mild, 40 % moderate', () => {
    expect(gradeFromHeights(normal, { ...normal, anterior: 25 * 0.75 })).toBe(1)
    expect(gradeFromHeights(normal, { ...normal, anterior: 25 * 0.6 })).toBe(2)
  })
})

describe('kyphoticAngleDeg', () => {
  it('is zero for a body as tall in front as behind, positive when the front is shorter', () => {
    expect(kyphoticAngleDeg({ anterior: 20, middle: 20, posterior: 20 }, 30)).toBeCloseTo(0, 12)
    expect(kyphoticAngleDeg({ anterior: 18, middle: 19, posterior: 20 }, 30)).toBeGreaterThan(0)
    expect(kyphoticAngleDeg({ anterior: 22, middle: 21, posterior: 20 }, 30)).toBeLessThan(0)
  })

  it('worked example: 10 mm shorter in front over a 30 mm deep body is atan(10 / span)', () => {
    // Heights are measured WALL_MARGIN_MM inside each wall, so they stand 30 − 2 × margin apart:
    // with a 4 mm margin, atan(10 / 22) = 24.44°.
    const expected = (Math.atan(10 / (30 - 2 * WALL_MARGIN_MM)) * 180) / Math.PI
    expect(kyphoticAngleDeg({ anterior: 10, middle: 15, posterior: 20 }, 30)).toBeCloseTo(expected, 9)
    expect(
      kyphoticAngleDeg({ anterior: 10, middle: 15, posterior: 20 }, 30 + 2 * (WALL_MARGIN_MM - 4)),
    ).toBeCloseTo(24.44, 2)
  })
})

describe('fracture', () => {
  it('L1 wedge of 32.5 %: anterior height down by 32.5 %, posterior kept, grade 2, more kyphotic', () => {
    const dims = levelDimensions('L1')
    const m = fracture(dims, { shape: 'wedge', heightLossPct: 32.5 })
    expect(m.fractured.anterior / m.normal.anterior).toBeCloseTo(0.675, 6)
    expect(m.fractured.posterior).toBeCloseTo(m.normal.posterior, 6)
    expect(m.grade).toBe(2)
    expect(m.kyphoticAngleDeg).toBeGreaterThan(kyphoticAngleDeg(m.normal, dims.bodyDepthMm) + 15)
  })

  it('crush of 45 %: all three heights lost alike, grade 3, angle unchanged', () => {
    const dims = levelDimensions('T8')
    const m = fracture(dims, { shape: 'crush', heightLossPct: 45 })
    for (const k of ['anterior', 'middle', 'posterior'] as const)
      expect(m.fractured[k] / m.normal[k]).toBeCloseTo(0.55, 6)
    expect(m.grade).toBe(3)
  })
})
