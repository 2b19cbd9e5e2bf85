import { describe, expect, it } from 'vitest'
import { openOrNonManifoldEdges, signedVolume } from '../../../src/modelgen/meshChecks.ts'
import { meshField } from '../../../src/modelgen/meshField.ts'

const sphere = (r: number) => (x: number, y: number, z: number) => Math.hypot(x, y, z) - r
const box = { min: [-12, -12, -12] as const, max: [12, 12, 12] as const }

describe('meshField (marching tetrahedra)', () => {
  it('meshes a sphere into a closed surface enclosing its volume', () => {
    const mesh = meshField(sphere(10), { ...box, cellMm: 0.8 })
    expect(openOrNonManifoldEdges(mesh.indices, mesh.positions.length / 3)).toBe(0)
    const exact = (4 / 3) * Math.PI * 1000
    expect(Math.abs(signedVolume(mesh) - exact) / exact).toBeLessThan(0.02)
  })

  it('puts every vertex on the surface, within a fraction of a cell', () => {
    const mesh = meshField(sphere(10), { ...box, cellMm: 1 })
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const r = Math.hypot(
        mesh.positions[i] as number,
        mesh.positions[i + 1] as number,
        mesh.positions[i + 2] as number,
      )
      expect(Math.abs(r - 10)).toBeLessThan(0.15)
    }
  })

  it('caps a shape that runs out of its box, so the mesh stays closed', () => {
    const mesh = meshField(sphere(20), { ...box, cellMm: 1.5 })
    expect(openOrNonManifoldEdges(mesh.indices, mesh.positions.length / 3)).toBe(0)
    expect(signedVolume(mesh)).toBeGreaterThan(0)
  })

  it('meshes two separate parts as two closed shells', () => {
    const two = (x: number, y: number, z: number) =>
      Math.min(Math.hypot(x - 6, y, z) - 4, Math.hypot(x + 6, y, z) - 4)
    const mesh = meshField(two, { ...box, cellMm: 0.7 })
    expect(openOrNonManifoldEdges(mesh.indices, mesh.positions.length / 3)).toBe(0)
    const exact = 2 * (4 / 3) * Math.PI * 64
    expect(Math.abs(signedVolume(mesh) - exact) / exact).toBeLessThan(0.04)
  })
})

describe('openOrNonManifoldEdges', () => {
  it('finds the open edges of a lone triangle, and none in a closed tetrahedron', () => {
    expect(openOrNonManifoldEdges(new Uint32Array([0, 1, 2]), 3)).toBe(3)
    const tetra = new Uint32Array([0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2])
    expect(openOrNonManifoldEdges(tetra, 4)).toBe(0)
  })
})
