/**
 * Writes public/models/<NAME>.glb for every vertebra (T1–L5) and the sacrum (S) from the
 * anatomy's fields. Deterministic: tests/unit/modelgen/models.test.ts rebuilds the files and
 * compares them byte for byte, so run this after any change to src/anatomy or src/modelgen:
 *   npm run models
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MODEL_NAMES } from '../src/geometry/modelNames.ts'
import { buildModel } from '../src/modelgen/buildModel.ts'
import { encodeGlb } from '../src/modelgen/encodeGlb.ts'

const outDir = join(import.meta.dirname, '..', 'public', 'models')
mkdirSync(outDir, { recursive: true })
let totalBytes = 0
for (const name of MODEL_NAMES) {
  const started = performance.now()
  const { mesh, occlusion, coarse } = await buildModel(name)
  const glb = await encodeGlb(mesh, name, occlusion, coarse)
  writeFileSync(join(outDir, `${name}.glb`), glb)
  totalBytes += glb.byteLength
  const ms = (performance.now() - started).toFixed(0)
  console.log(
    `${name}.glb  ${mesh.indices.length / 3} triangles (coarse ${(coarse?.length ?? 0) / 3})  ${(glb.byteLength / 1024).toFixed(0)} KiB  ${ms} ms`,
  )
}
console.log(`${MODEL_NAMES.length} models, ${(totalBytes / 1024 / 1024).toFixed(2)} MiB in ${outDir}`)
