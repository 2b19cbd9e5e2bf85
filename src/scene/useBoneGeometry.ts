/**
 * A part's intact geometry from its generated model. The loader caches by URL; normals are
 * computed once on the cached geometry (the files leave them out to stay small).
 */
import { useGLTF } from '@react-three/drei'
import type { BufferGeometry, Mesh } from 'three'
import type { ColumnPart } from '../anatomy/column.ts'
import type { RibModelName } from '../geometry/buildModel.ts'
import { modelUrl } from './modelUrl.ts'

export function useBoneGeometry(part: ColumnPart | RibModelName): BufferGeometry {
  // No Draco or meshopt decoders: the models use neither, and drei would fetch them from a CDN.
  const gltf = useGLTF(modelUrl(part), false, false)
  const mesh = gltf.scene.getObjectByProperty('isMesh', true) as Mesh
  const geometry = mesh.geometry
  if (!geometry.getAttribute('normal')) geometry.computeVertexNormals()
  return geometry
}
