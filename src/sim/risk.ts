/**
 * Leak risk of one scenario: the same case simulated over many seeds (many patients' bone and
 * veins), with 95 % Wilson intervals, and a map of how often cement reaches each cell of the
 * cortical shell's inner face (for the risk overlay).
 */
import { LEAK_ROUTES, type LeakRoute } from './exits.ts'
import { seenRoutes } from './outcome.ts'
import { flowShape, prepare } from './prepare.ts'
import { run } from './run.ts'
import type { Scenario } from './scenarioFields.ts'

/** A proportion with its 95 % interval. */
export interface Proportion {
  p: number
  ci95: [number, number]
}

export interface Risk {
  /** Seeds run: scenario.seed, scenario.seed + 1, … */
  seeds: number
  /** Probability of a leak seen on plain radiographs (the published kind). */
  pLeak: number
  ci95: [number, number]
  /** Probability of any leak, however small (closer to what CT finds). */
  pAnyLeak: number
  /** Probability of a seen leak that went (at least partly) through each route. */
  byRoute: Record<LeakRoute, Proportion>
  /**
   * Probability of a seen leak typed as each route, as a radiologist would type it: the route's own
   * leak is large enough to be seen (or it is the largest part of a seen leak). Added in issue 7:
   * with most leaks touching several routes a little, this is the split the studies report.
   */
  seenByRoute: Record<LeakRoute, Proportion>
  meanLeakMl: number
  /** Boundary cells (grid indices) and how often cement reached each, 0–1. */
  riskMap: { cells: Uint32Array; pReach: Float32Array }
}

const Z95 = 1.959964

/** Wilson score interval for k successes in n trials. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1]
  const p = k / n
  const d = 1 + (Z95 * Z95) / n
  const centre = (p + (Z95 * Z95) / (2 * n)) / d
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + (Z95 * Z95) / (4 * n * n))) / d
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** Run `scenario` over `seeds` consecutive seeds and count its leaks. */
export function estimateRisk(scenario: Scenario, seeds = 32): Risk {
  const prepared = prepare(flowShape(scenario))
  const { grid } = prepared
  const cells: number[] = []
  for (let i = 0; i < grid.boundary.length; i++) if (grid.boundary[i]) cells.push(i)
  const reached = new Float32Array(cells.length)
  const routeSeen = Object.fromEntries(LEAK_ROUTES.map((r) => [r, 0])) as Record<LeakRoute, number>
  const routeTyped = Object.fromEntries(LEAK_ROUTES.map((r) => [r, 0])) as Record<LeakRoute, number>
  let seen = 0
  let any = 0
  let leakMl = 0
  for (let s = 0; s < seeds; s++) {
    const { outcome, fillTimeS } = run({ ...scenario, seed: scenario.seed + s }, prepared)
    if (outcome.leak.seen) seen++
    if (outcome.leak.occurred) any++
    leakMl += outcome.leak.volumeMl
    for (const route of LEAK_ROUTES)
      if (outcome.leak.seen && outcome.leak.byRouteMl[route] > 0) routeSeen[route]++
    for (const route of seenRoutes(outcome)) routeTyped[route]++
    for (let c = 0; c < cells.length; c++)
      if ((fillTimeS[cells[c] as number] as number) >= 0) reached[c] = (reached[c] as number) + 1
  }
  for (let c = 0; c < reached.length; c++) reached[c] = (reached[c] as number) / Math.max(1, seeds)
  const proportions = (counts: Record<LeakRoute, number>) =>
    Object.fromEntries(
      LEAK_ROUTES.map((r) => [r, { p: counts[r] / Math.max(1, seeds), ci95: wilson(counts[r], seeds) }]),
    ) as Record<LeakRoute, Proportion>
  return {
    seeds,
    pLeak: seen / Math.max(1, seeds),
    ci95: wilson(seen, seeds),
    pAnyLeak: any / Math.max(1, seeds),
    byRoute: proportions(routeSeen),
    seenByRoute: proportions(routeTyped),
    meanLeakMl: leakMl / Math.max(1, seeds),
    riskMap: { cells: Uint32Array.from(cells), pReach: reached },
  }
}
