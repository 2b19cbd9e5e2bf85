/**
 * What the 3D view shows right now, in words: the canvas's accessible name (screen readers, and the
 * alt text of a screenshot), updated at each chapter and when the case changes; like the captions,
 * it follows the case's one needle or two.
 */
import { t } from '../i18n/t.ts'
import type { ChapterId } from '../playback/story.ts'
import type { ProcedureResult } from '../sim/run.ts'
import type { Scenario } from '../sim/scenarioFields.ts'

export function sceneDescription(
  chapter: ChapterId,
  scenario: Scenario,
  result: ProcedureResult | null,
): string {
  const values = {
    procedure: t(`procedure.${scenario.procedure}`),
    level: scenario.level,
    shape: t(`shape.${scenario.shape}`),
    loss: Math.round(scenario.heightLossPct),
    needles: t(scenario.approach === 'bipedicular' ? 'describe.twoNeedles' : 'describe.oneNeedle'),
  }
  // The chapters that show the instruments speak of one needle (and balloon) or two, as the case has.
  const needles = scenario.approach === 'bipedicular' ? 'two' : 'one'
  let text =
    chapter === 'fracture' || chapter === 'access'
      ? t(`describe.${chapter}`, values)
      : t(`describe.${chapter}.${needles}`, values)
  if (chapter === 'cement' && result?.outcome.leak.seen) text += ` ${t('describe.cement.leak')}`
  return `${text} ${t('describe.keys')}`
}
