/**
 * Bone that can turn see-through, like an X-ray: as `seeThrough` rises from 0 to 1, the surface
 * facing the viewer fades to a faint glaze while its silhouette stays (opacity rises towards
 * grazing angles), so the shape still reads and the needle, balloon and cement inside show.
 * Opaque (and depth-writing, as ordinary bone) while `seeThrough` is 0.
 */
import { type Color, MeshStandardMaterial } from 'three'

/** Opacity where the surface faces the viewer, fully see-through. */
const FACING_OPACITY = 0.22

export interface SeeThroughBone {
  material: MeshStandardMaterial
  /** 0 opaque … 1 see-through; call after changing it. */
  setSeeThrough(amount: number): void
}

export function seeThroughBone(color: Color): SeeThroughBone {
  const material = new MeshStandardMaterial({ color, vertexColors: true, roughness: 0.62, metalness: 0 })
  const uniforms = { uSeeThrough: { value: 0 }, uFacingOpacity: { value: FACING_OPACITY } }
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', 'uniform float uSeeThrough;\nuniform float uFacingOpacity;\nvoid main() {')
      .replace(
        '#include <normal_fragment_begin>',
        `#include <normal_fragment_begin>
        float facing = abs(dot(normal, normalize(vViewPosition)));
        float glaze = mix(uFacingOpacity, 0.95, pow(1.0 - facing, 1.6));
        diffuseColor.a *= mix(1.0, glaze, uSeeThrough);`,
      )
  }
  return {
    material,
    setSeeThrough(amount) {
      uniforms.uSeeThrough.value = amount
      const transparent = amount > 0.001
      if (material.transparent !== transparent) {
        material.transparent = transparent
        material.depthWrite = !transparent
        material.needsUpdate = true
      }
    },
  }
}
