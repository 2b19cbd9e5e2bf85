/**
 * The words of a chapter in a language: its title, the caption a patient reads (plain, short
 * sentences that follow the case: one needle or two, the height actually regained) and the one-line
 * technical note an educator reads, with this case's figures from the simulation, formatted for that
 * language.
 */
import { genantGrade } from '../anatomy/fracture.ts'
import type { Language } from '../i18n/languages.ts'
import { type MessageKey, translator } from '../i18n/t.ts'
import { needleGauge } from '../playback/needleGauge.ts'
import type { ChapterId } from '../playback/story.ts'
import { LEAK_ROUTES } from '../sim/exits.ts'
import type { Heights } from '../sim/fracture.ts'
import type { ProcedureResult } from '../sim/run.ts'
import type { Procedure, Scenario } from '../sim/scenarioFields.ts'

export interface ChapterText {
  title: string
  caption: string
  /** Null until the simulation of this case has answered. */
  note: string | null
}

/** Routes carrying less than this (mL) are not named in the note: traces, not a seen leak's path. */
const NAMED_ROUTE_ML = 0.005

/**
 * How "Afterwards" words the height the simulation regained, as shares of the front height the
 * fracture lost (display choices, not study figures): half of it or more reads as "much", 15 % or
 * more as "a little taller", both only from 1 mm up (about what a radiograph's measurement tells
 * apart); less reads as "barely changed". A year-old fracture that regains almost nothing is never
 * called taller.
 */
const MUCH_REGAINED = 0.5
const SOME_REGAINED = 0.15
const SHOWN_MM = 1
/** Older than this a fracture is no longer acute (Crandall 2004's acute fractures: under 10 weeks), days. */
const ACUTE_DAYS = 70

type Translate = ReturnType<typeof translator>
type Needles = 'one' | 'two'

/** One needle or two: the case's approach, for either procedure. */
const needlesOf = (scenario: Scenario): Needles => (scenario.approach === 'bipedicular' ? 'two' : 'one')

/** The sentence of "Afterwards" that says how much height came back, from the front heights. */
export function heightRegainedKey(
  procedure: Procedure,
  fractureAgeDays: number,
  heightsMm: { normal: Heights; fractured: Heights; final: Heights },
): MessageKey {
  const { normal, fractured, final } = heightsMm
  const gainedMm = final.anterior - fractured.anterior
  const lostMm = normal.anterior - fractured.anterior
  const share = lostMm > 0 ? gainedMm / lostMm : 0
  if (gainedMm >= SHOWN_MM && share >= MUCH_REGAINED) return 'caption.result.height.much'
  if (gainedMm >= SHOWN_MM && share >= SOME_REGAINED) return 'caption.result.height.some'
  if (procedure === 'vertebroplasty') return 'caption.result.height.vertebroplasty'
  return fractureAgeDays > ACUTE_DAYS ? 'caption.result.height.old' : 'caption.result.height.none'
}

function caption(
  t: Translate,
  chapter: ChapterId,
  scenario: Scenario,
  result: ProcedureResult | null,
): string {
  const { procedure, level, shape } = scenario
  const needles = needlesOf(scenario)
  const sentences = (...keys: (MessageKey | null)[]) =>
    keys
      .filter((key) => key !== null)
      .map((key) => t(key))
      .join(' ')
  switch (chapter) {
    case 'fracture':
      return t(`caption.fracture.${shape}`, { level })
    case 'access':
      return sentences(
        `caption.access.${needles}`,
        procedure === 'kyphoplasty' ? `caption.access.kyphoplasty.${needles}` : null,
      )
    case 'needle':
    case 'balloon':
    case 'cavity':
      return t(`caption.${chapter}.${needles}`)
    case 'cement':
      return sentences(
        procedure === 'kyphoplasty'
          ? 'caption.cement.kyphoplasty'
          : `caption.cement.vertebroplasty.${needles}`,
        // Said when the leak is large enough to be seen on an X-ray, as the studies count them.
        result?.outcome.leak.seen ? 'caption.cement.leak' : null,
      )
    case 'result':
      return sentences(
        `caption.result.out.${needles}`,
        'caption.result.hold',
        // Until the simulation answers, the caption says nothing of the height.
        result ? heightRegainedKey(procedure, scenario.fractureAgeDays, result.outcome.heightsMm) : null,
        'caption.result.pain',
      )
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
        correction: deg(outcome.kyphoticAngleDeg.fractured - outcome.kyphoticAngleDeg.final),
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
