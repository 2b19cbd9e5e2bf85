import { Data3DTexture, LinearFilter, RGBAFormat, UnsignedByteType } from 'three'
import { describe, expect, it } from 'vitest'
import { buildCementField, provideCementField } from '../../../src/geometry/cementField.ts'
import { cementFieldData } from '../../../src/geometry/cementFieldData.ts'
import { parseScenario } from '../../../src/sim/scenario.ts'
import { simulate } from '../../../src/sim/simulate.ts'

describe('buildCementField (the texture)', () => {
  const result = simulate(parseScenario({ procedure: 'kyphoplasty' }).scenario)

  it('uploads the texels the worker built for a result, as a linearly filtered RGBA8 3D texture of their grid', () => {
    const data = cementFieldData(result)
    provideCementField(result, data)
    const field = buildCementField(result)
    const image = field.texture.image as { data: Uint8Array; width: number; height: number; depth: number }
    expect(field.texture).toBeInstanceOf(Data3DTexture)
    expect(image.data, 'the worker’s bytes, not a copy').toBe(data.texels)
    expect([image.width, image.height, image.depth]).toEqual(data.dims)
    expect([field.texture.format, field.texture.type]).toEqual([RGBAFormat, UnsignedByteType])
    expect([field.texture.minFilter, field.texture.magFilter]).toEqual([LinearFilter, LinearFilter])
    expect(field).not.toHaveProperty('texels')
    expect(field.progressTable).toBe(data.progressTable)
    field.texture.dispose()
  })

  it('builds the bytes here when nothing was provided (the dev harness), the same as the worker’s', () => {
    const other = simulate(parseScenario({ procedure: 'vertebroplasty' }).scenario)
    const field = buildCementField(other)
    const expected = cementFieldData(other)
    expect(Array.from(field.texture.image.data as Uint8Array)).toEqual(Array.from(expected.texels))
    expect(field.boxMinMm).toEqual(expected.boxMinMm)
    field.texture.dispose()
  })
})
