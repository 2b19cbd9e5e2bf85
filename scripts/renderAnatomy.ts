/**
 * Writes the pictures of docs/ANATOMY.md (docs/anatomy/*.png), each a row of CPU ray-marched
 * views (renderField.ts) at a common scale:
 *   npx tsx scripts/renderAnatomy.ts            # all of them, a few minutes on one core
 *   npx tsx scripts/renderAnatomy.ts L3 needles # only some
 * The lumbar views match the framing of the reference renders of a mean adult L3 (Clouthier
 * 2023; not in the repo): 4.68 px/mm, L3 from above (anterior to the right), from the left and
 * from the front-left (mirrored, as the reference is).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { besideEachOther, encodePng, type Image } from './render/png.ts'
import { type Cut, render } from './render/rayMarch.ts'
import { sceneObjects, VIEWS } from './renderField.ts'

interface Panel {
  spec: string
  view: keyof typeof VIEWS
  pxPerMm?: number
  ribs?: boolean
  needles?: 'bipedicular' | 'unipedicular'
  cut?: Cut
  mirror?: boolean
  at?: [number, number, number]
}

const SIZE = 400
const FIGURES: Record<string, Panel[]> = {
  L3: [
    { spec: 'L3', view: 'superior', pxPerMm: 3.9 },
    { spec: 'L3', view: 'lateral', pxPerMm: 3.9 },
    { spec: 'L3', view: 'anterolateral', pxPerMm: 3.9, mirror: true },
    { spec: 'L3', view: 'posterior', pxPerMm: 3.9 },
  ],
  T8: [
    { spec: 'T8', view: 'superior', pxPerMm: 4.4 },
    { spec: 'T8', view: 'lateral', pxPerMm: 4.4 },
    { spec: 'T8', view: 'anterolateral', pxPerMm: 4.4, mirror: true },
    { spec: 'T8', view: 'posterior', pxPerMm: 4.4 },
  ],
  T12: [
    { spec: 'T12', view: 'superior', pxPerMm: 4.2 },
    { spec: 'T12', view: 'lateral', pxPerMm: 4.2 },
    { spec: 'T12', view: 'anterolateral', pxPerMm: 4.2, mirror: true },
    { spec: 'T12', view: 'posterior', pxPerMm: 4.2 },
  ],
  L5: [
    { spec: 'L5', view: 'superior', pxPerMm: 3.6 },
    { spec: 'L5', view: 'lateral', pxPerMm: 3.6 },
    { spec: 'L5-S', view: 'posterior', pxPerMm: 2.4 },
  ],
  columns: [
    { spec: 'L2-L5', view: 'lateral', pxPerMm: 2.3 },
    { spec: 'T6-T10', view: 'lateral', pxPerMm: 2.6, ribs: true },
    { spec: 'T6-T10', view: 'posterolateral', pxPerMm: 2.6, ribs: true },
  ],
  joints: [
    // Axial cut through the L3/L4 joints, seen from above; sagittal cuts through the pillars.
    {
      spec: 'L3-L4',
      view: 'superior',
      pxPerMm: 6,
      cut: { axis: 1, value: -16, keep: 'below' },
      at: [0, -16, -28],
    },
    {
      spec: 'L3-L5',
      view: 'lateral',
      pxPerMm: 4,
      cut: { axis: 0, value: 17, keep: 'above' },
      at: [17, 0, -28],
    },
    {
      spec: 'T7-T9',
      view: 'lateral',
      pxPerMm: 4.5,
      cut: { axis: 0, value: 14, keep: 'above' },
      at: [14, 0, -28],
    },
  ],
  needles: [
    {
      spec: 'L3',
      view: 'superior',
      pxPerMm: 3.4,
      needles: 'bipedicular',
      cut: { axis: 1, value: 5, keep: 'below' },
    },
    {
      spec: 'L3',
      view: 'superior',
      pxPerMm: 3.4,
      needles: 'unipedicular',
      cut: { axis: 1, value: 5, keep: 'below' },
    },
    { spec: 'L3', view: 'lateral', pxPerMm: 3.4, needles: 'bipedicular' },
    {
      spec: 'T8',
      view: 'superior',
      pxPerMm: 3.8,
      needles: 'bipedicular',
      cut: { axis: 1, value: 2, keep: 'below' },
    },
    {
      spec: 'T8',
      view: 'superior',
      pxPerMm: 3.8,
      needles: 'unipedicular',
      cut: { axis: 1, value: 2, keep: 'below' },
    },
  ],
}

const outDir = join(import.meta.dirname, '..', 'docs', 'anatomy')
mkdirSync(outDir, { recursive: true })
const wanted = process.argv.slice(2)
for (const [name, panels] of Object.entries(FIGURES)) {
  if (wanted.length && !wanted.includes(name)) continue
  const images: Image[] = panels.map((p) =>
    render({
      objects: sceneObjects(p.spec, p),
      ...VIEWS[p.view],
      size: SIZE,
      pxPerMm: p.pxPerMm,
      at: p.at,
      cut: p.cut,
      mirror: p.mirror,
    } as Parameters<typeof render>[0]),
  )
  const file = join(outDir, `${name}.png`)
  writeFileSync(file, encodePng(besideEachOther(images, SIZE)))
  console.log(`wrote ${file}`)
}
