/**
 * A run's outcome as the CLI prints it and the UI shows it: volumes, leaks by route, heights,
 * kyphotic angle, pressure, how much of the body the cement fills and whether it crosses the midline.
 */
import { CALIBRATION as C } from './calibration.ts'
import { type CellGrid, cellCentre } from './cellGrid.ts'
import type { CementFlow } from './cementFlow.ts'
import { LEAK_ROUTES, type LeakRoute } from './exits.ts'
import type { Heights } from './fracture.ts'

export interface Outcome {
  injectedMl: number
  insideMl: number
  leak: {
    /** Any cement lies outside the bone: what CT shows (Yeom 2003; Acta Radiol 2012). */
    occurred: boolean
    /** Enough left the body to be seen on plain radiographs (≥ CALIBRATION.seenLeakMl). */
    seen: boolean
    volumeMl: number
    byRouteMl: Record<LeakRoute, number>
  }
  heightsMm: { normal: Heights; fractured: Heights; final: Heights }
  kyphoticAngleDeg: { fractured: number; final: number }
  peakInjectionPressureMPa: number
  /** Share of the body's cells that hold cement, 0–1. */
  fillFraction: number
  /** Cement lies on both sides of the midline (more than one cell from it). */
  crossesMidline: boolean
}

export interface OutcomeInput {
  flow: CementFlow
  grid: CellGrid
  heightsMm: Outcome['heightsMm']
  kyphoticAngleDeg: Outcome['kyphoticAngleDeg']
}

/** Summarise one run. */
export function outcome({ flow, grid, heightsMm, kyphoticAngleDeg }: OutcomeInput): Outcome {
  const byRouteMl = Object.fromEntries(LEAK_ROUTES.map((r) => [r, 0])) as Record<LeakRoute, number>
  for (const leak of flow.leaks) byRouteMl[leak.route] += leak.volumeMl
  let filled = 0
  let left = false
  let right = false
  for (let index = 0; index < flow.fillTimeS.length; index++) {
    if ((flow.fillTimeS[index] as number) < 0) continue
    filled++
    const x = cellCentre(grid, index)[0]
    if (x > grid.cellMm) left = true
    if (x < -grid.cellMm) right = true
  }
  return {
    injectedMl: flow.injectedMl,
    insideMl: flow.insideMl,
    leak: {
      occurred: flow.leakedMl > 0,
      seen: flow.leakedMl >= C.seenLeakMl,
      volumeMl: flow.leakedMl,
      byRouteMl,
    },
    heightsMm,
    kyphoticAngleDeg,
    peakInjectionPressureMPa: flow.peakPressureMPa,
    fillFraction: filled / grid.insideCount,
    crossesMidline: left && right,
  }
}

/**
 * The routes of a seen leak as a radiologist would type it: every route whose own leak is large
 * enough to be seen, or else the largest one. Empty when no leak was seen.
 */
export function seenRoutes(outcome: Outcome): LeakRoute[] {
  if (!outcome.leak.seen) return []
  const byRoute = outcome.leak.byRouteMl
  const visible = LEAK_ROUTES.filter((r) => byRoute[r] >= C.seenLeakMl)
  if (visible.length > 0) return visible
  return [LEAK_ROUTES.reduce((a, b) => (byRoute[b] > byRoute[a] ? b : a))]
}

/** The routes of a leak as CT shows it: every route by which any cement lies outside the bone. */
export function ctRoutes(outcome: Outcome): LeakRoute[] {
  return LEAK_ROUTES.filter((r) => outcome.leak.byRouteMl[r] > 0)
}
