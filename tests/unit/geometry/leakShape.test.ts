import { describe, expect, it } from 'vitest'
import { buildLeakTubes, tubeIndexCount } from '../../../src/geometry/leakGeometry.ts'
import { leakShape, leakShare } from '../../../src/geometry/leakShape.ts'
import type { LeakEvent } from '../../../src/sim/cementFlow.ts'
import { LEAK_ROUTES } from '../../../src/sim/exits.ts'
import { parseScenario } from '../../../src/sim/scenario.ts'
import { type ProcedureResult, sampleProcedure, simulate } from '../../../src/sim/simulate.ts'

const result = simulate(parseScenario({ procedure: 'vertebroplasty' }).scenario)
const { grid } = result

/** Where each route's exit lies on L1's grid (as exits.ts places them), mm. */
const EXITS: Record<LeakEvent['route'], [number, number, number]> = {
  basivertebral: [0, 0, -12.6],
  segmental: [-14.6, 0, 2],
  cortical: [0, 0, 13.5],
  disc: [0, 9.4, 1.3],
  canal: [0, 7.9, -13.1],
}

function insideBody(r: ProcedureResult, p: readonly number[]): boolean {
  const [nx, ny, nz] = r.grid.dims
  const ijk = [0, 1, 2].map((a) =>
    Math.round(((p[a] as number) - (r.grid.originMm[a] as number)) / r.grid.cellMm),
  )
  const [i, j, k] = ijk as [number, number, number]
  if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) return false
  return r.grid.inside[i + nx * (j + ny * k)] === 1
}

function pathMm(points: readonly (readonly number[])[]): number {
  let sum = 0
  for (let i = 1; i < points.length; i++)
    sum += Math.hypot(...[0, 1, 2].map((a) => (points[i]?.[a] as number) - (points[i - 1]?.[a] as number)))
  return sum
}

describe.each(LEAK_ROUTES)('leakShape › %s', (route) => {
  for (const volumeMl of [0.02, 0.3, 1.5]) {
    const leak: LeakEvent = { route, startS: 100, volumeMl, positionMm: EXITS[route] }
    const shape = leakShape(leak, grid)

    it(`holds ${volumeMl} mL within 20 %`, () => {
      let mm3 = 0
      // Tubes share their stem: count the stem once (the paths' common first points).
      const lengths = shape.tubes.map(pathMm)
      const shared = shape.tubes.length > 1 ? commonPrefixMm(shape.tubes) : 0
      mm3 += Math.PI * shape.tubeRadiusMm ** 2 * (lengths.reduce((a, b) => a + b, 0) - shared)
      if (shape.blob) mm3 += ((4 * Math.PI) / 3) * shape.blob.radiiMm.reduce((a, b) => a * b, 1)
      const wanted = volumeMl * 1000
      // A vein is at least a few millimetres long and 0.6 mm thick: tiny leaks are drawn larger.
      if (volumeMl >= 0.3) expect(Math.abs(mm3 / wanted - 1), `${mm3.toFixed(0)} mm³`).toBeLessThan(0.2)
      else expect(mm3).toBeGreaterThan(0.5 * wanted)
    })

    it(`lies outside the body past its exit (${volumeMl} mL)`, () => {
      const stray: string[] = []
      for (const path of shape.tubes) {
        for (const p of path.slice(2))
          if (insideBody(result, p)) stray.push(p.map((v) => v.toFixed(1)).join(','))
        for (const p of path) expect(p.every(Number.isFinite)).toBe(true)
      }
      if (shape.blob) {
        const { anchorMm, outward, radiiMm } = shape.blob
        const centre = anchorMm.map((v, a) => v + (outward[a] as number) * 0.45 * radiiMm[2])
        const tip = anchorMm.map((v, a) => v + (outward[a] as number) * 1.45 * radiiMm[2])
        expect(insideBody(result, tip), 'the blob reaches out of the body').toBe(false)
        expect(centre.every(Number.isFinite)).toBe(true)
      }
      expect(stray, 'tube points inside the body').toEqual([])
    })
  }
})

function commonPrefixMm(paths: readonly (readonly (readonly number[])[])[]): number {
  const first = paths[0] ?? []
  let n = 0
  while (n < first.length && paths.every((p) => p[n]?.every((v, a) => v === first[n]?.[a]))) n++
  return pathMm(first.slice(0, n))
}

describe('buildLeakTubes', () => {
  const shape = leakShape({ route: 'segmental', startS: 0, volumeMl: 0.4, positionMm: EXITS.segmental }, grid)
  const tubes = buildLeakTubes(shape)

  it('samples each centre line at every ring, and draws whole rings', () => {
    expect(tubes.length).toBe(2)
    for (const tube of tubes) {
      expect(tube.centreMm.length).toBe(3 * (tube.segments + 1))
      expect(tube.centreMm.every(Number.isFinite)).toBe(true)
      const indices = tube.geometry.getIndex()?.count ?? 0
      expect(tubeIndexCount(tube, tube.segments), 'all rings draw the whole tube').toBe(indices)
      expect(tubeIndexCount(tube, -1)).toBe(0)
      tube.geometry.dispose()
    }
  })
})

describe('leakShare', () => {
  const leaky = simulate(
    parseScenario({ procedure: 'vertebroplasty', corticalBreach: 'anterior', cementViscosity: 'low' })
      .scenario,
  )
  const end = leaky.phases.find((p) => p.id === 'cementInjection')?.endS ?? 0

  it('adds up to the leaked volume sampleProcedure reports, at any time', () => {
    expect(leaky.leaks.length).toBeGreaterThan(0)
    for (const t of [0, 100, 130, 160, 200, end, end + 50]) {
      const drawn = leaky.leaks.reduce((sum, l) => sum + l.volumeMl * leakShare(l, end, t), 0)
      expect(drawn, `at ${t} s`).toBeCloseTo(sampleProcedure(leaky, t).leakedMl, 6)
    }
  })
})
