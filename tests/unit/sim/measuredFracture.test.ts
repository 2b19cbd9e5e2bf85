import { describe, expect, it } from 'vitest'
import { fracturedHeights } from '../../../src/anatomy/fracture.ts'
import { levelDimensions } from '../../../src/anatomy/levels.ts'
import { measuredFracture } from '../../../src/sim/measuredFracture.ts'

const heightsOf = (level: 'L1' | 'T8', shape: 'wedge' | 'biconcave' | 'crush', heightLossPct: number) => {
  const h = fracturedHeights(levelDimensions(level), { shape, heightLossPct })
  return { anterior: h.anteriorMm, middle: h.middleMm, posterior: h.posteriorMm }
}

describe('the patient’s own fracture from measured heights', () => {
  for (const shape of ['wedge', 'biconcave', 'crush'] as const)
    for (const loss of [22.5, 35, 50])
      it(`recognises a ${loss} % ${shape} fracture drawn by the model`, () => {
        const m = measuredFracture('L1', heightsOf('L1', shape, loss))
        if (!m.ok) throw new Error(m.message)
        expect(m.shape).toBe(shape)
        expect(m.heightLossPct).toBeCloseTo(loss, 0)
        expect(m.grade).toBe(loss > 40 ? 3 : loss > 25 ? 2 : 1)
      })

  it('gives the kyphotic angle of the measured heights: a wedge is kyphotic', () => {
    const m = measuredFracture('T8', { anterior: 11, middle: 15, posterior: 20 })
    if (!m.ok) throw new Error(m.message)
    expect(m.shape).toBe('wedge')
    expect(m.kyphoticAngleDeg).toBeGreaterThan(10)
  })

  it('refuses impossible heights and says why', () => {
    const zero = measuredFracture('L1', { anterior: 0, middle: 20, posterior: 25 })
    expect(zero).toMatchObject({ ok: false })
    expect(!zero.ok && zero.message).toMatch(/positive heights/)
    const tall = measuredFracture('L1', { anterior: 60, middle: 20, posterior: 25 })
    expect(!tall.ok && tall.message).toMatch(/anterior 60 mm is taller than a healthy L1/)
    const nan = measuredFracture('L1', { anterior: Number.NaN, middle: 20, posterior: 25 })
    expect(nan.ok).toBe(false)
  })

  it('clamps a loss beyond the model and says so', () => {
    const m = measuredFracture('L1', { anterior: 5, middle: 5, posterior: 5 })
    expect(m.ok && m.heightLossPct).toBe(60)
    expect(m.ok && m.note).toMatch(/beyond what the model shows/)
  })
})
