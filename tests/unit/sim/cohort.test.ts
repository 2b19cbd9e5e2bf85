import { describe, expect, it } from 'vitest'
import { calibrationTable } from '../../../src/sim/calibrationTable.ts'
import { cohort } from '../../../src/sim/cohort.ts'
import { ADJUSTED_FACTORS } from '../../../src/sim/cohortFactors.ts'
import { SOURCES } from '../../../src/sim/sources.ts'

// A reduced cohort (the full 500 runs in the bench): loose bands around the published figures.
const { patients, summary } = cohort(100, 1)

describe('reduced cohort (100 patients)', () => {
  it('treats half by each procedure and keeps every scenario valid', () => {
    expect(summary.vertebroplasty.patients).toBe(50)
    expect(summary.kyphoplasty.patients).toBe(50)
    for (const p of patients) expect(p.scenario.cementVolumeMl).toBeGreaterThan(0)
  })

  it('leaks more after vertebroplasty than kyphoplasty, in loose bands around 41–55 % and 9–18 %', () => {
    expect(summary.vertebroplasty.leakRate).toBeGreaterThan(summary.kyphoplasty.leakRate)
    expect(summary.vertebroplasty.leakRate).toBeGreaterThan(0.25)
    expect(summary.vertebroplasty.leakRate).toBeLessThan(0.7)
    expect(summary.kyphoplasty.leakRate).toBeLessThan(0.3)
  })

  it('corrects kyphosis more with kyphoplasty (≈ 4.8° vs 1.7°) and gains more anterior height', () => {
    expect(summary.kyphoplasty.kyphoticCorrectionDeg).toBeGreaterThan(
      summary.vertebroplasty.kyphoticCorrectionDeg + 1.5,
    )
    expect(summary.kyphoplasty.kyphoticCorrectionDeg).toBeGreaterThan(2.5)
    expect(summary.kyphoplasty.kyphoticCorrectionDeg).toBeLessThan(7.5)
    expect(
      summary.kyphoplasty.anteriorHeightGainMm - summary.vertebroplasty.anteriorHeightGainMm,
    ).toBeGreaterThan(1)
  })

  it('finds cortical disruption and low viscosity as risk factors (odds ratios above 1)', () => {
    expect(summary.oddsRatios.corticalDisruption).toBeGreaterThan(1.5)
    expect(summary.oddsRatios.lowViscosity).toBeGreaterThan(1.2)
  })

  it('conserves cement in every patient', () => {
    for (const { outcome } of patients) {
      expect(
        Math.abs(outcome.injectedMl - outcome.insideMl - outcome.leak.volumeMl) / outcome.injectedMl,
      ).toBeLessThan(1e-6)
    }
  })

  it('builds a calibration table whose every source is in the bibliography', () => {
    const rows = calibrationTable(summary)
    const known = new Set(SOURCES.map((s) => s.short))
    expect(rows.length).toBeGreaterThanOrEqual(30)
    for (const r of rows) {
      for (const name of r.source.split('; ')) expect(known.has(name), `${r.figure}: ${name}`).toBe(true)
      expect(Number.isFinite(r.simulated), r.figure).toBe(true)
    }
  })

  it('fits adjusted odds ratios with intervals, and splits the seen leaks among routes', () => {
    for (const f of ADJUSTED_FACTORS) {
      const { or, ci95 } = summary.adjustedOddsRatios[f]
      expect(ci95[0], f).toBeLessThanOrEqual(or)
      expect(ci95[1], f).toBeGreaterThanOrEqual(or)
    }
    expect(summary.adjustedOddsRatios.corticalDisruption.or).toBeGreaterThan(1)
    for (const p of ['vertebroplasty', 'kyphoplasty'] as const) {
      const total = Object.values(summary.routeSplit[p]).reduce((a, b) => a + b, 0)
      expect(total, p).toBeCloseTo(1, 9)
    }
    // Venous leaks are the commonest kind after vertebroplasty (Tang 2021, Venmans 2011).
    const vp = summary.routeSplit.vertebroplasty
    expect(vp.basivertebral + vp.segmental).toBeGreaterThan(0.5)
  })
})
