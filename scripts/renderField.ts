/**
 * Developer tool: ray-marches the anatomy's signed distance fields on the CPU and writes a shaded
 * PNG, to judge the shapes without a browser (docs/ANATOMY.md shows what to hold them against).
 *   npx tsx scripts/renderField.ts L3 superior /tmp/L3-superior.png
 *   npx tsx scripts/renderField.ts T7-T9 lateral /tmp/T8.png --ribs
 *   npx tsx scripts/renderField.ts L3 superior /tmp/L3-needles.png --needles unipedicular --cut y=6
 *   npx tsx scripts/renderField.ts L3 anterolateral /tmp/a.png --beside someone-elses.png
 * Part: a level, 'S' (sacrum), or a range in the column ('L2-L4', 'L5-S'), drawn in the frame of
 * its middle part. Views: lateral (from the left, anterior to the right), superior (anterior to
 * the right), inferior, anterolateral (front-left, from above), posterior, posterolateral.
 * Options: --size 480, --scale px-per-mm, --at x,y,z (centre, mm), --mirror, --ribs,
 * --needles bipedicular|unipedicular,
 * --cut y=6 (keep bone below; x=, z=; "y>6" keeps above), --fracture wedge:40, --beside file.png.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import {
  applyPose,
  type ColumnPart,
  composePoses,
  invertPose,
  layoutColumn,
  type SagittalPose,
} from '../src/anatomy/column.ts'
import type { FractureShape } from '../src/anatomy/fracture.ts'
import { LEVELS, type Level, levelDimensions } from '../src/anatomy/levels.ts'
import { ribStub } from '../src/anatomy/ribs.ts'
import { SACRUM_BOUNDS, sacrumDistance } from '../src/anatomy/sacrumField.ts'
import { ovalTube } from '../src/anatomy/sdf.ts'
import { vertebraField } from '../src/anatomy/vertebraField.ts'
import { instruments } from '../src/sim/instruments.ts'
import { besideEachOther, decodePng, encodePng } from './render/png.ts'
import { type Cut, render, type SceneObject, type V } from './render/rayMarch.ts'
import { VIEWS, type ViewName } from './render/views.ts'

export { VIEWS }

const BONE: V = [236, 226, 200]
const RIB: V = [214, 196, 170]
const STEEL: V = [150, 170, 200]

type Field = { distance: (x: number, y: number, z: number) => number; min: V; max: V }

/** A field placed by `toPart` (reference frame → the part's frame), with its box carried back. */
function placed(field: Field, toPart: SagittalPose, colour: V, xray = false): SceneObject {
  const back = invertPose(toPart)
  const corners = [0, 1, 2, 3].map((k) =>
    applyPose(back, k & 1 ? field.max[1] : field.min[1], k & 2 ? field.max[2] : field.min[2]),
  )
  return {
    distance: (x, y, z) => {
      const [py, pz] = applyPose(toPart, y, z)
      return field.distance(x, py, pz)
    },
    min: [field.min[0], Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1]))],
    max: [field.max[0], Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))],
    colour,
    xray,
  }
}

/** The objects of a part or range, in the frame of its middle part. */
export function sceneObjects(
  spec: string,
  opts: { ribs?: boolean; needles?: string; fracture?: string },
): SceneObject[] {
  const order: ColumnPart[] = [...LEVELS, 'S']
  const [first, last = first] = spec.split('-') as [ColumnPart, ColumnPart?]
  const parts = order.slice(order.indexOf(first), order.indexOf(last as ColumnPart) + 1)
  const ref = parts[Math.floor((parts.length - 1) / 2)] as ColumnPart
  const poses = layoutColumn()
  const fracture = opts.fracture
    ? {
        shape: opts.fracture.split(':')[0] as FractureShape,
        heightLossPct: Number(opts.fracture.split(':')[1]),
      }
    : undefined
  const objects: SceneObject[] = []
  for (const part of parts) {
    const toPart = composePoses(invertPose(poses[part]), poses[ref])
    if (part === 'S') {
      objects.push(
        placed(
          { distance: sacrumDistance, min: [...SACRUM_BOUNDS.min], max: [...SACRUM_BOUNDS.max] },
          toPart,
          BONE,
        ),
      )
      continue
    }
    const f = vertebraField(part, part === ref ? fracture : undefined)
    objects.push(
      placed({ distance: f.distance, min: [...f.bounds.min], max: [...f.bounds.max] }, toPart, BONE),
    )
    const ribs = opts.ribs ? ribStub(part) : null
    if (ribs)
      objects.push(
        placed(
          { distance: ribs.distance, min: [...ribs.bounds.min], max: [...ribs.bounds.max] },
          toPart,
          RIB,
        ),
      )
    if (opts.needles && part === ref) {
      const tools = instruments(levelDimensions(part as Level), 'vertebroplasty', opts.needles as never, 15)
      for (const nd of tools.needles) {
        const d = [0, 1, 2].map((a) => ((nd.entryMm[a] as number) - (nd.tipMm[a] as number)) / nd.lengthMm)
        const outside: V = [0, 1, 2].map((a) => (nd.entryMm[a] as number) + (d[a] as number) * 30) as V
        for (const [a, b] of [
          [nd.tipMm, nd.entryMm],
          [nd.entryMm, outside],
        ] as const) {
          const tube = { a, b, up: [0, 1, 0] as const, ru: [1.1, 1.1] as const, rv: [1.1, 1.1] as const }
          const min = [0, 1, 2].map((k) => Math.min(a[k] as number, b[k] as number) - 2) as V
          const max = [0, 1, 2].map((k) => Math.max(a[k] as number, b[k] as number) + 2) as V
          objects.push(
            placed({ distance: (x, y, z) => ovalTube(x, y, z, tube), min, max }, toPart, STEEL, true),
          )
        }
      }
    }
  }
  return objects
}

function parseCut(text: string | undefined): Cut | undefined {
  const m = text?.match(/^([xyz])([=<>])(-?[\d.]+)$/)
  if (!m) return undefined
  return {
    axis: 'xyz'.indexOf(m[1] as string) as 0 | 1 | 2,
    value: Number(m[3]),
    keep: m[2] === '>' ? 'above' : 'below',
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const args = process.argv.slice(2)
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args.splice(i, 2)[1] : undefined
  }
  const ribs = args.includes('--ribs')
  const mirror = args.includes('--mirror')
  const atText = flag('at')
  const at = atText ? (atText.split(',').map(Number) as V) : undefined
  const size = Number(flag('size') ?? 480)
  const scale = flag('scale')
  const needles = flag('needles')
  const cut = parseCut(flag('cut'))
  const fracture = flag('fracture')
  const beside = flag('beside')
  const [spec = 'L3', viewName = 'lateral', out = '/tmp/field.png'] = args.filter((a) => !a.startsWith('--'))
  const view = viewName in VIEWS ? VIEWS[viewName as ViewName] : undefined
  if (!view)
    throw new Error(`renderField: expected a view in ${Object.keys(VIEWS).join(', ')}, got "${viewName}"`)
  const objects = sceneObjects(spec, { ribs, needles, fracture })
  let image = render({ objects, ...view, size, pxPerMm: scale ? Number(scale) : undefined, at, cut, mirror })
  if (beside) image = besideEachOther([image, decodePng(readFileSync(beside))], size)
  writeFileSync(out, encodePng(image))
  console.log(`wrote ${out}`)
}
