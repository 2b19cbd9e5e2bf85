/**
 * The fractured vertebra's material. Bone that can turn see-through, like an X-ray: as `seeThrough`
 * rises from 0 to 1, the surface facing the viewer fades to a faint glaze while its silhouette stays
 * (opacity rises towards grazing angles), so the shape still reads and the needle, balloon and
 * cement inside show. Opaque (and depth-writing, as ordinary bone) while `seeThrough` is 0.
 * It can also show the leak-risk map: a per-vertex `riskColor` (rgb + weight) laid over the bone,
 * kept nearly opaque where it is painted, when `risk` is 1.
 */
import type { Color, MeshLambertMaterial, MeshStandardMaterial } from 'three'
import { litSurface } from './litSurface.ts'
import type { Shading } from './renderQuality.ts'

/** How see-through bone looks at full strength: its opacity facing the viewer and at its outline. */
export interface Glaze {
  facingOpacity: number
  rimOpacity: number
}

/** The fractured vertebra's X-ray look (the cut-away's See inside). */
const XRAY_GLAZE: Glaze = { facingOpacity: 0.3, rimOpacity: 0.95 }

export interface SeeThroughBone {
  material: MeshStandardMaterial | MeshLambertMaterial
  /** 0 opaque … 1 see-through. */
  setSeeThrough(amount: number): void
  /** 0 bone … 1 the risk map where painted. */
  setRisk(amount: number): void
}

/** Its shader changes use chunks both shadings have (`color_fragment`, `normal_fragment_begin`). */
export function seeThroughBone(color: Color, shading: Shading, glaze: Glaze = XRAY_GLAZE): SeeThroughBone {
  const material = litSurface(shading, { color, vertexColors: true }, 0.62)
  const uniforms = {
    uSeeThrough: { value: 0 },
    uFacingOpacity: { value: glaze.facingOpacity },
    uRimOpacity: { value: glaze.rimOpacity },
    uRisk: { value: 0 },
  }
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader.replace(
      'void main() {',
      'attribute vec4 riskColor;\nvarying vec4 vRiskColor;\nvoid main() {\nvRiskColor = riskColor;',
    )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        'void main() {',
        'uniform float uSeeThrough;\nuniform float uFacingOpacity;\nuniform float uRimOpacity;\nuniform float uRisk;\nvarying vec4 vRiskColor;\nvoid main() {',
      )
      .replace(
        '#include <color_fragment>',
        // The map's colours are sRGB; lighting works in linear light.
        `#include <color_fragment>
        float riskWeight = vRiskColor.a * uRisk;
        diffuseColor.rgb = mix(diffuseColor.rgb, pow(vRiskColor.rgb, vec3(2.2)), riskWeight);`,
      )
      .replace(
        '#include <normal_fragment_begin>',
        `#include <normal_fragment_begin>
        float facing = abs(dot(normal, normalize(vViewPosition)));
        float glaze = mix(uFacingOpacity, uRimOpacity, pow(1.0 - facing, 1.6));
        diffuseColor.a *= mix(1.0, glaze, uSeeThrough);
        diffuseColor.a = max(diffuseColor.a, 0.9 * riskWeight);`,
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
    setRisk(amount) {
      uniforms.uRisk.value = amount
    },
  }
}
