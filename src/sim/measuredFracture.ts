/**
 * The patient's own fracture, from the anterior, middle and posterior body heights an educator
 * measures on the lateral radiograph: the shape whose loss pattern fits them best (least squares
 * over the three relative losses — wedge: front lost, middle half; biconcave: middle lost, rims a
 * quarter; crush: all alike, as anatomy/fracture.ts draws them), its height loss, the Genant grade
 * (Genant 1993) and the local kyphotic angle. Impossible heights are refused with a reason.
 */
import { type FractureShape, fracturedHeights, MAX_HEIGHT_LOSS_PCT } from '../anatomy/fracture.ts'
import { type Level, levelDimensions } from '../anatomy/levels.ts'
import { gradeFromHeights, type Heights, kyphoticAngleDeg } from './fracture.ts'
import type { ProblemText } from './problemText.ts'

/** Relative loss of (anterior, middle, posterior) per unit of the shape's loss. */
const PATTERNS: Record<FractureShape, readonly [number, number, number]> = {
  wedge: [1, 0.5, 0],
  biconcave: [0.25, 1, 0.25],
  crush: [1, 1, 1],
}
/** A measured height above this share of the expected healthy one is not a compression fracture. */
const MAX_OF_NORMAL = 1.25

export type MeasuredFracture =
  | {
      ok: true
      shape: FractureShape
      /** The shape's defining loss, %, clamped to what the model shows (0–60 %). */
      heightLossPct: number
      grade: 0 | 1 | 2 | 3
      kyphoticAngleDeg: number
      /** The healthy heights the measurement was compared with, mm. */
      normal: Heights
      /** Said when the loss had to be clamped. */
      note: string | null
      /** The same as data, for the reader's language (`problem.heights.*` in the catalogues). */
      noteProblem: ProblemText | null
    }
  | { ok: false; message: string; problem: ProblemText }

/** A refusal, as text and as data. */
function refuse(problem: ProblemText): { ok: false; message: string; problem: ProblemText } {
  return { ok: false, message: problem.message, problem }
}

export function measuredFracture(level: Level, measured: Heights): MeasuredFracture {
  const dims = levelDimensions(level)
  const n = fracturedHeights(dims)
  const normal: Heights = { anterior: n.anteriorMm, middle: n.middleMm, posterior: n.posteriorMm }
  for (const key of ['anterior', 'middle', 'posterior'] as const) {
    const v = measured[key]
    const limit = normal[key] * MAX_OF_NORMAL
    const which = { term: `term.${key}` }
    if (!Number.isFinite(v) || v <= 0)
      return refuse({
        code: 'heights.notPositive',
        params: { key: 'heights', which, value: v },
        message: `heights: expected three positive heights in mm, got ${key} ${v} — not applied`,
      })
    if (v > limit) {
      const about = normal[key].toFixed(1)
      const most = limit.toFixed(1)
      return refuse({
        code: 'heights.tooTall',
        params: { key: 'heights', which, value: v, level, about, most },
        message: `heights: ${key} ${v} mm is taller than a healthy ${level} (about ${about} mm; at most ${most}) — not applied`,
      })
    }
  }
  const loss = [
    1 - measured.anterior / normal.anterior,
    1 - measured.middle / normal.middle,
    1 - measured.posterior / normal.posterior,
  ].map((l) => Math.max(0, l)) as [number, number, number]
  let best: { shape: FractureShape; amount: number; residual: number } | null = null
  for (const [shape, p] of Object.entries(PATTERNS) as [FractureShape, readonly [number, number, number]][]) {
    const amount = (p[0] * loss[0] + p[1] * loss[1] + p[2] * loss[2]) / (p[0] ** 2 + p[1] ** 2 + p[2] ** 2)
    const residual = p.reduce((sum, pi, i) => sum + (amount * pi - (loss[i] as number)) ** 2, 0)
    if (!best || residual < best.residual) best = { shape, amount, residual }
  }
  const chosen = best as { shape: FractureShape; amount: number }
  const pct = Math.round(chosen.amount * 1000) / 10
  const heightLossPct = Math.min(MAX_HEIGHT_LOSS_PCT, Math.max(0, pct))
  const noteProblem: ProblemText | null =
    pct > MAX_HEIGHT_LOSS_PCT
      ? {
          code: 'heights.beyondModel',
          params: { key: 'heights', loss: pct, max: MAX_HEIGHT_LOSS_PCT },
          message: `heights: a ${pct} % loss is beyond what the model shows — shown at ${MAX_HEIGHT_LOSS_PCT} %`,
        }
      : null
  return {
    ok: true,
    shape: chosen.shape,
    heightLossPct,
    grade: gradeFromHeights(normal, measured),
    kyphoticAngleDeg: kyphoticAngleDeg(measured, dims.bodyDepthMm),
    normal,
    note: noteProblem?.message ?? null,
    noteProblem,
  }
}
