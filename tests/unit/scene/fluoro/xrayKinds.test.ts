import { BoxGeometry, Group, Mesh, MeshStandardMaterial } from 'three'
import { describe, expect, it } from 'vitest'
import { xrayKind } from '../../../../src/scene/fluoro/xrayKinds.ts'
import {
  darkSteelMaterial,
  handleMaterial,
  steelMaterial,
  syringeCementMaterial,
} from '../../../../src/scene/procedure/materials.ts'

const box = new BoxGeometry()
const mesh = (name: string, material = new MeshStandardMaterial()) => {
  const m = new Mesh(box, material)
  m.name = name
  return m
}
const group = (name: string, ...children: Mesh[] | Group[]) => {
  const g = new Group()
  g.name = name
  g.add(...children)
  return g
}

describe('xrayKind', () => {
  it('knows the bones, the fractured one apart', () => {
    const fractured = mesh('vertebra-L1')
    group('fractured-L1', fractured)
    expect(xrayKind(fractured)).toBe('fracturedBone')
    const intact = mesh('vertebra-L2')
    group('level-L2', intact)
    expect(xrayKind(intact)).toBe('bone')
    expect(xrayKind(mesh('sacrum'))).toBe('bone')
    expect(xrayKind(mesh('ribs-T12')), 'rib stubs').toBe('bone')
  })

  it('knows the instruments by their parts and their materials', () => {
    const cannula = mesh('cannula', steelMaterial)
    const tip = mesh('trocar-tip', steelMaterial)
    const drill = mesh('drill', darkSteelMaterial)
    const handle = mesh('cannula-handle', handleMaterial)
    const syringeCement = mesh('', syringeCementMaterial)
    group('needle', group('', cannula, handle), group('', tip), group('', drill), group('', syringeCement))
    expect(xrayKind(cannula)).toBe('cannula')
    expect(xrayKind(tip)).toBe('metal')
    expect(xrayKind(drill)).toBe('metal')
    expect(xrayKind(handle)).toBe('plastic')
    expect(xrayKind(syringeCement)).toBe('cement')
    const body = mesh('balloon-body')
    const catheter = mesh('', steelMaterial)
    group('balloon', body, catheter)
    expect(xrayKind(body)).toBe('contrast')
    expect(xrayKind(catheter)).toBe('metal')
  })

  it('knows the cement and its leaks', () => {
    expect(xrayKind(mesh('cement'))).toBe('cementField')
    const vein = mesh('')
    group('leaks', vein)
    expect(xrayKind(vein)).toBe('leak')
  })

  it('leaves out what an X-ray would not show apart: discs, the back’s outline, overlays', () => {
    const skin = mesh('skin')
    group('back-outline', skin)
    const ghost = mesh('ghost')
    group('height-overlay', ghost)
    for (const m of [mesh('disc-L1-L2'), skin, ghost]) expect(xrayKind(m), m.name).toBeNull()
  })
})
