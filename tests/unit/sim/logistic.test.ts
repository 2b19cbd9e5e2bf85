import { describe, expect, it } from 'vitest'
import { logisticRegression, oddsRatioOf } from '../../../src/sim/logistic.ts'
import { random } from '../../../src/sim/random.ts'

describe('logisticRegression', () => {
  it('with one binary covariate, gives exactly the 2 × 2 table’s cross-product odds ratio', () => {
    // exposed: 30 leak, 10 not; unexposed: 20 leak, 40 not → OR = (30·40)/(10·20) = 6
    const rows: number[][] = []
    const y: number[] = []
    const add = (x: number, outcome: number, n: number) => {
      for (let i = 0; i < n; i++) {
        rows.push([x])
        y.push(outcome)
      }
    }
    add(1, 1, 30)
    add(1, 0, 10)
    add(0, 1, 20)
    add(0, 0, 40)
    const fit = logisticRegression(rows, y)
    expect(fit.converged).toBe(true)
    expect(oddsRatioOf(fit, 0).or).toBeCloseTo(6, 4)
    // Woolf's interval: SE of ln OR = √(1/30 + 1/10 + 1/20 + 1/40)
    const se = Math.sqrt(1 / 30 + 1 / 10 + 1 / 20 + 1 / 40)
    expect(oddsRatioOf(fit, 0).ci95[0]).toBeCloseTo(6 * Math.exp(-1.959964 * se), 3)
  })

  it('recovers known coefficients from simulated data (two covariates, 4,000 rows)', () => {
    const rng = random(7)
    const rows: number[][] = []
    const y: number[] = []
    const truth = [-0.5, Math.log(5.56), 0.4]
    for (let i = 0; i < 4000; i++) {
      const x = [rng.next() < 0.4 ? 1 : 0, rng.normal()]
      const eta =
        (truth[0] as number) +
        (truth[1] as number) * (x[0] as number) +
        (truth[2] as number) * (x[1] as number)
      rows.push(x)
      y.push(rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0)
    }
    const fit = logisticRegression(rows, y)
    for (const [j, b] of fit.coefficients.entries())
      expect(b, `coefficient ${j}`).toBeCloseTo(truth[j] as number, 0)
    const or = oddsRatioOf(fit, 0)
    expect(or.ci95[0]).toBeLessThan(5.56)
    expect(or.ci95[1]).toBeGreaterThan(5.56)
  })

  it('refuses outcomes that do not match the rows', () => {
    expect(() => logisticRegression([[1]], [1, 0])).toThrow(/expected as many outcomes as rows/)
  })
})
