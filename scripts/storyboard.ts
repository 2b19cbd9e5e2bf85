/**
 * The storyboard: one picture per chapter per procedure, as a patient sees it on a laptop and on a
 * phone (each chapter opened paused at 60 % of its length), and what each frame gives the viewer
 * (scripts/story/measureFrame.ts), in educator mode too. Writes docs/storyboard/*.jpg and
 * docs/STORYBOARD.md from the production build in dist/:
 *   npm run storyboard                 (builds first)
 *   npx tsx scripts/storyboard.ts --measure-only [--only kyphoplasty:cement]
 *   npx tsx scripts/storyboard.ts --png --out /tmp/board   (PNG pictures elsewhere, no doc written)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { CHAPTER_DURATION_S, type ChapterId, storyChapters } from '../src/playback/story.ts'
import type { Procedure } from '../src/sim/scenarioFields.ts'
import { serveStatic } from './bench/staticServer.ts'
import { launchChromium } from './browser.ts'
import { boxesIntersect, type FrameMeasures, measureFrame } from './story/measureFrame.ts'
import { storyboardMarkdown } from './story/storyboardMarkdown.ts'

export interface Device {
  id: 'desktop' | 'phone'
  width: number
  height: number
}
export const DEVICES: Device[] = [
  { id: 'desktop', width: 1280, height: 720 },
  { id: 'phone', width: 390, height: 844 },
]
const PROCEDURES: Procedure[] = ['vertebroplasty', 'kyphoplasty']
/** Where in each chapter the frame is taken. */
export const AT_SHARE = 0.6
const LEVEL = 'L1'

export interface BoardRow {
  procedure: Procedure
  chapter: ChapterId
  device: Device['id']
  audience: 'patient' | 'educator'
  measures: FrameMeasures
  captionOverSubject: boolean
  picture: string | null
}

const args = process.argv.slice(2)
const measureOnly = args.includes('--measure-only')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null
const png = args.includes('--png')
const outDir = args.includes('--out') ? (args[args.indexOf('--out') + 1] as string) : 'docs/storyboard'
const writeDoc = !measureOnly && !only && !png
if (!measureOnly) mkdirSync(outDir, { recursive: true })

const { url, server } = await serveStatic('dist')
const browser = await launchChromium()
const rows: BoardRow[] = []
const runs: { device: Device; audience: BoardRow['audience'] }[] = [
  ...DEVICES.map((device) => ({ device, audience: 'patient' as const })),
  { device: DEVICES[0] as Device, audience: 'educator' as const },
]
for (const { device, audience } of runs) {
  const page = await browser.newPage({ viewport: { width: device.width, height: device.height } })
  page.on('pageerror', (e) => console.error('pageerror:', e.message))
  for (const procedure of PROCEDURES) {
    for (const { id: chapter } of storyChapters(procedure)) {
      if (only && only !== `${procedure}:${chapter}`) continue
      const t = (AT_SHARE * CHAPTER_DURATION_S[chapter]).toFixed(2)
      const query = `?debug=1&mode=${audience}&procedure=${procedure}&level=${LEVEL}&chapter=${chapter}&t=${t}`
      await page.goto(`${url}${query}`)
      await page.waitForSelector('html[data-ready="true"][data-simulation="ready"]', { timeout: 90_000 })
      const measures = await measureFrame(page, LEVEL)
      let picture: string | null = null
      if (!measureOnly && audience === 'patient') {
        picture = `${procedure}-${chapter}-${device.id}.${png ? 'png' : 'jpg'}`
        await page.screenshot({ path: `${outDir}/${picture}`, ...(png ? {} : { type: 'jpeg', quality: 72 }) })
      }
      const captionOverSubject =
        !!measures.captionBox &&
        !!measures.subjectBox &&
        boxesIntersect(measures.captionBox, measures.subjectBox)
      rows.push({ procedure, chapter, device: device.id, audience, measures, captionOverSubject, picture })
      const pct = (v: number) => `${(100 * v).toFixed(1)} %`
      console.log(
        `${audience.padEnd(8)} ${device.id.padEnd(7)} ${procedure.padEnd(14)} ${chapter.padEnd(8)} covers ${pct(measures.coverage).padStart(7)}  cement changes ${pct(measures.cementChange).padStart(7)}${captionOverSubject ? '  CAPTION OVER SUBJECT' : ''}`,
      )
    }
  }
  await page.close()
}
await browser.close()
server.close()
if (writeDoc) {
  writeFileSync('docs/STORYBOARD.md', storyboardMarkdown(rows))
  console.log('wrote docs/STORYBOARD.md and docs/storyboard/')
}
