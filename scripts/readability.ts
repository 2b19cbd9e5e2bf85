/**
 * The reading grade of every English patient text (issue 9: grade 8 or below, Flesch–Kincaid).
 *
 *   npx tsx scripts/readability.ts      prints each text's grade; exits 1 if any is above 8
 *
 * Which messages are patient texts: `src/i18n/patientKeys.ts` (its key prefixes, and a short list
 * of others). Placeholders are filled as the app fills them, once per procedure (its name, the
 * published figures of ui/patientFacts.ts), and the worse grade is kept. tests/unit/i18n/readability.test.ts runs the same check.
 */
import { fileURLToPath } from 'node:url'
import { en, type MessageKey } from '../src/i18n/en.ts'
import { patientKeys } from '../src/i18n/patientKeys.ts'
import { format, type MessageValues } from '../src/i18n/t.ts'
import { PROCEDURES, type Procedure } from '../src/sim/scenarioFields.ts'
import { dayFacts, type Fact, factValues, outcomeRows, studiesFacts } from '../src/ui/patientFacts.ts'
import { fleschKincaid, type Readability } from './fleschKincaid.ts'

/** The highest grade a patient text may have. */
export const MAX_GRADE = 8

/** The patient mode's facts for `procedure` by message key: their values are the published figures it shows. */
function factsFor(procedure: Procedure): ReadonlyMap<MessageKey, Fact> {
  const { benefits, risks } = studiesFacts(procedure)
  const facts = [...benefits, ...risks, ...dayFacts(), ...outcomeRows(procedure).map((row) => row.fact)]
  return new Map(facts.map((f) => [f.key, f]))
}

/** Placeholder values for one procedure: a fact's own figures, else typical ones (a two-digit number). */
function valuesFor(key: MessageKey, procedure: Procedure): MessageValues {
  const fact = factsFor(procedure).get(key)
  return {
    level: 'L1',
    procedure: en[`procedure.inSentence.${procedure}`],
    // The longest shape's word, a two-digit loss, the two-needle approach.
    shape: en['shape.biconcave'],
    loss: '33',
    needles: en['describe.twoNeedles'],
    source: 'Hulme 2006',
    n: '12',
    ...(fact ? factValues(fact.values, 'en') : {}),
  }
}

export interface TextGrade extends Readability {
  key: string
  text: string
}

/** The grade of each English patient text, in catalogue order: the worse of the two procedures' wordings. */
export function patientTextGrades(): TextGrade[] {
  return patientKeys().map((key) => {
    const graded = PROCEDURES.map((procedure) => {
      const text = format(en[key], valuesFor(key, procedure))
      return { key, text, ...fleschKincaid(text) }
    })
    return graded.reduce((worst, g) => (g.grade > worst.grade ? g : worst))
  })
}

/** A table of the grades, worst marked, for the console. */
export function gradeTable(grades: readonly TextGrade[]): string {
  const width = Math.max(...grades.map((g) => g.key.length))
  const rows = grades.map(
    (g) =>
      `${g.grade > MAX_GRADE ? '✗' : ' '} ${g.key.padEnd(width)}  grade ${g.grade.toFixed(1).padStart(5)}  (${g.words} words, ${g.sentences} sentences, ${g.syllables} syllables)`,
  )
  return [`Flesch–Kincaid grade of the English patient texts (at most ${MAX_GRADE}):`, ...rows].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const grades = patientTextGrades()
  process.stdout.write(`${gradeTable(grades)}\n`)
  const over = grades.filter((g) => g.grade > MAX_GRADE)
  if (over.length > 0) {
    process.stderr.write(
      `readability: expected every patient text at grade ${MAX_GRADE} or below, got ${over.length} above: ${over.map((g) => g.key).join(', ')} — shorten the sentences, use shorter words\n`,
    )
    process.exit(1)
  }
}
