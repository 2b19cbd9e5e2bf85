import { describe, expect, it } from 'vitest'
import { endplateFrame, layoutColumn, SACRAL_SLOPE_DEG } from '../../../src/anatomy/column.ts'
import { FRACTURE_LEVELS, LEVELS, type Level, levelDimensions } from '../../../src/anatomy/levels.ts'

const DEG = 180 / Math.PI
const lumbar = LEVELS.filter((l) => l.startsWith('L'))
const thoracic = LEVELS.filter((l) => l.startsWith('T'))
const index = (l: Level) => LEVELS.indexOf(l)

describe('per-level morphometry (Bonczar 2024, Panjabi 1991 and 1992, Kaur 2016, Egwu 2019)', () => {
  it('lists T1–L5, and T4–L5 as the levels that can fracture', () => {
    expect(LEVELS).toHaveLength(17)
    expect(FRACTURE_LEVELS[0]).toBe('T4')
    expect(FRACTURE_LEVELS.at(-1)).toBe('L5')
  })

  it.each(lumbar)('%s: lumbar body height 20–30 mm, depth 30–35.7 mm, width 40–50 mm', (level) => {
    const d = levelDimensions(level)
    for (const h of [d.anteriorHeightMm, d.posteriorHeightMm]) {
      expect(h).toBeGreaterThanOrEqual(20)
      expect(h).toBeLessThanOrEqual(30)
    }
    expect(d.bodyDepthMm).toBeGreaterThanOrEqual(30)
    expect(d.bodyDepthMm).toBeLessThanOrEqual(35.7)
    expect(d.bodyWidthMm).toBeGreaterThanOrEqual(40)
    expect(d.bodyWidthMm).toBeLessThanOrEqual(50)
    // Kidney-shaped: wider than deep.
    expect(d.bodyWidthMm / d.bodyDepthMm).toBeGreaterThan(1.25)
  })

  it('lumbar values match the published per-level tables', () => {
    const widths = [41.1, 43.0, 44.8, 47.5, 48.8] // Bonczar 2024
    const anterior = [24.5, 25.8, 26.8, 26.9, 27.4]
    const posterior = [26.6, 27.0, 26.7, 25.8, 24.1]
    const canal = [
      [23.7, 19.0],
      [23.8, 18.2],
      [24.3, 17.5],
      [25.4, 18.6],
      [27.1, 19.7],
    ] // Panjabi 1992
    lumbar.forEach((level, i) => {
      const d = levelDimensions(level)
      expect(d.bodyWidthMm, `${level} width`).toBeCloseTo(widths[i] as number, 5)
      expect(d.anteriorHeightMm, `${level} anterior height`).toBeCloseTo(anterior[i] as number, 5)
      expect(d.posteriorHeightMm, `${level} posterior height`).toBeCloseTo(posterior[i] as number, 5)
      expect([d.canalWidthMm, d.canalDepthMm], `${level} canal`).toEqual(canal[i])
    })
  })

  it('thoracic heights stay within 2 mm of Panjabi 1991 (posterior) and Egwu 2019 (anterior), and grow caudally', () => {
    for (const level of thoracic) {
      const d = levelDimensions(level)
      const posteriorPublished = 14.3 + ((22.7 - 14.3) * index(level)) / 11
      expect(Math.abs(d.posteriorHeightMm - posteriorPublished), `${level} posterior`).toBeLessThanOrEqual(2)
      const n = index(level) + 1
      if (n >= 2 && n <= 9) {
        const anteriorPublished = 16.9 + ((18.8 - 16.9) * (n - 2)) / 7
        expect(Math.abs(d.anteriorHeightMm - anteriorPublished), `${level} anterior`).toBeLessThanOrEqual(2)
      }
      // Wedged: shorter in front (the source of the kyphosis).
      expect(d.anteriorHeightMm).toBeLessThan(d.posteriorHeightMm)
    }
    const heights = thoracic.map((l) => levelDimensions(l).posteriorHeightMm)
    expect([...heights].sort((a, b) => a - b)).toEqual(heights)
  })

  it('thoracic pedicles follow Kaur 2016 (T1 9.3, T4 4.5, T12 8.3 mm) and are thinner than lumbar ones', () => {
    expect(levelDimensions('T1').pedicleWidthMm).toBeCloseTo(9.3)
    expect(levelDimensions('T4').pedicleWidthMm).toBeCloseTo(4.5)
    expect(levelDimensions('T12').pedicleWidthMm).toBeCloseTo(8.3)
    const thickestThoracic = Math.max(...thoracic.slice(2).map((l) => levelDimensions(l).pedicleWidthMm))
    expect(levelDimensions('L4').pedicleWidthMm).toBeGreaterThan(thickestThoracic)
  })

  it('the thoracic canal is narrowest around T6–T7 (about 19 × 17 mm)', () => {
    const widths = thoracic.map((l) => levelDimensions(l).canalWidthMm)
    const narrowest = thoracic[widths.indexOf(Math.min(...widths))]
    expect(['T6', 'T7']).toContain(narrowest)
    expect(levelDimensions('T6').canalDepthMm).toBeCloseTo(17)
  })

  it('thoracic spinous processes are long and slope steeply (most at T5–T8); lumbar ones are short and level', () => {
    const slope = (l: Level) => levelDimensions(l).spinousSlopeDeg
    expect(Math.min(...['T5', 'T6', 'T7', 'T8'].map((l) => slope(l as Level)))).toBeGreaterThan(50)
    for (const l of lumbar) expect(slope(l)).toBeLessThan(15)
    expect(levelDimensions('T7').spinousLengthMm).toBeGreaterThan(levelDimensions('L3').spinousLengthMm)
    expect(levelDimensions('L3').transverseLengthMm).toBe(
      Math.max(...lumbar.map((l) => levelDimensions(l).transverseLengthMm)),
    )
  })

  it('lumbar discs take the published anterior and posterior heights', () => {
    const anterior = [10.8, 13.1, 15.2, 18.1, 18.7]
    const posterior = [7.3, 8.6, 9.1, 10.1, 8.5]
    lumbar.forEach((level, i) => {
      expect(levelDimensions(level).discBelowAnteriorMm).toBeCloseTo(anterior[i] as number)
      expect(levelDimensions(level).discBelowPosteriorMm).toBeCloseTo(posterior[i] as number)
    })
  })
})

describe('sagittal curve', () => {
  const poses = layoutColumn()
  const endplateAngleDeg = (level: Level, side: 'top' | 'bottom') =>
    (poses[level].angleRad + endplateFrame(levelDimensions(level), side).angleRad) * DEG

  it('has a lumbar lordosis (L1 upper endplate to S1) of 40–70°', () => {
    const lordosis = SACRAL_SLOPE_DEG - endplateAngleDeg('L1', 'top')
    expect(lordosis).toBeGreaterThanOrEqual(40)
    expect(lordosis).toBeLessThanOrEqual(70)
  })

  it('has a thoracic kyphosis (T1 upper to T12 lower endplate) of 20–50°', () => {
    const kyphosis = endplateAngleDeg('T1', 'top') - endplateAngleDeg('T12', 'bottom')
    expect(kyphosis).toBeGreaterThanOrEqual(20)
    expect(kyphosis).toBeLessThanOrEqual(50)
  })

  it('stacks every level above the one below it', () => {
    const heights = [...LEVELS].reverse().map((l) => poses[l].yMm)
    expect([...heights].sort((a, b) => a - b)).toEqual(heights)
  })
})
