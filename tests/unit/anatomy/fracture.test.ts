import { describe, expect, it } from 'vitest'
import { layoutColumn } from '../../../src/anatomy/column.ts'
import {
  FRACTURE_SHAPES,
  type Fracture,
  fracturedHeights,
  GRADE_LOSS_PCT,
  genantGrade,
  unwarpPoint,
  WALL_MARGIN_MM,
  warpPoint,
} from '../../../src/anatomy/fracture.ts'
import { levelDimensions } from '../../../src/anatomy/levels.ts'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'
import { measureHeights } from './measureBody.ts'

const LOSSES = [0, 10, 25, 40, 60]
const lossPct = (before: number, after: number) => (1 - after / before) * 100

describe('compression fracture', () => {
  for (const level of ['T7', 'L1', 'L4'] as const) {
    const intact = measureHeights(vertebraField(level))

    it(`${level}: the intact body measures the published heights`, () => {
      const d = levelDimensions(level)
      expect(intact.anteriorMm).toBeCloseTo(d.anteriorHeightMm, 1)
      expect(intact.posteriorMm).toBeCloseTo(d.posteriorHeightMm, 1)
      expect(intact.middleMm).toBeCloseTo(d.middleHeightMm, 1)
    })

    for (const loss of LOSSES) {
      it(`${level} wedge ${loss}%: anterior height lost within 1 point, posterior wall kept`, () => {
        const h = measureHeights(vertebraField(level, { shape: 'wedge', heightLossPct: loss }))
        expect(Math.abs(lossPct(intact.anteriorMm, h.anteriorMm) - loss)).toBeLessThanOrEqual(1)
        expect(Math.abs(lossPct(intact.middleMm, h.middleMm) - loss / 2)).toBeLessThanOrEqual(1)
        expect(Math.abs(lossPct(intact.posteriorMm, h.posteriorMm))).toBeLessThanOrEqual(1)
      })

      it(`${level} biconcave ${loss}%: middle height lost within 1 point, walls lose a quarter of it`, () => {
        const h = measureHeights(vertebraField(level, { shape: 'biconcave', heightLossPct: loss }))
        expect(Math.abs(lossPct(intact.middleMm, h.middleMm) - loss)).toBeLessThanOrEqual(1)
        expect(Math.abs(lossPct(intact.anteriorMm, h.anteriorMm) - loss / 4)).toBeLessThanOrEqual(1)
        expect(Math.abs(lossPct(intact.posteriorMm, h.posteriorMm) - loss / 4)).toBeLessThanOrEqual(1)
      })

      it(`${level} crush ${loss}%: all three heights lost within 1 point`, () => {
        const h = measureHeights(vertebraField(level, { shape: 'crush', heightLossPct: loss }))
        for (const key of ['anteriorMm', 'middleMm', 'posteriorMm'] as const) {
          expect(Math.abs(lossPct(intact[key], h[key]) - loss), key).toBeLessThanOrEqual(1)
        }
      })
    }
  }

  it('the heights it reports are the heights the field has', () => {
    for (const shape of FRACTURE_SHAPES) {
      const fracture = { shape, heightLossPct: 35 }
      const reported = fracturedHeights(levelDimensions('L2'), fracture)
      const measured = measureHeights(vertebraField('L2', fracture))
      expect(reported.anteriorMm).toBeCloseTo(measured.anteriorMm, 1)
      expect(reported.middleMm).toBeCloseTo(measured.middleMm, 1)
      expect(reported.posteriorMm).toBeCloseTo(measured.posteriorMm, 1)
    }
  })

  it('unwarpPoint inverts warpPoint exactly', () => {
    const dims = levelDimensions('T12')
    const fracture: Fracture = { shape: 'biconcave', heightLossPct: 48 }
    const out = [0, 0, 0]
    for (const p of [
      [3, 9, 12],
      [-17, -11, 0],
      [0, 4, -30],
    ]) {
      unwarpPoint(dims, fracture, warpPoint(dims, fracture, p, out), out)
      for (const [i, v] of p.entries()) expect(out[i]).toBeCloseTo(v, 10)
    }
  })

  it('grades height loss as Genant does (Genant 1993, Wáng 2019), and each grade’s representative loss has that grade', () => {
    expect([0, 19.9, 20, 25, 25.1, 40, 40.1, 60].map(genantGrade)).toEqual([0, 0, 1, 1, 2, 2, 3, 3])
    for (const [grade, loss] of GRADE_LOSS_PCT.entries()) expect(genantGrade(loss)).toBe(grade)
  })

  it('a wedge fracture tilts the column above it forward, more as it deepens; the column below stays', () => {
    const intact = layoutColumn()
    const tilt = (loss: number) => {
      const p = layoutColumn({ level: 'L1', fracture: { shape: 'wedge', heightLossPct: loss } })
      expect(p.L2).toEqual(intact.L2)
      return p.T12.angleRad - intact.T12.angleRad
    }
    const mild = tilt(20)
    const severe = tilt(50)
    expect(mild).toBeGreaterThan(0)
    expect(severe).toBeGreaterThan(mild)
    // The added local kyphosis is the change in angle between the body's endplates.
    const d = levelDimensions('L1')
    const span = d.bodyDepthMm - 2 * WALL_MARGIN_MM
    const endplateAngle = (anterior: number) => 2 * Math.atan((anterior - d.posteriorHeightMm) / 2 / span)
    const expected = endplateAngle(d.anteriorHeightMm) - endplateAngle(d.anteriorHeightMm * 0.5)
    expect(severe).toBeCloseTo(expected, 2)
  })
})
