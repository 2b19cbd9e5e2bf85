import { describe, expect, it } from 'vitest'
import {
  type CementFieldData,
  cementFieldData,
  cementProgress,
} from '../../../src/geometry/cementFieldData.ts'
import { drawnProgress } from '../../../src/geometry/cementTiming.ts'
import { porosityFromTScore } from '../../../src/sim/bone.ts'
import { sampleProcedure } from '../../../src/sim/sampleProcedure.ts'
import { parseScenario } from '../../../src/sim/scenario.ts'
import { type ProcedureResult, simulate } from '../../../src/sim/simulate.ts'
import { readField } from './sampleField.ts'

const CASES = {
  vertebroplasty: { procedure: 'vertebroplasty' },
  kyphoplasty: { procedure: 'kyphoplasty' },
  'vertebroplasty, anterior breach, low viscosity': {
    procedure: 'vertebroplasty',
    corticalBreach: 'anterior',
    cementViscosity: 'low',
  },
  'kyphoplasty, unipedicular, T8, seed 5': {
    procedure: 'kyphoplasty',
    approach: 'unipedicular',
    level: 'T8',
    seed: 5,
  },
} as const

function injection(result: ProcedureResult) {
  const phase = result.phases.find((p) => p.id === 'cementInjection')
  if (!phase) throw new Error('test: expected a cementInjection phase')
  return phase
}

describe.each(Object.entries(CASES))('cementFieldData › %s', (_name, input) => {
  const result = simulate(parseScenario(input).scenario)
  const field: CementFieldData = cementFieldData(result)
  const reader = readField(field)
  const { startS, endS } = injection(result)

  it('holds finite values only, red never below the injection start', () => {
    const data = field.texels
    let minRed = 255
    for (let i = 0; i < data.length; i += 4) minRed = Math.min(minRed, data[i] as number)
    expect(minRed, 'earliest arrival (bytes)').toBeGreaterThan(0)
    const numbers = [
      ...field.fieldMinMm,
      ...field.fieldMaxMm,
      ...field.boxMinMm,
      ...field.boxMaxMm,
      field.texelMm,
    ]
    expect(numbers.every(Number.isFinite), 'extents and texel size are finite').toBe(true)
    expect(field.progressBoxesMm.every(Number.isFinite), 'progress boxes are finite').toBe(true)
  })

  it('shows no cement before the injection starts, and stops growing when it ends', () => {
    expect(cementProgress(field, startS - 1)).toBeLessThan(0)
    expect(reader.volumeMl(cementProgress(field, startS))).toBe(0)
    expect(cementProgress(field, endS + 500), 'progress after the end').toBe(1)
  })

  it('at the end of injection, holds the simulated inside volume within 15 %', () => {
    const volume = reader.volumeMl(cementProgress(field, endS))
    expect(
      Math.abs(volume / result.outcome.insideMl - 1),
      `iso-surface ${volume.toFixed(2)} mL`,
    ).toBeLessThan(0.15)
  })

  it('draws the cement the simulation has put inside the body within 10 %, at any time', () => {
    const porosity = porosityFromTScore(result.scenario.tScore)
    expect(drawnProgress(field, startS - 1), 'nothing before the injection').toBeLessThan(0)
    for (const share of [0.03, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1, 1.5]) {
      const t = startS + share * (endS - startS)
      const { injectedMl, leakedMl } = sampleProcedure(result, t)
      const simulated = injectedMl - leakedMl
      const drawn = reader.cementMl(drawnProgress(field, t), porosity)
      expect(
        Math.abs(drawn / simulated - 1),
        `at ${share * 100} %: drawn ${drawn.toFixed(3)} of ${simulated.toFixed(3)} mL`,
      ).toBeLessThan(0.1)
    }
  })

  it('grows monotonically, tracking the injected volume as it goes', () => {
    const inside = result.outcome.insideMl
    let last = 0
    for (const share of [0.2, 0.4, 0.6, 0.8, 1]) {
      const volume = reader.volumeMl(cementProgress(field, startS + share * (endS - startS)))
      expect(volume, `volume at ${share * 100} % of the injection`).toBeGreaterThanOrEqual(last)
      // Leaks take some of the cement, and the front lags by a part of a cell: allow a band.
      expect(volume, `volume at ${share * 100} % of the injection`).toBeGreaterThan(0.4 * share * inside)
      last = volume
    }
  })

  it('keeps what is cement at t cement later (point by point)', () => {
    const times = [0.1, 0.3, 0.5, 0.7, 0.9, 1].map((s) => cementProgress(field, startS + s * (endS - startS)))
    const [x0, y0, z0] = field.boxMinMm
    const [x1, y1, z1] = field.boxMaxMm
    let broken = 0
    for (let n = 0; n < 4000; n++) {
      const f = (a: number, b: number, k: number) => a + (b - a) * ((((n + 1) * k) % 997) / 997)
      const [red] = reader.at(f(x0, x1, 31), f(y0, y1, 57), f(z0, z1, 83))
      let was = false
      for (const p of times) {
        const is = red <= p
        if (was && !is) broken++
        was = is
      }
    }
    expect(broken, 'points that stop being cement').toBe(0)
  })

  it('bounds the cement shown at each progress by the box for that progress', () => {
    const boxes = field.progressBoxesMm
    const levels = boxes.length / 6 - 1
    let outside = 0
    const step = field.texelMm
    for (const k of [2, Math.round(levels / 2), levels]) {
      const p = k / levels
      const lo = boxes.subarray(6 * k, 6 * k + 3)
      const hi = boxes.subarray(6 * k + 3, 6 * k + 6)
      for (let z = field.boxMinMm[2]; z < field.boxMaxMm[2]; z += step)
        for (let y = field.boxMinMm[1]; y < field.boxMaxMm[1]; y += step)
          for (let x = field.boxMinMm[0]; x < field.boxMaxMm[0]; x += step) {
            const inBox = [x, y, z].every((v, a) => v >= (lo[a] as number) && v <= (hi[a] as number))
            if (!inBox && reader.at(x, y, z)[0] <= p) outside++
          }
    }
    expect(outside, 'cement samples outside their progress box').toBe(0)
  })

  it('bounds all cement and cavity by its box, and the box by the field', () => {
    const { fieldMinMm, fieldMaxMm, boxMinMm, boxMaxMm, texelMm } = field
    for (let a = 0; a < 3; a++) {
      expect(boxMinMm[a]).toBeGreaterThanOrEqual(fieldMinMm[a] as number)
      expect(boxMaxMm[a]).toBeLessThanOrEqual(fieldMaxMm[a] as number)
    }
    let outside = 0
    for (let z = fieldMinMm[2] + texelMm / 2; z < fieldMaxMm[2]; z += texelMm)
      for (let y = fieldMinMm[1] + texelMm / 2; y < fieldMaxMm[1]; y += texelMm)
        for (let x = fieldMinMm[0] + texelMm / 2; x < fieldMaxMm[0]; x += texelMm) {
          const inBox = [x, y, z].every(
            (v, a) => v >= (boxMinMm[a] as number) && v <= (boxMaxMm[a] as number),
          )
          const [red, green] = reader.at(x, y, z)
          if (!inBox && (red <= 1 || green >= 0.5)) outside++
        }
    expect(outside, 'cement or cavity samples outside the box').toBe(0)
  })

  it('keeps the cement within the body (at most a cell past the inside cells)', () => {
    const { grid } = result
    const [nx, ny, nz] = grid.dims
    const h = grid.cellMm
    const insideNear = (x: number, y: number, z: number) => {
      const i = Math.round((x - grid.originMm[0]) / h)
      const j = Math.round((y - grid.originMm[1]) / h)
      const k = Math.round((z - grid.originMm[2]) / h)
      for (let dk = -1; dk <= 1; dk++)
        for (let dj = -1; dj <= 1; dj++)
          for (let di = -1; di <= 1; di++) {
            const [a, b, c] = [i + di, j + dj, k + dk]
            if (
              a >= 0 &&
              b >= 0 &&
              c >= 0 &&
              a < nx &&
              b < ny &&
              c < nz &&
              grid.inside[a + nx * (b + ny * c)]
            )
              return true
          }
      return false
    }
    let stray = 0
    const step = field.texelMm / 2
    for (let z = field.boxMinMm[2]; z < field.boxMaxMm[2]; z += step)
      for (let y = field.boxMinMm[1]; y < field.boxMaxMm[1]; y += step)
        for (let x = field.boxMinMm[0]; x < field.boxMaxMm[0]; x += step)
          if (reader.at(x, y, z)[0] <= 1 && !insideNear(x, y, z)) stray++
    expect(stray, 'cement samples outside the body').toBe(0)
  })

  it('never overstates the clearance (blue) to the cement and cavity that ever show', () => {
    // Every sample that shows at the end must lie no nearer than the clearance read anywhere,
    // less the margin the shader keeps: check points along lines through the field.
    const shown: [number, number, number][] = []
    const step = field.texelMm
    for (let z = field.boxMinMm[2]; z < field.boxMaxMm[2]; z += step)
      for (let y = field.boxMinMm[1]; y < field.boxMaxMm[1]; y += step)
        for (let x = field.boxMinMm[0]; x < field.boxMaxMm[0]; x += step) {
          const [red, green] = reader.at(x, y, z)
          if (red <= 1 || green >= 0.5) shown.push([x, y, z])
        }
    let over = 0
    for (let n = 0; n < 300; n++) {
      const { fieldMinMm: lo, fieldMaxMm: hi } = field
      const f = (k: number) => (((n + 1) * k) % 101) / 101
      const q: [number, number, number] = [
        lo[0] + (hi[0] - lo[0]) * f(37),
        lo[1] + (hi[1] - lo[1]) * f(61),
        lo[2] + (hi[2] - lo[2]) * f(89),
      ]
      const leap = 0.85 * reader.at(...q)[2] - 1.5 * field.texelMm
      let nearest = Number.POSITIVE_INFINITY
      for (const s of shown) nearest = Math.min(nearest, Math.hypot(s[0] - q[0], s[1] - q[1], s[2] - q[2]))
      if (leap > nearest) over++
    }
    expect(over, 'points whose leap would pass over cement or cavity').toBe(0)
  })

  it('holds the cavity in green (kyphoplasty) or nothing (vertebroplasty)', () => {
    let cavityCells = 0
    for (const v of result.cavity ?? []) cavityCells += v
    const cavityMl = (cavityCells * result.grid.cellMm ** 3) / 1000
    expect(field.hasCavity).toBe(cavityCells > 0)
    let samples = 0
    const step = field.texelMm / 2
    for (let z = field.boxMinMm[2]; z < field.boxMaxMm[2]; z += step)
      for (let y = field.boxMinMm[1]; y < field.boxMaxMm[1]; y += step)
        for (let x = field.boxMinMm[0]; x < field.boxMaxMm[0]; x += step)
          if (reader.at(x, y, z)[1] >= 0.5) samples++
    const volume = (samples * step ** 3) / 1000
    if (cavityCells === 0) expect(volume).toBe(0)
    else
      expect(
        Math.abs(volume / cavityMl - 1),
        `cavity ${volume.toFixed(2)} of ${cavityMl.toFixed(2)} mL`,
      ).toBeLessThan(0.2)
  })
})
