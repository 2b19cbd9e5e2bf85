/**
 * A faint glaze for soft tissue and ghosts: nearly clear where it faces the viewer, denser at its
 * silhouette, so it reads as a surface around the spine without hiding it (opacity by the angle
 * between the surface and the line of sight, multiplied by any vertex alpha). With `keepFrontOfZ`,
 * only the part in front of that plane of the object's own frame is drawn (a vertebra's body
 * without its arch).
 */
import { type Color, DoubleSide, MeshLambertMaterial, type Side } from 'three'

export function glazeMaterial(
  color: Color | string,
  facing: number,
  edge: number,
  side: Side = DoubleSide,
  keepFrontOfZ: number | null = null,
) {
  // Lambert, not physically based: a faint glaze needs no specular, and on a software renderer a
  // transparent layer over much of the screen is where the frame time goes.
  const material = new MeshLambertMaterial({
    color,
    transparent: true,
    vertexColors: true,
    depthWrite: false,
    side,
  })
  const clip = keepFrontOfZ !== null
  material.onBeforeCompile = (shader) => {
    if (clip) {
      shader.vertexShader = shader.vertexShader
        .replace('void main() {', 'varying float vObjectZ;\nvoid main() {')
        .replace('#include <begin_vertex>', '#include <begin_vertex>\nvObjectZ = transformed.z;')
      shader.fragmentShader = shader.fragmentShader.replace(
        'void main() {',
        `varying float vObjectZ;\nvoid main() {\nif (vObjectZ < ${(keepFrontOfZ as number).toFixed(3)}) discard;`,
      )
    }
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <normal_fragment_begin>',
      `#include <normal_fragment_begin>
      diffuseColor.a *= mix(${edge.toFixed(3)}, ${facing.toFixed(3)}, pow(abs(dot(normal, normalize(vViewPosition))), 0.8));`,
    )
  }
  // Programs differ by their glaze constants.
  material.customProgramCacheKey = () => `glaze-${facing}-${edge}-${keepFrontOfZ}`
  return material
}
