import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { BufferGeometry, Float32BufferAttribute, Group, Mesh, Uint8BufferAttribute } from 'three'
import { useColumnMaterials } from './boneMaterial.ts'
import { muscleMaterial, skinMaterial, steelMaterial } from './procedure/materials.ts'

/**
 * Compiles the column's shader programs as soon as the canvas exists, while the models are still
 * downloading: each material on a one-triangle mesh with the models' attributes (positions,
 * normals, RGBA byte colours), compiled against the scene's own lights so the programs are the
 * ones the first frame uses. Without it the compiles start at the first draw, after the models
 * have arrived and React has rendered, and the first frame waits for them (docs/PERFORMANCE.md).
 */
export function ShaderWarmUp() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const { bone, disc } = useColumnMaterials()
  useEffect(() => {
    const triangle = (colours: boolean) => {
      const geometry = new BufferGeometry()
      geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3))
      geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3))
      if (colours)
        geometry.setAttribute('color', new Uint8BufferAttribute(new Uint8Array(12).fill(255), 4, true))
      return geometry
    }
    const coloured = triangle(true)
    const plain = triangle(false)
    const group = new Group()
    group.add(
      new Mesh(coloured, bone),
      new Mesh(plain, disc),
      new Mesh(plain, skinMaterial),
      new Mesh(plain, muscleMaterial),
      new Mesh(plain, steelMaterial),
    )
    let live = true
    const dispose = () => {
      if (!live) return
      live = false
      coloured.dispose()
      plain.dispose()
    }
    gl.compileAsync(group, camera, scene).then(dispose, dispose)
    return dispose
  }, [gl, scene, camera, bone, disc])
  return null
}
