/**
 * The words of a chapter in a language: its title, the caption a patient reads (plain, short
 * sentences) and the one-line technical note an educator reads, with this case's figures from the
 * simulation, formatted for that language.
 */
import { genantGrade } from '../anatomy/fracture.ts'
import type { Language } from '../i18n/languages.ts'
import { type MessageKey, translator } from '../i18n/t.ts'
import { needleGauge } from '../playback/needleGauge.ts'
import type { ChapterId } from '../playback/story.ts'
import { LEAK_ROUTES } from '../sim/exits.ts'
import type { ProcedureResult } from '../sim/run.ts'
import type { Scenario } from '../sim/scenarioFields.ts'

export interface ChapterText {
  title: string
  caption: string
  /** Null until the simulation of this case has answered. */
  note: string | null
}

/** Routes carrying less than this (mL) are not named in the note: traces, not a seen leak's path. */
const NAMED_ROUTE_ML = 0.005

type Translate = ReturnType<typeof translator>

function caption(
  t: Translate,
  chapter: ChapterId,
  scenario: Scenario,
  result: ProcedureResult | null,
): string {
  const { procedure, level, shape, approach } = scenario
  const kypho = procedure === 'kyphoplasty'
  switch (chapter) {
    case 'fracture':
      return t(`caption.fracture.${shape}` as MessageKey, { level })
    case 'access': {
      const reach = t(approach === 'bipedicular' ? 'caption.access.two' : 'caption.access.one')
      return kypho ? `${reach} ${t('caption.access.kyphoplasty')}` : reach
    }
    case 'needle':
    case 'balloon':
    case 'cavity':
      return t(`caption.${chapter}`)
    case 'cement': {
      const fill = t(`caption.cement.${procedure}`)
      // Said when the leak is large enough to be seen on an X-ray, as the studies count them.
      return result?.outcome.leak.seen ? `${fill} ${t('caption.cement.leak')}` : fill
    }
    case 'result':
      return t(`caption.result.${procedure}`)
  }
}

function note(
  t: Translate,
  lang: Language,
  chapter: ChapterId,
  scenario: Scenario,
  result: ProcedureResult,
): string {
  const number = (digits: number) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const mm = (v: number) => number(1).format(v)
  const ml = (v: number) => number(1).format(v)
  const deg = (v: number) => number(1).format(v)
  const { outcome } = result
  const { normal, fractured, final } = outcome.heightsMm
  const count = t(result.needles.length === 2 ? 'note.count.bipedicular' : 'note.count.unipedicular')
  const gauge = needleGauge(scenario.level).gauge
  switch (chapter) {
    case 'fracture':
      return t('note.fracture', {
        shape: t(`note.shape.${scenario.shape}`),
        level: scenario.level,
        loss: number(1).format(scenario.heightLossPct),
        grade: genantGrade(scenario.heightLossPct),
        angle: deg(outcome.kyphoticAngleDeg.fractured),
      })
    case 'access':
      return t(scenario.procedure === 'kyphoplasty' ? 'note.access.kyphoplasty' : 'note.access', {
        count,
        gauge,
      })
    case 'needle':
      return t('note.needle', { depth: mm(result.needles[0]?.lengthMm ?? 0) })
    case 'balloon': {
      const balloon = result.balloon
      return t('note.balloon', {
        size: scenario.balloonSizeMm,
        volume: ml(balloon?.volumeMl ?? 0),
        pressure: Math.round(balloon?.peakPsi ?? 0),
        before: mm(fractured.anterior),
        after: mm(
          fractured.anterior + (balloon?.peakRestoration ?? 0) * (normal.anterior - fractured.anterior),
        ),
      })
    }
    case 'cavity':
      return t('note.cavity', { cavity: ml((result.balloon?.volumeMl ?? 0) * result.needles.length) })
    case 'cement': {
      const text = t('note.cement', {
        viscosity: t(`viscosity.${scenario.cementViscosity}`),
        injected: ml(outcome.injectedMl),
        rate: ml(scenario.injectionRateMlPerMin),
        start: number(1).format(scenario.injectionStartMin),
        pressure: number(2).format(outcome.peakInjectionPressureMPa),
      })
      if (!outcome.leak.seen) return text
      const routes = LEAK_ROUTES.filter((r) => outcome.leak.byRouteMl[r] >= NAMED_ROUTE_ML)
        .map((r) => t(`route.${r}`))
        .join(', ')
      return `${text} ${t('note.cement.leak', { leaked: number(2).format(outcome.leak.volumeMl), routes })}`
    }
    case 'result':
      return t('note.result', {
        fractured: mm(fractured.anterior),
        final: mm(final.anterior),
        percent: Math.round((100 * final.anterior) / normal.anterior),
        angleBefore: deg(outcome.kyphoticAngleDeg.fractured),
        angleAfter: deg(outcome.kyphoticAngleDeg.final),
      })
  }
}

/** The chapter's words in `lang` (its catalogue loaded: `state/languageClient.ts`). */
export function chapterText(
  chapter: ChapterId,
  scenario: Scenario,
  result: ProcedureResult | null,
  lang: Language,
): ChapterText {
  const t = translator(lang)
  return {
    title: t(`chapter.${chapter}.title`),
    caption: caption(t, chapter, scenario, result),
    note: result ? note(t, lang, chapter, scenario, result) : null,
  }
}
