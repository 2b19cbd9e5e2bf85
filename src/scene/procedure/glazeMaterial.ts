/**
 * A faint glaze for soft tissue: nearly clear where it faces the viewer, denser at its silhouette,
 * so skin and muscle read as surfaces around the spine without hiding it (opacity by the angle
 * between the surface and the line of sight, multiplied by any vertex alpha).
 */
import { type Color, DoubleSide, MeshStandardMaterial, type Side } from 'three'

export function glazeMaterial(color: Color | string, facing: number, edge: number, side: Side = DoubleSide) {
  const material = new MeshStandardMaterial({
    color,
    roughness: 0.75,
    transparent: true,
    vertexColors: true,
    depthWrite: false,
    side,
  })
  material.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <normal_fragment_begin>',
      `#include <normal_fragment_begin>
      diffuseColor.a *= mix(${edge.toFixed(3)}, ${facing.toFixed(3)}, pow(abs(dot(normal, normalize(vViewPosition))), 0.8));`,
    )
  }
  // Programs differ by their glaze constants.
  material.customProgramCacheKey = () => `glaze-${facing}-${edge}`
  return material
}
