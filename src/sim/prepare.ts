/**
 * The part of a run that depends only on the body's shape (level, shape, height loss): the
 * voxelised body. `estimateRisk` and the cohort reuse it across seeds.
 */
import type { Fracture } from '../anatomy/fracture.ts'
import { levelDimensions, type VertebraDimensions } from '../anatomy/levels.ts'
import { vertebraField } from '../anatomy/vertebraField.ts'
import { type Balloon, balloon, positionalRestoration } from './balloon.ts'
import { type CellGrid, cellGrid } from './cellGrid.ts'
import type { Scenario } from './scenarioFields.ts'

/** Cells along the body's longest axis (issue 3 asks for at least 32). */
export const CELLS_ALONG_LONGEST = 32

export interface Prepared {
  /** Which shape this was built for: `level/shape/heightLossPct`. */
  key: string
  dims: VertebraDimensions
  grid: CellGrid
}

export function preparedKey(s: Pick<Scenario, 'level' | 'shape' | 'heightLossPct'>): string {
  return `${s.level}/${s.shape}/${s.heightLossPct}`
}

/** The balloon (kyphoplasty) and the share of lost height the procedure regains (0–1); no seed involved. */
export function restorationOf(scenario: Scenario): { tamp: Balloon | null; share: number } {
  if (scenario.procedure === 'vertebroplasty') {
    return { tamp: null, share: positionalRestoration(scenario.fractureAgeDays, scenario.tScore) }
  }
  const tamp = balloon({
    sizeMm: scenario.balloonSizeMm,
    maxPsi: scenario.balloonMaxPsi,
    count: scenario.approach === 'bipedicular' ? 2 : 1,
    fractureAgeDays: scenario.fractureAgeDays,
    tScore: scenario.tScore,
  })
  return { tamp, share: tamp.finalRestoration }
}

/**
 * The body the cement flows into: the fracture as the procedure left it before injection, i.e.
 * with the regained share of the height loss undone (anatomy/'s warp is linear in the loss, so
 * these heights are exactly the final heights).
 */
export function flowShape(scenario: Scenario): Pick<Scenario, 'level' | 'shape' | 'heightLossPct'> {
  const { share } = restorationOf(scenario)
  return { level: scenario.level, shape: scenario.shape, heightLossPct: scenario.heightLossPct * (1 - share) }
}

/** Voxelise a (fractured) body from anatomy/'s signed distance field; pass `flowShape(scenario)` for a run. */
export function prepare(scenario: Pick<Scenario, 'level' | 'shape' | 'heightLossPct'>): Prepared {
  const dims = levelDimensions(scenario.level)
  const broken: Fracture = { shape: scenario.shape, heightLossPct: scenario.heightLossPct }
  const field = vertebraField(scenario.level, broken)
  const grid = cellGrid({ bounds: field.bodyBounds, distance: field.bodyDistance }, CELLS_ALONG_LONGEST)
  return { key: preparedKey(scenario), dims, grid }
}
