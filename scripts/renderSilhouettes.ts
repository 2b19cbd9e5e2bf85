/**
 * The lumbar vertebrae against the reference silhouettes (docs/ANATOMY.md): for L2–L5 from above,
 * the side and behind, our silhouette, the reference's and the two overlaid (both: bone; ours
 * only: orange; the reference's only: blue), each cropped to its box and scaled to 200 × 200 as
 * the test compares them, and the table of IoUs.
 *   npx tsx scripts/renderSilhouettes.ts                      # docs/anatomy/silhouettes.png
 *   npx tsx scripts/renderSilhouettes.ts out.png --size 240   # render size (default 240 px)
 * About a minute on one core.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { besideEachOther, encodePng, type Image } from './render/png.ts'
import {
  ourSilhouette,
  REFERENCE_LEVELS,
  REFERENCE_VIEWS,
  referenceSilhouette,
} from './render/referenceSilhouettes.ts'
import { iou, overlay, type Silhouette } from './render/silhouette.ts'

/** A silhouette as a picture: bone light on the renders' dark background. */
function asImage(s: Silhouette): Image {
  const rgb = new Uint8Array(s.size * s.size * 3)
  for (let i = 0; i < s.bits.length; i++) rgb.set(s.bits[i] ? [225, 220, 205] : [27, 33, 45], i * 3)
  return { width: s.size, height: s.size, rgb }
}

/** Stacks images of the same width top to bottom. */
function stacked(images: Image[]): Image {
  const width = images[0]?.width ?? 0
  const height = images.reduce((h, im) => h + im.height, 0)
  const rgb = new Uint8Array(width * height * 3)
  let offset = 0
  for (const im of images) {
    rgb.set(im.rgb, offset)
    offset += im.rgb.length
  }
  return { width, height, rgb }
}

/** A light bar between one level's three tiles and the next's. */
const GAP: Image = { width: 6, height: 200, rgb: new Uint8Array(6 * 200 * 3).fill(120) }

const args = process.argv.slice(2)
const sizeAt = args.indexOf('--size')
const size = sizeAt >= 0 ? Number(args.splice(sizeAt, 2)[1]) : 240
const out = args[0] ?? join(import.meta.dirname, '..', 'docs', 'anatomy', 'silhouettes.png')
const rows: Image[] = []
const table: string[] = ['| view | L2 | L3 | L4 | L5 |', '|---|---|---|---|---|']
const all: number[] = []
for (const view of REFERENCE_VIEWS) {
  const tiles: Image[] = []
  const cells: string[] = []
  for (const level of REFERENCE_LEVELS) {
    const ours = ourSilhouette(level, view, size)
    const reference = referenceSilhouette(level, view)
    const value = iou(ours, reference)
    all.push(value)
    cells.push(value.toFixed(2))
    if (tiles.length) tiles.push(GAP)
    tiles.push(asImage(ours), asImage(reference), overlay(ours, reference))
  }
  rows.push(besideEachOther(tiles, 160))
  table.push(`| ${view} | ${cells.join(' | ')} |`)
}
writeFileSync(out, encodePng(stacked(rows)))
const mean = all.reduce((sum, v) => sum + v, 0) / all.length
console.log(
  `${table.join('\n')}\n\nmean ${mean.toFixed(3)}, lowest ${Math.min(...all).toFixed(3)}\nwrote ${out}`,
)
