/**
 * The reading grade of every English patient text (issue 9: grade 8 or below, Flesch–Kincaid).
 *
 *   npx tsx scripts/readability.ts      prints each text's grade; exits 1 if any is above 8
 *
 * Which messages are patient texts: `src/i18n/patientKeys.ts` (its key prefixes, and a short list
 * of others). Placeholders are filled as the app fills them, once per procedure (its name, the
 * published figures of sim/published.ts), and the worse grade is kept. tests/unit/i18n/readability.test.ts runs the same check.
 */
import { fileURLToPath } from 'node:url'
import { en } from '../src/i18n/en.ts'
import { patientKeys } from '../src/i18n/patientKeys.ts'
import { format } from '../src/i18n/t.ts'
import {
  KYPHOSIS_REDUCED_DEG,
  NEW_FRACTURES,
  PAIN_RELIEVED,
  PROCEDURE_MIN,
  PUBLISHED_LEAK_RATES,
} from '../src/sim/published.ts'
import { PROCEDURES, type Procedure } from '../src/sim/scenarioFields.ts'
import { fleschKincaid, type Readability } from './fleschKincaid.ts'

/** The highest grade a patient text may have. */
export const MAX_GRADE = 8

const inHundred = (rate: number) => String(Math.round(rate * 100))

/** `{n}` as the patient mode fills it (ui/StudiesCard.tsx): a published rate out of 100. */
const N_BY_KEY: Readonly<Record<string, (p: Procedure) => string>> = {
  'studies.pain': (p) => inHundred(PAIN_RELIEVED[p].rate),
  'studies.leak': (p) => inHundred(PUBLISHED_LEAK_RATES[p][0]?.rate ?? 0),
  'studies.newFractures': () => inHundred(NEW_FRACTURES.rate),
}

/** Placeholder values for one procedure; any other placeholder reads as a two-digit number. */
function valuesFor(key: string, procedure: Procedure): Record<string, string> {
  return {
    level: 'L1',
    procedure: en[`procedure.inSentence.${procedure}`],
    // The longest shape's word, a two-digit loss, the two-needle approach.
    shape: en['shape.biconcave'],
    loss: '33',
    needles: en['describe.twoNeedles'],
    source: 'Hulme 2006',
    minutes: String(Math.round(PROCEDURE_MIN[procedure])),
    kypho: String(KYPHOSIS_REDUCED_DEG.kyphoplasty),
    vert: String(KYPHOSIS_REDUCED_DEG.vertebroplasty),
    n: N_BY_KEY[key]?.(procedure) ?? '12',
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
