/**
 * Cut faces for the cut-away: bone and discs are closed surfaces, so a clipping plane would show
 * their hollow insides. Drawn double-sided, their back faces seen through the cut are painted flat
 * in the colour of the cut tissue, which reads as a solid cross-section (no stencil pass needed).
 * `withCaps` adds a `uCap` uniform to a material's shader; `setCaps` switches it with the sides.
 */
import { type Color, DoubleSide, type Material, type Side } from 'three'

const CAP_SHADER = (color: Color) => `
#include <dithering_fragment>
if (uCap > 0.5 && !gl_FrontFacing) gl_FragColor = vec4(${color.r.toFixed(3)}, ${color.g.toFixed(3)}, ${color.b.toFixed(3)}, 1.0);`

interface Capped {
  uniform: { value: number }
  side: Side
}
const capped = new WeakMap<Material, Capped>()

/**
 * Adds cut faces of `color` (sRGB) to `material`, chaining any shader change it already makes.
 * Call once per material, before it is first drawn.
 */
export function withCaps<M extends Material>(material: M, color: Color): M {
  const uniform = { value: 0 }
  capped.set(material, { uniform, side: material.side })
  // three caches programs by this key (by default the text of onBeforeCompile): keep it distinct
  // per original shader change, or two capped materials would share one program.
  const key = material.customProgramCacheKey()
  material.customProgramCacheKey = () => `${key}|caps`
  const before = material.onBeforeCompile.bind(material)
  material.onBeforeCompile = (shader, renderer) => {
    before(shader, renderer)
    shader.uniforms.uCap = uniform
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', 'uniform float uCap;\nvoid main() {')
      .replace('#include <dithering_fragment>', CAP_SHADER(color))
  }
  return material
}

/** Cut faces on (double-sided, painted) or off (the material's own sides). */
export function setCaps(material: Material, on: boolean): void {
  const entry = capped.get(material)
  if (!entry) return
  entry.uniform.value = on ? 1 : 0
  const side = on ? DoubleSide : entry.side
  if (material.side !== side) {
    material.side = side
    material.needsUpdate = true
  }
}
