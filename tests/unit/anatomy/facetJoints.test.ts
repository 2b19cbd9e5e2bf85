import { describe, expect, it } from 'vitest'
import { transfer } from '../../../src/anatomy/facetJoints.ts'
import { levelJoints } from '../../../src/anatomy/levelArch.ts'
import { LEVELS, type Level, levelDimensions } from '../../../src/anatomy/levels.ts'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'
import { facetGaps, JOINT_PAIRS } from './measureJoints.ts'

describe('facet joints', () => {
  it.each(JOINT_PAIRS)(
    '%s/%s: the facets face each other across a 0.5–3.5 mm gap over the whole facet',
    (upper, lower) => {
      const samples = facetGaps(upper, lower)
      expect(samples.length, 'samples over the articular area').toBeGreaterThanOrEqual(20)
      for (const s of samples) {
        const at = `at u ${s.u.toFixed(1)}, t ${s.t.toFixed(1)} mm`
        // The sample starts on the lower facet's surface (within the fillets' rounding).
        expect(Math.abs(s.startOffMm), `superior facet surface ${at}`).toBeLessThan(0.4)
        expect(s.gapMm, `gap ${at}`).toBeGreaterThanOrEqual(0.5)
        expect(s.gapMm, `gap ${at}`).toBeLessThanOrEqual(3.5)
      }
    },
  )

  it('face back and up in the thoracic spine, medially and back in the lumbar spine, turning coronal at L5', () => {
    // The normal runs from the lower (superior) facet to the upper (inferior) one, left side.
    for (const level of LEVELS.slice(1, 11)) {
      const n = levelJoints(level).above.normal
      expect(n[2], `${level} faces back`).toBeLessThan(-0.7)
      expect(n[1], `${level} faces up`).toBeGreaterThan(0.3)
    }
    for (const level of ['L1', 'L2', 'L3', 'L4', 'L5'] as const) {
      const n = levelJoints(level).above.normal
      expect(n[0], `${level} faces medially`).toBeLessThan(-0.5)
      expect(n[2], `${level} faces back`).toBeLessThan(0)
      expect(Math.abs(n[1]), `${level} stands upright`).toBeLessThan(0.05)
    }
    const backward = (l: Level) => -levelJoints(l).above.normal[2]
    expect(backward('L5')).toBeGreaterThan(backward('L1') + 0.2)
    expect(-levelJoints('L5').below.normal[2], 'L5/S1 most coronal').toBeGreaterThan(backward('L5'))
  })

  it('lumbar superior facets are concave and thoracic ones flat', () => {
    expect(levelJoints('L3').above.radiusMm).toBeLessThan(20)
    expect(levelJoints('T6').above.radiusMm).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('neighbouring vertebrae in the column', () => {
  // Sampled behind the bodies, where the arches meet; also two levels apart in the thoracic
  // spine, where the spinous processes overlap like shingles.
  const pairs: [Level, Level][] = []
  LEVELS.forEach((l, i) => {
    const next = LEVELS[i + 1]
    const nextButOne = LEVELS[i + 2]
    if (next) pairs.push([l, next])
    if (nextButOne && l.startsWith('T')) pairs.push([l, nextButOne])
  })

  it.each(pairs)('%s and %s never overlap', (upper, lower) => {
    // Upper vertebra's frame → lower's, through the levels between them.
    const chain: Level[] = LEVELS.slice(LEVELS.indexOf(upper), LEVELS.indexOf(lower))
    const toUpper = (p: readonly [number, number, number]) => {
      let q = p
      for (const l of [...chain].reverse()) q = transfer(levelJoints(l).below.lowerToUpper, q)
      return q
    }
    const lowerField = vertebraField(lower)
    const upperField = vertebraField(upper)
    const behind = -levelDimensions(lower).bodyDepthMm / 2 + 4
    const { min, max } = lowerField.bounds
    let overlaps = 0
    for (let x = 0; x <= max[0]; x += 1.5) {
      for (let y = min[1]; y <= max[1]; y += 1.5) {
        for (let z = min[2]; z <= behind; z += 1.5) {
          if (lowerField.distance(x, y, z) < 0 && upperField.distance(...toUpper([x, y, z])) < 0) overlaps++
        }
      }
    }
    expect(overlaps, 'points inside both').toBe(0)
  })
})
