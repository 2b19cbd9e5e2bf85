import { describe, expect, it } from 'vitest'
import { levelArch } from '../../../src/anatomy/levelArch.ts'
import { FRACTURE_LEVELS, levelDimensions } from '../../../src/anatomy/levels.ts'
import { pedicleAxis } from '../../../src/anatomy/pedicleAxis.ts'
import type { Vec3 } from '../../../src/anatomy/sdf.ts'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'
import { instruments, type Needle } from '../../../src/sim/instruments.ts'

const APPROACHES = ['bipedicular', 'unipedicular'] as const
const cases = FRACTURE_LEVELS.flatMap((level) => APPROACHES.map((approach) => [level, approach] as const))

/** The point `mm` along a needle from its entry (negative: behind the entry, where the trocar runs). */
function along(n: Needle, mm: number): Vec3 {
  return [0, 1, 2].map(
    (a) => (n.entryMm[a] as number) + (((n.tipMm[a] as number) - (n.entryMm[a] as number)) * mm) / n.lengthMm,
  ) as unknown as Vec3
}

describe('needle paths through the pedicle', () => {
  it.each(cases)(
    '%s, %s: inside bone from entry to tip, through the pedicle, never the canal',
    (level, approach) => {
      const dims = levelDimensions(level)
      const { distance } = vertebraField(level)
      const { needles } = instruments(dims, 'vertebroplasty', approach, 15)
      expect(needles).toHaveLength(approach === 'bipedicular' ? 2 : 1)
      const halfDepth = dims.bodyDepthMm / 2
      for (const n of needles) {
        const side = Math.sign(n.entryMm[0])
        const axis = pedicleAxis(level, side as 1 | -1)
        // The entry is on the bone's surface.
        expect(Math.abs(distance(...n.entryMm)), 'entry on the surface').toBeLessThan(0.05)
        for (let s = 0.5; s <= n.lengthMm; s += 0.25) {
          const p = along(n, s)
          const d = distance(...p)
          const where = `${s.toFixed(2)} mm past the entry`
          // Inside bone all the way; clear of the cortex once past the entry's first few millimetres.
          expect(d, where).toBeLessThan(0)
          if (s >= 4 && s <= n.lengthMm - 1) expect(d, where).toBeLessThan(-0.5)
          // Never in the canal: until it is in the body, lateral to the pedicle's medial wall.
          if (p[2] < -halfDepth - 1) expect(Math.abs(p[0]), where).toBeGreaterThan(dims.canalWidthMm / 2)
        }
        // Through the pedicle: at the isthmus the path lies within its section.
        const atIsthmus = along(
          n,
          ((axis.isthmusMm[2] - n.entryMm[2]) / (n.tipMm[2] - n.entryMm[2])) * n.lengthMm,
        )
        expect(Math.abs(atIsthmus[0] - axis.isthmusMm[0]), 'within the isthmus, across').toBeLessThan(
          axis.widthMm / 2,
        )
        expect(Math.abs(atIsthmus[1] - axis.isthmusMm[1]), 'within the isthmus, up and down').toBeLessThan(
          axis.heightMm / 2,
        )
        // The trocar's line behind the entry, out to the skin, meets no more of this vertebra.
        for (let s = -3; s >= -40; s -= 0.5)
          expect(distance(...along(n, s)), `${-s} mm behind the entry`).toBeGreaterThan(0.3)
        // Tip in the anterior third of the body, at about mid-height.
        expect(n.tipMm[2]).toBeGreaterThan(halfDepth / 3)
        expect(n.tipMm[2]).toBeLessThan(halfDepth)
        expect(Math.abs(n.tipMm[1])).toBeLessThan(2)
      }
      if (approach === 'unipedicular') {
        // One needle, angled more medially, reaches near the midline.
        const n = needles[0] as Needle
        expect(Math.abs(n.tipMm[0])).toBeLessThanOrEqual(dims.bodyWidthMm * 0.06)
        const medial = (m: Needle) =>
          Math.atan2(Math.abs(m.entryMm[0]) - Math.abs(m.tipMm[0]), m.tipMm[2] - m.entryMm[2])
        const bi = instruments(dims, 'vertebroplasty', 'bipedicular', 15).needles[0] as Needle
        expect(medial(n)).toBeGreaterThan(medial(bi))
      } else {
        // Two needles, mirror images, tips either side of the midline.
        const [a, b] = needles as [Needle, Needle]
        expect(a.tipMm[0]).toBeCloseTo(-b.tipMm[0], 6)
        expect(Math.abs(a.tipMm[0])).toBeGreaterThan(dims.bodyWidthMm * 0.1)
      }
    },
  )

  it.each(['L1', 'L2', 'L3', 'L4', 'L5'] as const)(
    '%s: the entry is at the junction of the transverse and superior articular processes',
    (level) => {
      // Within a few millimetres of both: the groove between them, where the trocar's tip sits.
      const entry = pedicleAxis(level).entryMm
      const parts = levelArch(level).parts
      const near = (prefix: string) =>
        Math.min(...parts.filter((p) => p.name.startsWith(prefix)).map((p) => p.distance(...entry)))
      expect(near('transverse'), 'transverse process').toBeLessThan(4.5)
      expect(near('superiorArticular'), 'superior articular process').toBeLessThan(4.5)
    },
  )

  it('kyphoplasty balloons sit inside the body, on their needles', () => {
    for (const level of FRACTURE_LEVELS) {
      const dims = levelDimensions(level)
      const { bodyDistance } = vertebraField(level)
      for (const approach of APPROACHES) {
        const tools = instruments(dims, 'kyphoplasty', approach, 15)
        for (const c of tools.balloonCentresMm)
          expect(bodyDistance(...c), `${level} ${approach}`).toBeLessThan(-3)
      }
    }
  })
})
