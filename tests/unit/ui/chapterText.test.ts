import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../src/i18n/catalogues.ts'
import { LANGUAGES } from '../../../src/i18n/languages.ts'
import { type MessageKey, translator } from '../../../src/i18n/t.ts'
import { storyChapters } from '../../../src/playback/story.ts'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import type { Scenario } from '../../../src/sim/scenarioFields.ts'
import { chapterText, heightRegainedKey } from '../../../src/ui/chapterText.ts'

/** Captions follow the case: one needle or two for either procedure, and the height actually regained. */
const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes })

beforeAll(async () => {
  for (const lang of LANGUAGES) await loadCatalogue(lang)
})

describe('the captions of a case', () => {
  for (const lang of LANGUAGES) {
    // Looked up when each test runs: the catalogues load before them.
    const t = (key: MessageKey) => translator(lang)(key)
    const caption = (s: Scenario, chapter: Parameters<typeof chapterText>[0]) =>
      chapterText(chapter, s, null, lang).caption

    it(`${lang}: speak of two needles all the way through when vertebroplasty keeps the bipedicular approach`, () => {
      const vp = scenario({ procedure: 'vertebroplasty', approach: 'bipedicular' })
      expect(caption(vp, 'access')).toBe(t('caption.access.two'))
      expect(caption(vp, 'needle')).toBe(t('caption.needle.two'))
      expect(caption(vp, 'cement')).toBe(t('caption.cement.vertebroplasty.two'))
      expect(caption(vp, 'result')).toContain(t('caption.result.out.two'))
      expect(caption(vp, 'result')).not.toContain(t('caption.result.out.one'))
    })

    it(`${lang}: speak of one balloon and one needle in a unipedicular kyphoplasty`, () => {
      const bkp = scenario({ procedure: 'kyphoplasty', approach: 'unipedicular' })
      expect(caption(bkp, 'access')).toBe(`${t('caption.access.one')} ${t('caption.access.kyphoplasty.one')}`)
      expect(caption(bkp, 'balloon')).toBe(t('caption.balloon.one'))
      expect(caption(bkp, 'cavity')).toBe(t('caption.cavity.one'))
      expect(caption(bkp, 'result')).toContain(t('caption.result.out.one'))
    })

    it(`${lang}: say nothing of the height until the simulation has answered, and the pain relief as similar`, () => {
      for (const procedure of ['vertebroplasty', 'kyphoplasty'] as const) {
        const text = caption(scenario({ procedure }), 'result')
        for (const key of [
          'caption.result.height.much',
          'caption.result.height.some',
          'caption.result.height.none',
        ] as const)
          expect(text).not.toContain(t(key))
        expect(text).toContain(t('caption.result.pain'))
      }
    })
  }

  it('have a caption for every chapter of both procedures, in both approaches', () => {
    for (const procedure of ['vertebroplasty', 'kyphoplasty'] as const)
      for (const approach of ['unipedicular', 'bipedicular'] as const)
        for (const chapter of storyChapters(procedure))
          expect(chapterText(chapter.id, scenario({ procedure, approach }), null, 'en').caption).not.toMatch(
            /\{|caption\./,
          )
  })
})

describe('the height "Afterwards" speaks of', () => {
  const normal = { anterior: 25, middle: 25, posterior: 26 }
  const fractured = { anterior: 17, middle: 20, posterior: 25 }
  const regained = (anterior: number) => ({ normal, fractured, final: { ...fractured, anterior } })
  const key = (procedure: 'vertebroplasty' | 'kyphoplasty', ageDays: number, anterior: number): MessageKey =>
    heightRegainedKey(procedure, ageDays, regained(anterior))

  it('calls the bone taller only when it regained a share of its height that shows', () => {
    expect(key('kyphoplasty', 21, 21.5)).toBe('caption.result.height.much') // 56 % of 8 mm
    expect(key('kyphoplasty', 21, 18.6)).toBe('caption.result.height.some') // 20 %, 1.6 mm
    expect(key('kyphoplasty', 21, 17.6)).toBe('caption.result.height.none') // 7.5 %
  })

  it('never calls a year-old fracture that regained almost nothing taller, and says why', () => {
    expect(key('kyphoplasty', 365, 17.05)).toBe('caption.result.height.old')
    expect(key('kyphoplasty', 365, 21.5)).toBe('caption.result.height.much')
  })

  it('says vertebroplasty does not aim to lift the bone when it did not', () => {
    expect(key('vertebroplasty', 21, 17.2)).toBe('caption.result.height.vertebroplasty')
  })

  it('needs at least a millimetre: a small fracture’s tiny gain is not "taller"', () => {
    const small = { normal, fractured: { ...normal, anterior: 24 }, final: { ...normal, anterior: 24.8 } }
    expect(heightRegainedKey('kyphoplasty', 21, small)).toBe('caption.result.height.none')
  })
})
