import { describe, expect, it } from 'vitest'
import {
  boneDensity,
  CORTEX_MM,
  compressedDensity,
  greyFor,
  MAX_OBLIQUITY,
  ATTENUATION_PER_MM as MU,
  SOFT_TISSUE_SHARE,
  type SurfaceMaterial,
  surfaceAttenuation,
} from '../../../../src/scene/fluoro/xrayModel.ts'

const SOURCE_MM = 650
const BONE: SurfaceMaterial = {
  volumePerMm: MU.cancellousBone,
  shellPerMm: MU.corticalBone,
  shellMm: CORTEX_MM,
  rodRadiusMm: 0,
}
const VOLUME = (perMm: number): SurfaceMaterial => ({
  volumePerMm: perMm,
  shellPerMm: 0,
  shellMm: 0,
  rodRadiusMm: 0,
})

/**
 * A ray at distance s (mm) from the centre of a sphere of radius r, the sphere's centre `centreMm`
 * from the source: the two surfaces it crosses, as the radiograph pass sees them, summed.
 */
function throughSphere(m: SurfaceMaterial, r: number, s: number, centreMm: number, offsetMm = 0): number {
  const half = Math.sqrt(Math.max(0, r * r - s * s))
  const cosine = half / r
  return (
    surfaceAttenuation(m, centreMm - half - offsetMm, true, cosine) +
    surfaceAttenuation(m, centreMm + half - offsetMm, false, cosine)
  )
}

/** What the torso adds along a lateral ray through the body's middle (300 mm of soft tissue). */
const TISSUE = MU.softTissue * SOFT_TISSUE_SHARE * 300

describe('surfaceAttenuation', () => {
  it('sums a closed mesh’s entry and exit to μ × the path inside, whatever the distances are measured from', () => {
    for (const offset of [0, SOURCE_MM, -123.4]) {
      const sum = throughSphere(VOLUME(0.5), 10, 6, SOURCE_MM, offset)
      expect(sum, `offset ${offset} mm`).toBeCloseTo(0.5 * 16, 9)
    }
  })

  it('adds the shell by its obliquity: its thickness face-on, many times it edge-on, never without bound', () => {
    const shell: SurfaceMaterial = { volumePerMm: 0, shellPerMm: 1, shellMm: 0.5, rodRadiusMm: 0 }
    const at = (cosine: number) => surfaceAttenuation(shell, 0, true, cosine)
    expect(at(1)).toBeCloseTo(0.5, 2)
    expect(at(0.5)).toBeCloseTo(1, 2)
    expect(at(0)).toBeCloseTo(0.5 * MAX_OBLIQUITY, 6)
    expect(at(0.01)).toBeLessThan(at(0))
    expect(at(0.01)).toBeGreaterThan(at(0.1))
  })

  it('makes an open tube read as a solid rod: its two walls add up to the chord, side-on and tilted', () => {
    const radius = 1.5
    const rod: SurfaceMaterial = { volumePerMm: 0, shellPerMm: 1, shellMm: 0, rodRadiusMm: radius }
    for (const [s, tiltDeg] of [
      [0, 90],
      [1, 90],
      [0.5, 40],
    ] as const) {
      const sinA = Math.sin((tiltDeg * Math.PI) / 180)
      const inside = Math.sqrt(radius * radius - s * s)
      const cosine = (inside / radius) * sinA
      const walls = 2 * surfaceAttenuation(rod, 0, true, cosine, sinA)
      expect(walls, `s ${s} mm, tilted ${tiltDeg}°`).toBeCloseTo((2 * inside) / sinA, 6)
    }
  })
})

describe('the picture the model makes', () => {
  const bodyRadiusMm = 20
  const grey = (a: number) => greyFor(TISSUE + a)

  // Eight grey levels in 255 before the monitor's edge enhancement: a line anyone sees.
  it('shows the cortex brighter than the cancellous bone inside it', () => {
    const middle = throughSphere(BONE, bodyRadiusMm, 0, SOURCE_MM)
    const rim = throughSphere(BONE, bodyRadiusMm, bodyRadiusMm - 0.3, SOURCE_MM)
    expect(grey(rim) - grey(middle), `rim ${grey(rim)}, middle ${grey(middle)}`).toBeGreaterThan(0.03)
  })

  it('orders what it shows as an X-ray does: air < soft tissue < bone < contrast < cement < steel', () => {
    const air = greyFor(0)
    const tissue = greyFor(TISSUE)
    const bone = grey(throughSphere(BONE, bodyRadiusMm, 0, SOURCE_MM))
    // The same 10 mm in each: a balloon's contrast, a bolus of cement, and a steel rod (end of a trocar).
    const contrast = grey(MU.contrastMedium * 10)
    const cement = grey(MU.cement * 10)
    const steel = grey(MU.steel * 10)
    const order = [air, tissue, bone, contrast, cement, steel]
    for (let i = 1; i < order.length; i++)
      expect(order[i], `step ${i}: ${order.join(', ')}`).toBeGreaterThan(order[i - 1] as number)
    expect(cement, 'cement is nearly white').toBeGreaterThan(0.9)
    expect(steel).toBeLessThan(1)
  })

  it('shows osteoporotic bone fainter, and compressed bone denser', () => {
    const body = (density: number) =>
      grey(throughSphere({ ...BONE, volumePerMm: MU.cancellousBone * density }, bodyRadiusMm, 0, SOURCE_MM))
    expect(body(boneDensity(-3))).toBeLessThan(body(boneDensity(0)))
    expect(body(boneDensity(-3) * compressedDensity(40))).toBeGreaterThan(body(boneDensity(-3)))
  })
})

describe('densities', () => {
  it('bone density falls by about a tenth per T-score unit, never below a fifth', () => {
    expect(boneDensity(0)).toBe(1)
    expect(boneDensity(-3)).toBeCloseTo(0.64, 6)
    expect(boneDensity(-10)).toBe(0.2)
  })

  it('a compressed body keeps its mass in less volume', () => {
    expect(compressedDensity(0)).toBe(1)
    expect(compressedDensity(40)).toBeCloseTo(1.25, 6)
    expect(compressedDensity(60)).toBeGreaterThan(compressedDensity(40))
    expect(compressedDensity(200)).toBe(compressedDensity(100))
  })
})

describe('greyFor', () => {
  it('rises from black and saturates short of white', () => {
    let previous = -1
    for (let a = 0; a <= 10; a += 0.25) {
      const g = greyFor(a)
      expect(g, `at ${a}`).toBeGreaterThan(previous)
      expect(g).toBeLessThan(1)
      previous = g
    }
    expect(greyFor(-1)).toBe(greyFor(0))
    expect(greyFor(0)).toBeLessThan(0.05)
  })
})
