import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../src/i18n/catalogues.ts'
import type { Language } from '../../../src/i18n/languages.ts'
import { translator } from '../../../src/i18n/t.ts'
import { PROCEDURES, type Procedure } from '../../../src/sim/scenarioFields.ts'
import { source } from '../../../src/sim/sources.ts'
import {
  dayFacts,
  type Fact,
  factText,
  outcomeRows,
  studiesFacts,
  TRIALS,
} from '../../../src/ui/patientFacts.ts'

/**
 * What patients are told, in each language: the facts that must be there (the risks beside the
 * benefits, the similar pain relief, the head-to-head leak figure, the new fractures' time frame,
 * the patient's day) and what must never be (the simulation's 95 % interval, "for this case").
 */
interface Words {
  risks: Record<'infection' | 'bleeding' | 'anaesthetic' | 'nerve' | 'lungs', RegExp>
  similarPain: RegExp
  years: RegExp
  mri: RegExp
  home: RegExp
  allergy: RegExp
  /** How the language says "for this case", an interval or simulated patients: never in patient texts ("sham" is "simulado" in Spanish). */
  simulated: RegExp
}

const WORDS: Record<Language, Words> = {
  en: {
    risks: {
      infection: /infection/,
      bleeding: /bleed/,
      anaesthetic: /reaction/,
      nerve: /nerve/,
      lungs: /lungs/,
    },
    similarPain: /about as much/,
    years: /2 years/,
    mri: /MRI/,
    home: /home the same day/,
    allergy: /allergic to bone cement/,
    simulated: /for this case|interval|simulated patients/i,
  },
  es: {
    risks: {
      infection: /infección/,
      bleeding: /sangrado/,
      anaesthetic: /reacción/,
      nerve: /nervio/,
      lungs: /pulmones/,
    },
    similarPain: /más o menos igual/,
    years: /2 años/,
    mri: /resonancia/,
    home: /a casa el mismo día/,
    allergy: /alergia al cemento óseo/,
    simulated: /este caso|intervalo|pacientes simulados/i,
  },
  de: {
    risks: {
      infection: /Infektion/,
      bleeding: /Blutung/,
      anaesthetic: /Reaktion/,
      nerve: /Nerv/,
      lungs: /Lunge/,
    },
    similarPain: /etwa gleich/,
    years: /2 Jahre/,
    mri: /MRT/,
    home: /am selben Tag nach Hause/,
    allergy: /gegen Knochenzement allergisch/,
    simulated: /diesen Fall|Intervall|simulierte/i,
  },
  fr: {
    risks: {
      infection: /infection/,
      bleeding: /saignement/,
      anaesthetic: /réaction/,
      nerve: /nerf/,
      lungs: /poumons/,
    },
    similarPain: /à peu près autant/,
    years: /2\u00a0ans|2 ans/,
    mri: /IRM/,
    home: /le jour même/,
    allergy: /allergique au ciment osseux/,
    simulated: /ce cas\b|intervalle|patients simulés/i,
  },
}

const LANGUAGES = Object.keys(WORDS) as Language[]
const cites = (fact: Fact, ...ids: string[]) => ids.every((id) => fact.sources.includes(id))
const text = (facts: readonly Fact[], lang: Language) => facts.map((f) => factText(f, lang)).join('\n')
const byKey = (facts: readonly Fact[], key: string) => facts.find((f) => f.key === key) as Fact

beforeAll(async () => {
  for (const lang of LANGUAGES) await loadCatalogue(lang)
})

describe('the facts shown to patients', () => {
  it('cite only studies in the bibliography, and every fact cites one', () => {
    for (const procedure of PROCEDURES) {
      const { benefits, risks } = studiesFacts(procedure)
      const facts = [...benefits, ...risks, ...dayFacts(), ...outcomeRows(procedure).map((r) => r.fact)]
      for (const f of facts) {
        expect(f.sources.length, f.key).toBeGreaterThan(0)
        for (const id of f.sources) expect(() => source(id), `${f.key}: ${id}`).not.toThrow()
      }
    }
  })

  it('put the sham-controlled and the open trial on the studies card, as in the "choose" dialog', () => {
    for (const procedure of PROCEDURES) {
      expect(studiesFacts(procedure).benefits).toContain(TRIALS)
      expect(cites(TRIALS, 'kallmes2009', 'klazen2010')).toBe(true)
    }
  })

  it('say pain relief was similar, from the head-to-head studies, not 87 against 92 in 100', () => {
    for (const procedure of PROCEDURES) {
      const pain = byKey(studiesFacts(procedure).benefits, 'studies.pain')
      expect(cites(pain, 'dohm2014', 'papanastassiou2012')).toBe(true)
      expect(pain.sources).not.toContain('hulme2006')
      expect(pain.values).toEqual({})
    }
  })

  it('give the head-to-head leak figure (RR 0.62: about 6 for every 10) and the CT figure beside the X-ray one', () => {
    const { risks } = studiesFacts('kyphoplasty')
    const compared = byKey(risks, 'studies.leakCompared')
    expect(cites(compared, 'josr2018')).toBe(true)
    expect(compared.values).toEqual({ n: 6 })
    const ct = byKey(risks, 'studies.leakCt')
    expect(cites(ct, 'dohm2014', 'actaradiol2012')).toBe(true)
    expect(ct.values).toEqual({ vert: 8, kypho: 7 })
  })

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const words = WORDS[lang]

      it('name every risk on the studies card, beside the benefits, for either treatment', () => {
        for (const procedure of PROCEDURES) {
          const risks = text(studiesFacts(procedure).risks, lang)
          for (const [risk, pattern] of Object.entries(words.risks)) expect(risks, risk).toMatch(pattern)
        }
      })

      it('say pain relief was similar after either treatment', () => {
        for (const procedure of PROCEDURES) {
          const pain = factText(byKey(studiesFacts(procedure).benefits, 'studies.pain'), lang)
          expect(pain).toMatch(words.similarPain)
          expect(pain).not.toMatch(/87|92/)
          expect(factText(outcomeRows(procedure)[0]?.fact as Fact, lang)).not.toMatch(/\d/)
        }
      })

      it('quote the head-to-head leak figure and give new fractures a time frame', () => {
        const risks = studiesFacts('vertebroplasty').risks
        expect(factText(byKey(risks, 'studies.leakCompared'), lang)).toMatch(/\b10\b[^\d]+\b6\b/)
        expect(factText(byKey(risks, 'studies.newFractures'), lang)).toMatch(words.years)
        expect(factText(byKey(risks, 'studies.newFractures'), lang)).toMatch(/\b5\b[^\d]+\b6\b/)
        expect(factText(byKey(risks, 'studies.newFracturesReview'), lang)).toMatch(/\b11\b.*\b22\b/s)
      })

      it('tell the patient’s day: the scan, going home, who should not have it', () => {
        const day = text(dayFacts(), lang)
        expect(day).toMatch(words.mri)
        expect(day).toMatch(words.home)
        expect(day).toMatch(words.allergy)
        expect(day).toMatch(/\b32\b[^\d]+\b40\b/)
      })

      it('never show the simulation’s interval or "for this case" to patients', () => {
        const t = translator(lang)
        for (const procedure of PROCEDURES) {
          const { benefits, risks } = studiesFacts(procedure)
          const rows = outcomeRows(procedure)
          const shown = [
            text([...benefits, ...risks, ...dayFacts()], lang),
            t('studyOutcome.label', { procedure: t(`procedure.inSentence.${procedure}` as const) }),
            ...rows.map((r) => `${t(r.label)} ${factText(r.fact, lang)}`),
          ].join('\n')
          expect(shown).not.toMatch(/95/)
          expect(shown).not.toMatch(words.simulated)
        }
      })

      it('set head-to-head figures under each picture, from the same studies for both', () => {
        const labels = (procedure: Procedure) => outcomeRows(procedure).map((r) => r.label)
        expect(labels('vertebroplasty')).toEqual(labels('kyphoplasty'))
        const leak = (procedure: Procedure) => factText(outcomeRows(procedure)[1]?.fact as Fact, lang)
        expect(leak('vertebroplasty')).toMatch(/\b8\b/)
        expect(leak('kyphoplasty')).toMatch(/\b7\b/)
      })
    })
  }
})
