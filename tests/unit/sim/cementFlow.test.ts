import { describe, expect, it } from 'vitest'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'
import { cellGrid } from '../../../src/sim/cellGrid.ts'
import { cementViscosityPaS } from '../../../src/sim/cement.ts'
import { boxFlow, boxGrid } from './flowFixture.ts'

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('cellGrid on a 40 × 20 × 30 mm box', () => {
  it('has 32 cells along the longest axis and a closed boundary shell', () => {
    expect(Math.max(...boxGrid.dims)).toBeGreaterThanOrEqual(32)
    expect(boxGrid.cellMm).toBeCloseTo(42 / 32, 9)
    let shell = 0
    for (let i = 0; i < boxGrid.inside.length; i++) if (boxGrid.boundary[i]) shell++
    expect(shell).toBeGreaterThan(0)
    expect(shell).toBeLessThan(boxGrid.insideCount)
    // Volume of the inside cells ≈ the box's 24 mL (within a cell layer).
    expect((boxGrid.insideCount * boxGrid.cellMm ** 3) / 1000).toBeCloseTo(24, -1)
  })
})

describe('cementFlow', () => {
  it('conserves volume: injected = inside + leaked to 1e-6 relative, with and without leaks', () => {
    for (const o of [
      {},
      { breach: 'anterior' as const, viscosity: 'low' as const, volumeMl: 8 },
      { cavityMm: 6 },
    ]) {
      const f = boxFlow(o)
      expect(Math.abs(f.injectedMl - f.insideMl - f.leakedMl) / f.injectedMl).toBeLessThan(1e-6)
      expect(f.leakedMl).toBeCloseTo(total(f.leaks.map((l) => l.volumeMl)), 9)
    }
  })

  it('a narrow exit holds its passage first: only the rest lies outside, and the flow is unchanged', () => {
    const passage = 0.02
    for (const seed of SEEDS) {
      const open = boxFlow({ seed, breach: 'anterior', passageMl: 0 })
      const held = boxFlow({ seed, breach: 'anterior', passageMl: passage })
      // The passage takes what the exit drains, so the front advances exactly as before.
      expect(held.fillTimeS).toEqual(open.fillTimeS)
      for (const route of ['basivertebral', 'segmental', 'cortical'] as const) {
        const out = (f: typeof open) => total(f.leaks.filter((l) => l.route === route).map((l) => l.volumeMl))
        const ports = open.leaks.filter((l) => l.route === route).length
        if (route === 'cortical')
          expect(out(held), `seed ${seed}: a defect holds nothing`).toBeCloseTo(out(open), 12)
        // One basivertebral port: exactly what entered it less its passage.
        else if (route === 'basivertebral')
          expect(out(held), `seed ${seed}`).toBeCloseTo(Math.max(0, out(open) - passage), 12)
        else
          expect(out(held), `seed ${seed} ${route}`).toBeGreaterThanOrEqual(
            out(open) - ports * passage - 1e-12,
          )
        expect(out(held), `seed ${seed} ${route}`).toBeLessThanOrEqual(out(open) + 1e-12)
      }
      // Cement in a passage is inside the bone; an exit whose passage never filled has no leak.
      expect(held.insideMl + held.leakedMl).toBeCloseTo(held.injectedMl, 9)
      for (const leak of held.leaks) expect(leak.volumeMl).toBeGreaterThan(0)
      expect(held.leaks.length).toBeLessThanOrEqual(open.leaks.length)
    }
  })

  it('injects the planned volume at the planned rate when the cement stays injectable', () => {
    const f = boxFlow({ volumeMl: 4 })
    expect(f.injectedMl).toBeCloseTo(4, 9)
    expect(f.endS - 100).toBeCloseTo(120, 6) // 4 mL at 2 mL/min
  })

  it('fills cells in time order from the tip, never before injection starts', () => {
    const f = boxFlow()
    const times = [...f.fillTimeS].filter((t) => t >= 0)
    expect(Math.min(...times)).toBeGreaterThanOrEqual(100)
    expect(Math.max(...times)).toBeLessThanOrEqual(f.endS + 1e-3)
    for (let i = 0; i < f.fillTimeS.length; i++) if (!boxGrid.inside[i]) expect(f.fillTimeS[i]).toBe(-1)
  })

  it('is deterministic: the same seed gives the same fill times, leaks and pressures', () => {
    const a = boxFlow({ seed: 9, breach: 'lateral' })
    const b = boxFlow({ seed: 9, breach: 'lateral' })
    expect(b.fillTimeS).toEqual(a.fillTimeS)
    expect(b.leaks).toEqual(a.leaks)
    expect(b.pressureMPa).toEqual(a.pressureMPa)
  })

  it('more viscous cement → not more leakage, seed by seed', () => {
    for (const seed of SEEDS) {
      const [low, medium, high] = (['low', 'medium', 'high'] as const).map(
        (v) => boxFlow({ seed, viscosity: v, volumeMl: 7 }).leakedMl,
      )
      expect(medium, `seed ${seed}`).toBeLessThanOrEqual((low as number) + 1e-12)
      expect(high, `seed ${seed}`).toBeLessThanOrEqual((medium as number) + 1e-12)
    }
  })

  it('more volume → not less leakage, seed by seed (the smaller run is the start of the larger)', () => {
    for (const seed of SEEDS) {
      const small = boxFlow({ seed, volumeMl: 4, viscosity: 'low' }).leakedMl
      const large = boxFlow({ seed, volumeMl: 8, viscosity: 'low' }).leakedMl
      expect(large, `seed ${seed}`).toBeGreaterThanOrEqual(small)
    }
  })

  it('a breach → leakage through its own route, which is closed without it', () => {
    const routeOf = {
      anterior: 'cortical',
      lateral: 'cortical',
      posterior: 'canal',
      endplate: 'disc',
    } as const
    for (const breach of ['anterior', 'lateral', 'posterior', 'endplate'] as const) {
      const via = (b: typeof breach | 'none') =>
        total(
          SEEDS.map((seed) =>
            total(
              boxFlow({ seed, breach: b, volumeMl: 6 })
                .leaks.filter((l) => l.route === routeOf[breach])
                .map((l) => l.volumeMl),
            ),
          ),
        )
      expect(via('none'), breach).toBe(0)
      expect(via(breach), breach).toBeGreaterThan(0)
    }
  })

  it('a cavity → lower injection pressure for cement that the cavity holds', () => {
    // A 7 mm sphere holds about 1.4 mL; 1.2 mL into it vs into intact trabecular bone.
    for (const seed of SEEDS.slice(0, 4)) {
      const bone = boxFlow({ seed, volumeMl: 1.2 }).peakPressureMPa
      const cavity = boxFlow({ seed, volumeMl: 1.2, cavityMm: 7 }).peakPressureMPa
      expect(cavity, `seed ${seed}`).toBeLessThan(bone)
    }
  })

  it('records each leak at an exit with its route, start time and position on the shell', () => {
    const f = boxFlow({ breach: 'anterior', viscosity: 'low', volumeMl: 8 })
    expect(f.leaks.length).toBeGreaterThan(0)
    for (const leak of f.leaks) {
      expect(leak.startS).toBeGreaterThanOrEqual(100)
      expect(leak.startS).toBeLessThanOrEqual(f.endS)
      expect(
        Math.max(
          Math.abs(leak.positionMm[0]) - 20,
          Math.abs(leak.positionMm[1]) - 10,
          Math.abs(leak.positionMm[2]) - 15,
        ),
      ).toBeGreaterThan(-2.5)
    }
  })

  it('stops injecting when the cement is no longer injectable (15 min after mixing)', () => {
    // Start at 5 min: 10 min at 0.5 mL/min would be 5 mL; a 9 mL plan cannot finish.
    const f = boxFlow({ volumeMl: 9 })
    expect(f.injectedMl).toBeLessThanOrEqual(9)
    expect(cementViscosityPaS('medium', 15) / cementViscosityPaS('medium', 4)).toBeCloseTo(50, 6)
  })
})

describe('cellGrid on the real anatomy', () => {
  it('skipping cells by distance gives exactly the grid that evaluating every cell gives', () => {
    for (const [level, shape, loss] of [
      ['L1', 'wedge', 32.5],
      ['T8', 'biconcave', 45],
      ['L4', 'crush', 0],
    ] as const) {
      const f = vertebraField(level, { shape, heightLossPct: loss })
      const body = { bounds: f.bodyBounds, distance: f.bodyDistance }
      expect(cellGrid(body, 32).inside, `${level} ${shape}`).toEqual(cellGrid(body, 32, true).inside)
    }
  })
})
