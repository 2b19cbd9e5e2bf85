import { describe, expect, it } from 'vitest'
import {
  type BalloonInput,
  balloon,
  balloonCapacityMl,
  CADAVER_INFLATION_PSI,
  positionalRestoration,
  reducibility,
} from '../../../src/sim/balloon.ts'

const ACUTE_DAYS = 21 // < 10 weeks (Crandall 2004)
const CHRONIC_DAYS = 180 // > 4 months
const base: BalloonInput = { sizeMm: 15, maxPsi: 400, count: 2, fractureAgeDays: ACUTE_DAYS, tScore: -2.5 }

describe('balloon', () => {
  it('holds 2–3 mL across the 10, 15 and 20 mm tamps (CLINICAL.md §4)', () => {
    expect(balloonCapacityMl(10)).toBe(2)
    expect(balloonCapacityMl(15)).toBe(2.5)
    expect(balloonCapacityMl(20)).toBe(3)
  })

  it('worked example: acute fracture, reference bone, fills completely at the cadaver pressure of 175 psi', () => {
    const b = balloon(base)
    expect(b.volumeMl).toBe(2.5)
    expect(b.peakPsi).toBe(CADAVER_INFLATION_PSI)
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

describe('reducibility (Crandall 2004: 67 % vs 52 % of lost height regained)', () => {
  it('is 1 for acute fractures, 52/67 for chronic ones, and falls in between', () => {
    expect(reducibility(ACUTE_DAYS)).toBe(1)
    expect(reducibility(CHRONIC_DAYS)).toBeCloseTo(52 / 67, 12)
    expect(reducibility(95)).toBeLessThan(1)
    expect(reducibility(95)).toBeGreaterThan(52 / 67)
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
