import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'
import { buildModel, MODEL_NAMES } from '../../../src/geometry/buildModel.ts'
import { encodeGlb } from '../../../src/geometry/encodeGlb.ts'
import { openOrNonManifoldEdges, signedVolume } from '../../../src/geometry/meshChecks.ts'

const modelsDir = join(import.meta.dirname, '..', '..', '..', 'public', 'models')

describe.each(MODEL_NAMES)('model %s', (name) => {
  it('is closed, encloses a positive volume, and matches the committed file byte for byte', async () => {
    const { mesh, occlusion } = await buildModel(name)
    const vertexCount = mesh.positions.length / 3
    expect(
      openOrNonManifoldEdges(mesh.indices, vertexCount),
      'edges not shared by exactly two triangles',
    ).toBe(0)
    expect(signedVolume(mesh)).toBeGreaterThan(name === 'S' ? 50_000 : 8_000)
    expect(occlusion).toHaveLength(vertexCount * 4)
    const committed = readFileSync(join(modelsDir, `${name}.glb`))
    const generated = encodeGlb(mesh, name, occlusion)
    expect(
      Buffer.compare(Buffer.from(generated), committed),
      `public/models/${name}.glb is stale: run npm run models`,
    ).toBe(0)
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
