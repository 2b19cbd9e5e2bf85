import { describe, expect, it } from 'vitest'
import { LEVELS, type Level, levelDimensions } from '../../../src/anatomy/levels.ts'
import { pedicleGeometry } from '../../../src/anatomy/pedicle.ts'
import { HEIGHT, measureIsthmus, publishedRange, WIDTH } from './measurePedicle.ts'

describe('pedicles at the isthmus', () => {
  it.each(LEVELS)('%s: outer width and height within the published range', (level) => {
    const { widthMm, heightMm } = measureIsthmus(level)
    const [w0, w1] = publishedRange(WIDTH, level)
    const [h0, h1] = publishedRange(HEIGHT, level)
    expect(widthMm, `${level} width`).toBeGreaterThanOrEqual(w0)
    expect(widthMm, `${level} width`).toBeLessThanOrEqual(w1)
    expect(heightMm, `${level} height`).toBeGreaterThanOrEqual(h0)
    expect(heightMm, `${level} height`).toBeLessThanOrEqual(h1)
  })

  it('are short and thick in the lumbar spine, long and thin in the thoracic spine', () => {
    const shape = (l: Level) => {
      const g = pedicleGeometry(levelDimensions(l))
      return { length: Math.abs(g.posteriorEndMm[2] - g.isthmusMm[2]) * 2, width: g.widthMm }
    }
    expect(shape('L3').width).toBeGreaterThan(shape('T8').width + 3)
    expect(shape('L3').width / shape('L3').length).toBeGreaterThan(shape('T8').width / shape('T8').length)
  })

  it('converge (Kaur 2016 thoracic, Zindrick 1987 lumbar) and slope down towards the body', () => {
    expect(levelDimensions('T1').pedicleTransverseAngleDeg).toBeCloseTo(35.4)
    expect(levelDimensions('T12').pedicleTransverseAngleDeg).toBeCloseTo(-9.8)
    expect(levelDimensions('L1').pedicleTransverseAngleDeg).toBeCloseTo(10.9)
    expect(levelDimensions('L5').pedicleTransverseAngleDeg).toBeCloseTo(29.8)
    for (const level of LEVELS) {
      const psi = pedicleGeometry(levelDimensions(level)).craniocaudalAngleDeg
      expect(psi, level).toBeGreaterThan(1)
      expect(psi, level).toBeLessThan(15)
    }
  })
})
