/**
 * The bone models' geometry, fetched and decoded once per page (both views of compare mode share
 * it): each file is meshopt-packed and quantised (`geometry/encodeGlb.ts`), unpacked by the
 * meshoptimizer decoder bundled from `three` (its own small chunk; nothing from a CDN) and given
 * normals, which its coarse level of detail shares. `preloadColumn` starts the column's files at once, nearest the fracture first, so the
 * levels in view come before the far ones; progress goes to `state/loadProgress.ts`.
 */
import type { BufferGeometry } from 'three'
import type { ColumnPart } from '../anatomy/column.ts'
import { LEVELS, type Level } from '../anatomy/levels.ts'
import { type DecodedModel, decodeGlb, type MeshoptDecoderLike } from '../geometry/decodeGlb.ts'
import type { RibModelName } from '../geometry/modelNames.ts'
import { type LoadTracker, modelLoad } from '../state/loadProgress.ts'
import { modelUrl } from './modelUrl.ts'
import { yieldToPage } from './yieldToPage.ts'

type ModelName = ColumnPart | RibModelName

const loaded = new Map<ModelName, Promise<DecodedModel>>()
/** The models that have arrived, by name. */
const decoded = new Map<ModelName, DecodedModel>()
let decoder: Promise<MeshoptDecoderLike> | undefined

function meshoptDecoder(): Promise<MeshoptDecoderLike> {
  decoder ??= import('three/examples/jsm/libs/meshopt_decoder.module.js').then((m) => m.MeshoptDecoder)
  return decoder
}

async function fetchModel(name: ModelName): Promise<DecodedModel> {
  const url = modelUrl(name)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`boneModels: expected ${url}, got HTTP ${response.status}`)
  const [bytes, meshopt] = await Promise.all([response.arrayBuffer(), meshoptDecoder()])
  // Each model decoded in a task of its own (~5 ms): models that arrive together were decoded in
  // one 100 ms task, a long task a phone's user feels (and Lighthouse counts as blocking time).
  await yieldToPage()
  const model = await decodeGlb(bytes, meshopt, url)
  model.detailed.computeVertexNormals()
  // The detailed mesh's normals on the coarse one too: it is shaded as smoothly as it can be.
  model.coarse?.setAttribute('normal', model.detailed.getAttribute('normal'))
  return model
}

/**
 * A model's geometries in its part's frame (mm), shared and kept for the page's life (do not
 * dispose). The same promise for the same name, as React's `use` needs; a failed load is forgotten,
 * so a later call tries again.
 */
export function loadBoneModel(name: ModelName, progress: LoadTracker = modelLoad): Promise<DecodedModel> {
  let promise = loaded.get(name)
  if (!promise) {
    progress.started()
    promise = fetchModel(name).finally(() => progress.finished())
    // Settled, the promise is marked as React's `use` reads one, so a model already here is used at
    // once: otherwise `use` suspends once more for a promise it has not seen, and React then holds
    // the boundary's reveal for up to 300 ms (its throttle). A failed load is forgotten.
    const settling = promise
    settling.then(
      (model) => {
        Object.assign(settling, { status: 'fulfilled', value: model })
        decoded.set(name, model)
      },
      () => loaded.delete(name),
    )
    loaded.set(name, promise)
  }
  return promise
}

/** The geometries of every model loaded so far, detailed and coarse (for the debug hook). */
export function loadedModelGeometries(): BufferGeometry[] {
  return [...decoded.values()].flatMap((model) =>
    model.coarse ? [model.detailed, model.coarse] : [model.detailed],
  )
}

/** The column's models (T1–L5, the sacrum, and the ribs if shown), nearest `fractured` first. */
export function columnModels(fractured: Level, ribs: boolean): ModelName[] {
  const at = LEVELS.indexOf(fractured)
  const byDistance = (a: number, b: number) => Math.abs(a - at) - Math.abs(b - at) || a - b
  const levels = LEVELS.map((_, i) => i).sort(byDistance)
  const parts: ModelName[] = levels.map((i) => LEVELS[i] as Level)
  parts.splice(parts.indexOf('L5') + 1, 0, 'S')
  if (ribs)
    parts.push(
      ...levels.flatMap((i) => (LEVELS[i]?.startsWith('T') ? [`${LEVELS[i]}-ribs` as RibModelName] : [])),
    )
  return parts
}

/** Starts loading the column's models now, in `columnModels` order. */
export function preloadColumn(fractured: Level, ribs: boolean): void {
  for (const name of columnModels(fractured, ribs)) void loadBoneModel(name).catch(() => {})
}
