/**
 * How a fracture heals with time, as one smooth curve: the share of its healing done by
 * `fractureAgeDays`, and from it how readily the fracture still reduces (regains height) and how
 * stiff it is against a balloon. A log-logistic curve, half-way at six weeks: Palmowski 2020 found
 * the kyphotic correction by kyphoplasty the same within 2 and 2–6 weeks (3.8° and 4.3°) and far
 * smaller after 6 weeks (1.7°); Crandall 2004 restored 67 % of the lost height before 10 weeks and
 * 52 % after 4 months; Clin Neurol Neurosurg 2019 restored 17.5 % of the height within 4 weeks and
 * 7.2 % later. The curve's shape and its floor are model choices that sit between these
 * (docs/SIMULATION.md, "Fracture age").
 */
import { CALIBRATION as C } from './calibration.ts'

/** Share of healing done at `fractureAgeDays`, 0 (fresh) → 1 (healed): 1 / (1 + (half / age)^steepness). */
export function healing(fractureAgeDays: number): number {
  const age = Math.max(0, fractureAgeDays)
  if (age === 0) return 0
  return 1 / (1 + (C.healingHalfDays / age) ** C.healingSteepness)
}

/**
 * How readily the fracture reduces, relative to a fresh one: 1 at day 0, falling smoothly and
 * monotonically to `CALIBRATION.healedReducibility` as it heals (0.85 at 4 weeks, 0.75 at 6,
 * 0.55 at 4 months).
 */
export function reducibility(fractureAgeDays: number): number {
  return 1 - (1 - C.healedReducibility) * healing(fractureAgeDays)
}
