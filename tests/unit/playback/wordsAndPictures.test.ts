/**
 * Picture and words agree: what a chapter's caption says happens is what the picture shows while
 * the caption is on screen — for both procedures and both approaches. The picture is read from
 * what the scene draws at each moment (frameAt, instrumentsAt, the patient's pose); the words from
 * the caption the chapter shows (ui/chapterText.ts).
 */
import { describe, expect, it } from 'vitest'
import { type MessageKey, translator } from '../../../src/i18n/t.ts'
import { frameAt } from '../../../src/playback/frameAt.ts'
import { instrumentsAt } from '../../../src/playback/instrumentsAt.ts'
import { type ChapterId, storyChapters } from '../../../src/playback/story.ts'
import { chapterPose } from '../../../src/scene/shots.ts'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import type { Scenario } from '../../../src/sim/scenarioFields.ts'
import { simulate } from '../../../src/sim/simulate.ts'
import { sampleTrack } from '../../../src/sim/track.ts'
import { chapterText } from '../../../src/ui/chapterText.ts'

/** Skin to bone along a needle, mm: any positive distance will do for who is where. */
const SKIN_MM = 60

const cases = (['vertebroplasty', 'kyphoplasty'] as const).flatMap((procedure) =>
  (['unipedicular', 'bipedicular'] as const).map((approach) => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, procedure, approach }
    return { name: `${procedure}, ${approach}`, scenario, result: simulate(scenario) }
  }),
)

describe('picture and words', () => {
  for (const { name, scenario, result } of cases) {
    const chapters = storyChapters(scenario.procedure)
    /** What is drawn at `share` (0–1) of a chapter. */
    const at = (id: ChapterId, share: number) => {
      const chapter = chapters.find((c) => c.id === id)
      if (!chapter) throw new Error(`${id}: not a chapter of ${scenario.procedure}`)
      const frame = frameAt(scenario, result, chapter.startS + share * (chapter.endS - chapter.startS))
      return { frame, tools: instrumentsAt(result, frame.procedureS, SKIN_MM) }
    }
    const caption = (id: ChapterId) => chapterText(id, scenario, result, 'en').caption
    const count = result.needles.length
    const t = translator('en')

    it(`${name}: says as many needles (and balloons) as the picture has`, () => {
      expect(count).toBe(scenario.approach === 'bipedicular' ? 2 : 1)
      const variant = count === 2 ? 'two' : 'one'
      for (const id of ['access', 'needle', 'balloon', 'cavity'] as const) {
        if (!chapters.some((c) => c.id === id)) continue
        expect(caption(id), id).toContain(t(`caption.${id}.${variant}` as MessageKey))
      }
      if (scenario.procedure === 'kyphoplasty') expect(result.balloonCentresMm).toHaveLength(count)
    })

    it(`${name}: access — the patient lies face down, and the needles reach the bone`, () => {
      expect(caption('access')).toMatch(/face down/)
      expect(chapterPose('access')).toBe('prone')
      expect(at('access', 0.5).tools.present).toBe(true)
      expect(at('access', 0.99).frame.boneReached).toBe(true)
      if (scenario.procedure === 'kyphoplasty') {
        expect(caption('access')).toMatch(/drill/)
        const drilled = [0.8, 0.9, 0.97].some((s) => at('access', s).tools.drillDepthMm !== null)
        expect(drilled, 'the drill works in the access chapter').toBe(true)
      }
    })

    if (scenario.procedure === 'vertebroplasty')
      it(`${name}: needle — the tip ends near the front of the body`, () => {
        const tip = result.needles[0]?.tipMm[2] ?? 0
        expect(caption('needle')).toMatch(/front/)
        const length = result.needles[0]?.lengthMm ?? 0
        expect(at('needle', 0.98).tools.cannulaDepthMm).toBeGreaterThan(0.95 * length)
        expect(tip, 'in the front half of the body').toBeGreaterThan(0)
      })

    if (scenario.procedure === 'kyphoplasty') {
      it(`${name}: balloon — it is in and filling, and lifts the bone`, () => {
        expect(caption('balloon')).toMatch(/filled/)
        const early = at('balloon', 0.2)
        const late = at('balloon', 0.9)
        expect(early.tools.balloon && late.tools.balloon).toBe(true)
        expect(late.frame.sample?.balloonVolumeMl ?? 0).toBeGreaterThan(
          early.frame.sample?.balloonVolumeMl ?? 0,
        )
        expect(late.frame.lossPct, 'the lift shows').toBeLessThan(at('balloon', 0).frame.lossPct)
      })

      it(`${name}: a space for the cement — the balloons are emptied and out before the chapter ends`, () => {
        expect(caption('cavity')).toMatch(/emptied and taken out/)
        expect(at('cavity', 0.1).tools.balloon).toBe(true)
        expect(at('cavity', 0.7).tools.balloon, 'out, with the hollow left to see').toBe(false)
        expect(at('cavity', 0.7).tools.present, 'the cannulas stay for the cement').toBe(true)
      })
    }

    it(`${name}: cement — it goes in while the caption is on screen`, () => {
      const injected = (share: number) =>
        sampleTrack(result.tracks.injectedMl, at('cement', share).frame.procedureS)
      expect(injected(0.1)).toBeLessThan(injected(0.5))
      expect(injected(0.5)).toBeLessThan(injected(0.95))
      expect(injected(1)).toBeCloseTo(result.outcome.injectedMl, 1)
    })

    it(`${name}: afterwards — the needles come out early on, the hardened cement stays`, () => {
      expect(caption('result')).toMatch(count === 2 ? /needles come out/ : /needle comes out/)
      expect(at('result', 0.3).tools.present, 'out by a third of the chapter').toBe(false)
      const { sample } = at('result', 0.3).frame
      expect((sample?.injectedMl ?? 0) - (sample?.leakedMl ?? 0)).toBeGreaterThan(0)
    })
  }
})
