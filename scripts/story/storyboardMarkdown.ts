/** docs/STORYBOARD.md from the storyboard's rows (scripts/storyboard.ts). */
import { CHAPTER_DURATION_S } from '../../src/playback/story.ts'
import type { BoardRow } from '../storyboard.ts'

const pct = (v: number) => `${(100 * v).toFixed(1)} %`

/** What each chapter must give the viewer (the subject's share of the view; the cement's share of it). */
export const TARGETS = {
  close: ['needle', 'balloon', 'cavity', 'cement'],
  coverageClose: 0.2,
  coverageWide: 0.1,
  cementChange: 0.25,
} as const

export function storyboardMarkdown(rows: BoardRow[]): string {
  const lines = [
    '# Storyboard',
    '',
    'Every chapter of both stories as a patient sees it (patient mode, the default case: a grade 2',
    'wedge fracture of L1), on a laptop (1280 × 720) and a phone (390 × 844), each chapter opened',
    'paused at 60 % of its length. Written by `npm run storyboard` from the production build; the',
    'figures are measured on the page as shown (`scripts/story/measureFrame.ts`):',
    '',
    '- **covers**: the share of the 3D view where the fractured vertebra shows, uncovered (its mesh',
    '  painted flat magenta for one frame, the magenta pixels counted; whatever lies over it — other',
    '  bones, instruments, the caption — counts against it). Wanted: at least 20 % in the needle,',
    '  balloon, cavity and cement chapters, 10 % in access and afterwards.',
    '- **cement**: the share of the vertebra’s visible pixels that change when the cement and leaks',
    '  are hidden. Wanted: at least 25 % at the end of the cement chapter (the browser tests check',
    '  it there; here it is shown at 60 %).',
    '- **caption**: whether the caption’s box meets the vertebra’s box (it must not).',
    '',
  ]
  for (const procedure of ['vertebroplasty', 'kyphoplasty'] as const) {
    lines.push(`## ${procedure === 'kyphoplasty' ? 'Balloon kyphoplasty' : 'Vertebroplasty'}`, '')
    lines.push('| chapter | laptop | phone |', '|---|---|---|')
    const chapters = [...new Set(rows.filter((r) => r.procedure === procedure).map((r) => r.chapter))]
    for (const chapter of chapters) {
      const cell = (device: 'desktop' | 'phone') => {
        const row = rows.find(
          (r) =>
            r.procedure === procedure &&
            r.chapter === chapter &&
            r.device === device &&
            r.audience === 'patient',
        )
        if (!row) return '–'
        const m = row.measures
        const img = row.picture
          ? `<img src="storyboard/${row.picture}" width="${device === 'phone' ? 180 : 420}"><br>`
          : ''
        return `${img}covers ${pct(m.coverage)} · cement ${pct(m.cementChange)} · caption ${row.captionOverSubject ? '**over the bone**' : 'clear'}`
      }
      lines.push(
        `| **${chapter}** (${CHAPTER_DURATION_S[chapter]} s) | ${cell('desktop')} | ${cell('phone')} |`,
      )
    }
    lines.push('')
  }
  lines.push(
    '## Educator mode (laptop)',
    '',
    '| procedure | chapter | covers | cement | caption |',
    '|---|---|---|---|---|',
  )
  for (const r of rows.filter((row) => row.audience === 'educator')) {
    lines.push(
      `| ${r.procedure} | ${r.chapter} | ${pct(r.measures.coverage)} | ${pct(r.measures.cementChange)} | ${r.captionOverSubject ? 'over the bone' : 'clear'} |`,
    )
  }
  lines.push('')
  return lines.join('\n')
}
