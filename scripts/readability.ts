/**
 * The reading grade of every English patient text (issue 9: grade 8 or below, Flesch–Kincaid).
 *
 *   npx tsx scripts/readability.ts      prints each text's grade; exits 1 if any is above 8
 *
 * Which messages are patient texts: `src/i18n/patientKeys.ts` (every `caption.*` and `patient.*`
 * key, and a short list of others). Placeholders are filled with typical values before scoring
 * (`{level}` as "L1"). tests/unit/i18n/readability.test.ts runs the same check.
 */
import { fileURLToPath } from 'node:url'
import { en } from '../src/i18n/en.ts'
import { patientKeys } from '../src/i18n/patientKeys.ts'
import { format } from '../src/i18n/t.ts'
import { fleschKincaid, type Readability } from './fleschKincaid.ts'

/** The highest grade a patient text may have. */
export const MAX_GRADE = 8

/** Typical values for placeholders; any other placeholder reads as a two-digit number. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  level: 'L1',
  procedure: 'kyphoplasty',
  source: 'Hulme 2006',
}

export interface TextGrade extends Readability {
  key: string
  text: string
}

/** Fills every `{name}` with its sample value. */
function sample(template: string): string {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)
  return format(template, Object.fromEntries(names.map((n) => [n, SAMPLE_VALUES[n] ?? '12'])))
}

/** The grade of each English patient text, in catalogue order. */
export function patientTextGrades(): TextGrade[] {
  return patientKeys().map((key) => {
    const text = sample(en[key])
    return { key, text, ...fleschKincaid(text) }
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
