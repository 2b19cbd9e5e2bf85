import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { describe, expect, it } from 'vitest'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'
import { decodeGlb } from '../../../src/geometry/decodeGlb.ts'
import { MODEL_NAMES } from '../../../src/geometry/modelNames.ts'
import { buildModel, COARSE_TRIANGLES, triangleBudget } from '../../../src/modelgen/buildModel.ts'
import { encodeGlb, quantisationStepMm } from '../../../src/modelgen/encodeGlb.ts'
import { openOrNonManifoldEdges, signedVolume } from '../../../src/modelgen/meshChecks.ts'
import { asIndexedMesh, worstVertexOffsetMm } from '../geometry/glbRoundTrip.ts'

const modelsDir = join(import.meta.dirname, '..', '..', '..', 'public', 'models')

/** The Khronos glTF validator (a CommonJS package): the part of its API used here. */
const validator = createRequire(import.meta.url)('gltf-validator') as {
  validateBytes(data: Uint8Array): Promise<{
    issues: { numErrors: number; messages: { code: string; message: string; severity: number }[] }
  }>
}

describe.each(MODEL_NAMES)('model %s', (name) => {
  it('is closed, encloses a positive volume, fits its triangle budget, and matches the committed file byte for byte', async () => {
    const { mesh, occlusion, coarse } = await buildModel(name)
    const vertexCount = mesh.positions.length / 3
    expect(
      openOrNonManifoldEdges(mesh.indices, vertexCount),
      'edges not shared by exactly two triangles',
    ).toBe(0)
    expect(signedVolume(mesh)).toBeGreaterThan(name === 'S' ? 50_000 : name.endsWith('-ribs') ? 1_000 : 8_000)
    expect(mesh.indices.length / 3, 'triangles').toBeLessThanOrEqual(triangleBudget(name))
    expect(occlusion).toHaveLength(vertexCount * 4)
    const committed = readFileSync(join(modelsDir, `${name}.glb`))
    const generated = await encodeGlb(mesh, name, occlusion, coarse)
    expect(
      Buffer.compare(Buffer.from(generated), committed),
      `public/models/${name}.glb is stale: run npm run models`,
    ).toBe(0)
    // The validator cannot read EXT_meshopt_compression: the app's own decoder checks the bytes.
    const { detailed: decoded, coarse: decodedCoarse } = await decodeGlb(
      new Uint8Array(committed).buffer,
      MeshoptDecoder,
      `${name}.glb`,
    )
    const step = quantisationStepMm(mesh.positions)
    expect(step, 'quantisation step, mm').toBeLessThan(0.02)
    expect(worstVertexOffsetMm(decoded, mesh), 'decoded vertex off the built mesh, mm').toBeLessThanOrEqual(
      (step / 2) * Math.sqrt(3),
    )
    const surface = asIndexedMesh(decoded)
    expect(openOrNonManifoldEdges(surface.indices, vertexCount), 'decoded: open edges').toBe(0)
    expect(signedVolume(surface) / signedVolume(mesh), 'decoded volume / built volume').toBeCloseTo(1, 3)
    if (name.endsWith('-ribs')) return expect(decodedCoarse).toBeUndefined()
    const coarseSurface = asIndexedMesh(decodedCoarse as NonNullable<typeof decodedCoarse>)
    expect(coarseSurface.indices.length / 3, 'coarse triangles').toBeLessThanOrEqual(
      name === 'S' ? COARSE_TRIANGLES.sacrum : COARSE_TRIANGLES.vertebra,
    )
    expect(openOrNonManifoldEdges(coarseSurface.indices, vertexCount), 'coarse: open edges').toBe(0)
    expect(signedVolume(coarseSurface) / signedVolume(mesh), 'coarse volume / built volume').toBeCloseTo(1, 1)
  })

  it('is valid glTF 2.0 (Khronos validator: no errors, no warnings)', async () => {
    const report = await validator.validateBytes(new Uint8Array(readFileSync(join(modelsDir, `${name}.glb`))))
    expect(
      report.issues.messages.filter((m) => m.severity <= 1).map((m) => `${m.code}: ${m.message}`),
    ).toEqual([])
    expect(report.issues.numErrors).toBe(0)
  })
})

describe('models on the wire', () => {
  it('weigh at most half of the 2.63 MiB the first models took (issue 11)', () => {
    const files = readdirSync(modelsDir).filter((f) => f.endsWith('.glb'))
    const bytes = files.reduce((sum, f) => sum + statSync(join(modelsDir, f)).size, 0)
    expect(files).toHaveLength(MODEL_NAMES.length)
    expect(bytes / 2 ** 20, 'MiB of models').toBeLessThanOrEqual(2.63 / 2)
  })
})

describe('vertebra models', () => {
  it('a vertebra mesh lies on its field’s surface', async () => {
    const { mesh } = await buildModel('L2')
    const field = vertebraField('L2')
    let worst = 0
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const d = field.distance(
        mesh.positions[i] as number,
        mesh.positions[i + 1] as number,
        mesh.positions[i + 2] as number,
      )
      worst = Math.max(worst, Math.abs(d))
    }
    expect(worst).toBeLessThan(0.35)
  })
})
