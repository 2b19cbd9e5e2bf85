/**
 * Everything the scene draws at one story time, computed once per frame from the simulated result:
 * the procedure time, the simulation's sample at that time, and the height loss the fractured body
 * shows (the collapse in the fracture chapter, then the simulation's heights).
 */
import type { Fracture } from '../anatomy/fracture.ts'
import type { Heights } from '../sim/fracture.ts'
import type { ProcedureResult } from '../sim/run.ts'
import { type ProcedureSample, sampleProcedure } from '../sim/sampleProcedure.ts'
import type { Scenario } from '../sim/scenarioFields.ts'
import { boneReachedS } from './instrumentsAt.ts'
import { type ChapterId, chapterAt, collapseAt, procedureTimeAt } from './story.ts'

export interface PlaybackFrame {
  storyS: number
  chapter: ChapterId
  /** Procedure time shown, s; 0 throughout the fracture chapter. */
  procedureS: number
  /** The simulation at `procedureS`; null while no result for this scenario's level and shape exists. */
  sample: ProcedureSample | null
  /** Height loss the fractured body shows, % (the warp's `heightLossPct`). */
  lossPct: number
  /** The body's heights at that loss; null without a result for this body. */
  heightsMm: Heights | null
  /** The needle has reached the bone (or passed through it and left): the time to see inside. */
  boneReached: boolean
}

/** The height that defines each shape's loss (anatomy/fracture.ts). */
const DEFINING: Record<Fracture['shape'], keyof Heights> = {
  wedge: 'anterior',
  biconcave: 'middle',
  crush: 'middle',
}

/** Whether `result` was simulated on the body `scenario` shows (it may lag a scenario change). */
export function resultFits(result: ProcedureResult | null, scenario: Scenario): result is ProcedureResult {
  return (
    result !== null &&
    result.scenario.level === scenario.level &&
    result.scenario.shape === scenario.shape &&
    result.scenario.heightLossPct === scenario.heightLossPct
  )
}

/**
 * Height loss for heights `h`: the simulation restores every height by the same share of what it
 * lost (sim/run.ts), and the warp is linear in the loss, so the restored body is the same fracture
 * with a smaller loss.
 */
export function lossForHeights(scenario: Scenario, result: ProcedureResult, h: Heights): number {
  const key = DEFINING[scenario.shape]
  const { normal, fractured } = result.outcome.heightsMm
  const lost = normal[key] - fractured[key]
  if (!(lost > 1e-6)) return scenario.heightLossPct
  const regained = Math.min(1, Math.max(0, (h[key] - fractured[key]) / lost))
  return scenario.heightLossPct * (1 - regained)
}

/** The heights a loss gives: the inverse of `lossForHeights` (the collapse and the lift are the same warp). */
export function heightsForLoss(scenario: Scenario, result: ProcedureResult, lossPct: number): Heights {
  const { normal, fractured } = result.outcome.heightsMm
  const share = scenario.heightLossPct > 0 ? lossPct / scenario.heightLossPct : 0
  const at = (key: keyof Heights) => normal[key] - share * (normal[key] - fractured[key])
  return { anterior: at('anterior'), middle: at('middle'), posterior: at('posterior') }
}

export function frameAt(scenario: Scenario, result: ProcedureResult | null, storyS: number): PlaybackFrame {
  const { procedure } = scenario
  const chapter = chapterAt(procedure, storyS).id
  const fits = resultFits(result, scenario) && result.scenario.procedure === procedure
  const procedureS = fits ? procedureTimeAt(procedure, result.phases, storyS) : 0
  const sample = fits ? sampleProcedure(result, procedureS) : null
  const lossPct =
    chapter === 'fracture'
      ? scenario.heightLossPct * collapseAt(storyS)
      : sample && fits
        ? lossForHeights(scenario, result, sample.heightsMm)
        : scenario.heightLossPct
  const boneReached = fits && chapter !== 'fracture' && procedureS >= boneReachedS(result)
  const heightsMm = resultFits(result, scenario) ? heightsForLoss(scenario, result, lossPct) : null
  return { storyS, chapter, procedureS, sample, lossPct, heightsMm, boneReached }
}
