/**
 * What patients are told beside the picture, as data: each fact is a catalogue message, the published
 * figures that fill it (`sim/published.ts`) and the studies it cites. One list for the studies card,
 * the print sheet, the "How do doctors choose?" dialog, the side-by-side outcome in patient mode and
 * the readability check (`scripts/readability.ts`), so every place says the same with the same
 * sources. Only studies' figures: the simulation's own are the educator's.
 */
import type { Language } from '../i18n/languages.ts'
import { type MessageKey, type MessageValues, translator } from '../i18n/t.ts'
import {
  BETTER_ON_THEIR_OWN,
  CANAL_LEAK,
  CEMENT_TO_LUNGS,
  CT_LEAK_RATES,
  INFECTION_BLEEDING,
  KYPHOSIS_REDUCED_DEG,
  LEAK_RELATIVE_RISK,
  NEW_FRACTURES,
  NEW_FRACTURES_TRIAL,
  PROCEDURE_MIN,
  PUBLISHED_LEAK_RATES,
  SIMILAR_PAIN_RELIEF_SOURCES,
} from '../sim/published.ts'
import type { Procedure } from '../sim/scenarioFields.ts'

/** A catalogue term as a value: translated, not formatted (the treatment's name inside a sentence). */
export interface Term {
  term: MessageKey
}

export interface Fact {
  key: MessageKey
  /** Numbers, formatted in the reader's language, and terms, translated. */
  values: Readonly<Record<string, number | Term>>
  /** Ids in `sim/sources.ts`, in the order the text uses them. */
  sources: readonly string[]
}

/** A row of the side-by-side outcome: a label and its fact. */
export interface OutcomeRow {
  label: MessageKey
  fact: Fact
}

const fact = (key: MessageKey, sources: readonly string[], values: Fact['values'] = {}): Fact => ({
  key,
  values,
  sources,
})
/** Natural frequencies: "about 41 in 100", "about 8 in 10". */
const inHundred = (rate: number) => Math.round(rate * 100)
const inTen = (rate: number) => Math.round(rate * 10)
const rate = (count: { events: number; of: number }) => count.events / count.of

/** The sham-controlled and the open trial of vertebroplasty: on the studies card and in the "choose" dialog. */
export const TRIALS: Fact = fact('studies.trials', ['kallmes2009', 'klazen2010'])

/** The benefits and, beside them, the risks of `procedure`, as the studies found them. */
export function studiesFacts(procedure: Procedure): { benefits: Fact[]; risks: Fact[] } {
  const trial = NEW_FRACTURES_TRIAL.counts
  const newFractureRates = [rate(trial.vertebroplasty), rate(trial.kyphoplasty)].map(inTen)
  const lungs = CEMENT_TO_LUNGS.counts
  return {
    benefits: [
      fact('studies.pain', SIMILAR_PAIN_RELIEF_SOURCES),
      TRIALS,
      fact(`studies.height.${procedure}`, ['papanastassiou2012'], {
        kypho: KYPHOSIS_REDUCED_DEG.kyphoplasty,
        vert: KYPHOSIS_REDUCED_DEG.vertebroplasty,
      }),
      fact('studies.time', ['dohm2014'], { minutes: Math.round(PROCEDURE_MIN[procedure]) }),
    ],
    risks: [
      fact('studies.leak', ['hulme2006'], {
        n: inHundred((PUBLISHED_LEAK_RATES[procedure][0] as { rate: number }).rate),
        procedure: { term: `procedure.inSentence.${procedure}` },
      }),
      fact('studies.leakCompared', [LEAK_RELATIVE_RISK.sourceId], { n: inTen(LEAK_RELATIVE_RISK.rr) }),
      fact('studies.leakCt', ['dohm2014', 'actaradiol2012'], {
        vert: inTen(CT_LEAK_RATES.vertebroplasty.rate),
        kypho: inTen(CT_LEAK_RATES.kyphoplasty.rate),
      }),
      fact('studies.leakHarm', [CANAL_LEAK.sourceId], {
        people: CANAL_LEAK.patients,
        n: Math.ceil(CANAL_LEAK.rate * 100),
      }),
      // One of 190 and one of 191: "about 1 in 190" after either.
      fact('studies.lungs', [CEMENT_TO_LUNGS.sourceId], {
        of: Math.round(1 / Math.max(rate(lungs.vertebroplasty), rate(lungs.kyphoplasty)) / 10) * 10,
        years: CEMENT_TO_LUNGS.months / 12,
      }),
      fact('studies.otherRisks', [INFECTION_BLEEDING.sourceId], {
        people: INFECTION_BLEEDING.patients,
        infection: INFECTION_BLEEDING.infection,
        bleeding: INFECTION_BLEEDING.bleeding,
      }),
      fact('studies.newFractures', [NEW_FRACTURES_TRIAL.sourceId], {
        years: NEW_FRACTURES_TRIAL.months / 12,
        low: Math.min(...newFractureRates),
        high: Math.max(...newFractureRates),
      }),
      fact('studies.newFracturesReview', [NEW_FRACTURES.sourceId], {
        treated: inHundred(NEW_FRACTURES.treated),
        none: inHundred(NEW_FRACTURES.nonSurgical),
      }),
    ],
  }
}

/** A patient's day: before (the scan, the alternative, who should not have it), during, after. */
export function dayFacts(): Fact[] {
  return [
    fact('patient.day.scan', ['klazen2010']),
    fact('patient.day.alternative', [BETTER_ON_THEIR_OWN.sourceId], { n: inTen(BETTER_ON_THEIR_OWN.rate) }),
    fact('patient.day.notFor', ['klazen2010', 'cirse2017']),
    fact('patient.day.anaesthesia', ['bonnard2017']),
    fact('patient.day.time', ['dohm2014'], {
      vert: Math.round(PROCEDURE_MIN.vertebroplasty),
      kypho: Math.round(PROCEDURE_MIN.kyphoplasty),
    }),
    fact('patient.day.home', ['burton2008']),
    fact('patient.day.relief', ['kobayashi2005', 'patientsafsurg2008']),
    fact('patient.day.bones', ['johansson2017']),
  ]
}

/** Under `procedure`'s picture in "Side by side", for patients: head-to-head studies' figures. */
export function outcomeRows(procedure: Procedure): OutcomeRow[] {
  return [
    { label: 'studyOutcome.pain', fact: fact('studyOutcome.painValue', SIMILAR_PAIN_RELIEF_SOURCES) },
    {
      label: 'studyOutcome.leak',
      fact: fact('studyOutcome.leakValue', [CT_LEAK_RATES[procedure].sourceId], {
        n: inTen(CT_LEAK_RATES[procedure].rate),
      }),
    },
    {
      label: 'studyOutcome.bend',
      fact: fact('studyOutcome.bendValue', ['papanastassiou2012'], {
        value: KYPHOSIS_REDUCED_DEG[procedure],
      }),
    },
    {
      label: 'studyOutcome.time',
      fact: fact('studyOutcome.timeValue', ['dohm2014'], { minutes: Math.round(PROCEDURE_MIN[procedure]) }),
    },
  ]
}

/** A fact's values as text in `lang`: numbers with its decimal mark and grouping, terms translated. */
export function factValues(values: Fact['values'], lang: Language): MessageValues {
  const t = translator(lang)
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? number.format(value) : t(value.term),
    ]),
  )
}

/** A fact's words in `lang` (its catalogue loaded; English otherwise). */
export function factText(fact: Fact, lang: Language): string {
  return translator(lang)(fact.key, factValues(fact.values, lang))
}
