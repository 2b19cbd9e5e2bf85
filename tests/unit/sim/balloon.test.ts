import { describe, expect, it } from 'vitest'
import {
  type BalloonInput,
  balloon,
  balloonCapacityMl,
  CADAVER_INFLATION_PSI,
  positionalRestoration,
  reducibility,
} from '../../../src/sim/balloon.ts'
import { CALIBRATION } from '../../../src/sim/calibration.ts'

const FRESH_DAYS = 1
const ACUTE_DAYS = 21 // < 10 weeks (Crandall 2004)
const CHRONIC_DAYS = 180 // > 4 months
const base: BalloonInput = { sizeMm: 15, maxPsi: 400, count: 2, fractureAgeDays: ACUTE_DAYS, tScore: -2.5 }

describe('balloon', () => {
  it('holds 2–3 mL across the 10, 15 and 20 mm tamps', () => {
    expect(balloonCapacityMl(10)).toBe(2)
    expect(balloonCapacityMl(15)).toBe(2.5)
    expect(balloonCapacityMl(20)).toBe(3)
  })

  it('worked example: fresh fracture, reference bone, fills completely at the cadaver pressure of 175 psi', () => {
    const b = balloon({ ...base, fractureAgeDays: FRESH_DAYS })
    expect(b.volumeMl).toBe(2.5)
    expect(b.peakPsi).toBeCloseTo(CADAVER_INFLATION_PSI, 0)
  })

  it('needs more pressure as the fracture heals, smoothly (no step at 10 weeks)', () => {
    const psi = [1, 14, 28, 42, 56, 69, 70, 71, 90, 120, 365].map(
      (d) => balloon({ ...base, maxPsi: 700, fractureAgeDays: d }).peakPsi,
    )
    for (let i = 1; i < psi.length; i++)
      expect(psi[i], `day index ${i}`).toBeGreaterThan(psi[i - 1] as number)
    // 69 → 71 days: under 2 % (the old acute/chronic rule stepped at 10 weeks).
    expect(((psi[7] as number) - (psi[5] as number)) / (psi[5] as number)).toBeLessThan(0.02)
  })

  it('stops at the pressure limit, part-filled, when the bone is stiffer than the limit allows', () => {
    const b = balloon({ ...base, fractureAgeDays: CHRONIC_DAYS, maxPsi: 200 })
    expect(b.peakPsi).toBe(200)
    expect(b.volumeMl).toBeLessThan(b.capacityMl)
    expect(b.volumeMl).toBeGreaterThan(0)
  })

  it('restores more in acute than chronic fractures, and more in better bone', () => {
    expect(balloon(base).finalRestoration).toBeGreaterThan(
      balloon({ ...base, fractureAgeDays: CHRONIC_DAYS }).finalRestoration,
    )
    expect(balloon({ ...base, tScore: -1.5 }).finalRestoration).toBeGreaterThan(
      balloon({ ...base, tScore: -4 }).finalRestoration,
    )
  })

  it('loses part of its lift when it deflates: peak ≥ final, both within 0–1', () => {
    for (const fractureAgeDays of [3, ACUTE_DAYS, 90, CHRONIC_DAYS, 700]) {
      const b = balloon({ ...base, fractureAgeDays })
      expect(b.peakRestoration).toBeGreaterThanOrEqual(b.finalRestoration)
      expect(b.finalRestoration).toBeGreaterThan(0)
      expect(b.peakRestoration).toBeLessThanOrEqual(1)
    }
  })

  it('lifts less with one balloon than with two', () => {
    expect(balloon({ ...base, count: 1 }).finalRestoration).toBeLessThan(balloon(base).finalRestoration)
  })
})

describe('reducibility: a smooth curve of fracture age (Crandall 2004, Palmowski 2020, Clin Neurol Neurosurg 2019)', () => {
  it('falls monotonically with age, from 1 when fresh towards the healed floor', () => {
    let previous = reducibility(0)
    expect(previous).toBe(1)
    for (let day = 1; day <= 730; day++) {
      const r = reducibility(day)
      expect(r, `day ${day}`).toBeLessThan(previous)
      expect(r - previous, `day ${day}: no step`).toBeGreaterThan(-0.02)
      previous = r
    }
    expect(reducibility(730)).toBeGreaterThan(CALIBRATION.healedReducibility)
  })

  it('worked example: half-way at 6 weeks; older over younger lies in the studies’ spread 0.41–0.78', () => {
    expect(reducibility(42)).toBeCloseTo((1 + CALIBRATION.healedReducibility) / 2, 12)
    // Crandall 2004 compared < 10 weeks with > 4 months: 52 / 67 ≈ 0.78 of the lost height.
    const ratio = reducibility(CHRONIC_DAYS) / reducibility(ACUTE_DAYS)
    expect(ratio).toBeGreaterThan(0.41)
    expect(ratio).toBeLessThan(0.78)
  })
})

describe('positionalRestoration (vertebroplasty)', () => {
  it('is small, and smaller than a balloon’s, and smaller in chronic fractures', () => {
    const acute = positionalRestoration(ACUTE_DAYS, -2.5)
    expect(acute).toBeGreaterThan(0)
    expect(acute).toBeLessThan(balloon(base).finalRestoration)
    expect(positionalRestoration(CHRONIC_DAYS, -2.5)).toBeLessThan(acute)
  })
})
