/**
 * How a fracture heals with time, as one smooth curve: the share of its healing done by
 * `fractureAgeDays`, and from it how much height a balloon or positioning still regains, how much
 * of that regained height still straightens the local kyphotic angle, and how stiff the fracture is
 * against a balloon. A log-logistic curve, half-way at six weeks and steep around it: Palmowski 2020
 * found the kyphotic correction by kyphoplasty the same within 2 and at 2–6 weeks (3.8° and 4.3°)
 * and far smaller after 6 weeks (1.7°), while the heights rose in every group alike (anterior
 * +8.9–12.9 %, middle +10.7–13.4 %); Crandall 2004 restored 67 % of the lost height before 10 weeks
 * and 52 % after 4 months. So healing takes little from the height and much from the angle (the
 * curve's shape and floors are model choices calibrated to these: docs/SIMULATION.md, "Fracture age").
 */
import { CALIBRATION as C } from './calibration.ts'

/** Share of healing done at `fractureAgeDays`, 0 (fresh) → 1 (healed): 1 / (1 + (half / age)^steepness). */
export function healing(fractureAgeDays: number): number {
  const age = Math.max(0, fractureAgeDays)
  if (age === 0) return 0
  return 1 / (1 + (C.healingHalfDays / age) ** C.healingSteepness)
}

/** 1 when fresh, falling smoothly and monotonically to `healed` as the fracture heals. */
const towards = (healed: number, fractureAgeDays: number) => 1 - (1 - healed) * healing(fractureAgeDays)

/**
 * How much of its lost height a fracture still regains under a balloon, relative to a fresh one:
 * 1 at day 0, falling to `CALIBRATION.healedReducibility` as it heals (Crandall 2004: 52 / 67 ≈ 0.78
 * of the acute restoration after 4 months). A balloon lifts even a healed endplate a little.
 */
export function reducibility(fractureAgeDays: number): number {
  return towards(C.healedReducibility, fractureAgeDays)
}

/**
 * How much of its lost height positioning alone regains, relative to a fresh fracture: postural
 * reduction needs a mobile fracture, so it falls further than a balloon's (Neurosurgery 2006: less
 * gain in older fractures), to `CALIBRATION.healedPositionalReducibility`.
 */
export function positionalReducibility(fractureAgeDays: number): number {
  return towards(C.healedPositionalReducibility, fractureAgeDays)
}

/**
 * Share of the body's regained wedge that shows as a smaller local kyphotic angle, relative to a
 * fresh fracture: falls to `CALIBRATION.healedAngularShare` as the fracture heals. Palmowski 2020's
 * chronic fractures regained height like the others but only 0.4 of their kyphotic correction; the
 * model does not say why (a consolidated wall lifted more evenly, a segment grown stiff in its
 * kyphosis): it carries the finding as this share (model choice, calibrated to Palmowski 2020).
 */
export function angularShare(fractureAgeDays: number): number {
  return towards(C.healedAngularShare, fractureAgeDays)
}
