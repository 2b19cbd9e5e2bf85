/** docs/SOURCES.md as text, from `SOURCES`: one generator for the file and its staleness test. */
import { SOURCES } from './sources.ts'

const CONFIDENCE = {
  H: 'meta-analysis or randomised trial',
  M: 'single study of another kind',
  L: 'review, guideline or partly read source',
} as const

export function sourcesMarkdown(): string {
  const lines = [
    '# Sources',
    '',
    'Every figure the simulation is calibrated to, and every number the app shows, comes from one of',
    'these studies. The app’s sources panel shows the same list. Generated from `src/sim/sources.ts`',
    'by `npm run sources`: edit that file, not this one.',
    '',
    'Evidence, graded by the study’s design: H = meta-analysis or randomised trial; M = a single study',
    'of another kind (cohort, case series, cadaver or laboratory measurement, a grading method); L = a',
    'review, a guideline or a source read only in part. Where an entry names no authors or title, only',
    'the journal and year were confirmed.',
    '',
    '| cited as | reference | what we take from it | evidence |',
    '|---|---|---|---|',
    ...SOURCES.map(
      (s) =>
        `| **${s.short}** | ${s.reference} | ${s.uses} | ${s.confidence} (${CONFIDENCE[s.confidence]}) |`,
    ),
    '',
  ]
  return lines.join('\n')
}
