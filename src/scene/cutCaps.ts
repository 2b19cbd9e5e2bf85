/**
 * Cut faces for the cut-away and the story's section: bone and discs are closed surfaces, so a
 * clipping plane would show their hollow insides. Drawn double-sided, their back faces seen
 * through the cut are painted in the colour of the cut tissue, which reads as a solid
 * cross-section (no stencil pass needed). `withCaps` paints them flat; `withCancellousCaps`
 * (cancellousCaps.ts) paints trabecular bone. `setCaps` switches them on with the sides.
 */
import { type Color, DoubleSide, type Material, type Side } from 'three'

const vec3 = (c: Color) => `vec3(${c.r.toFixed(3)}, ${c.g.toFixed(3)}, ${c.b.toFixed(3)})`

/**
 * A cut face's colour, in GLSL: an expression of `vCapPos` (the point in the model's frame, mm),
 * written as it is shown (sRGB: the cut faces skip the lighting and the tone mapping).
 */
export interface CapPaint {
  /** GLSL declarations the expression needs, put before `main`. */
  functions?: string
  /** A `vec3` expression (linear colour). */
  color: string
  /** Whether the expression reads `vCapPos` (then the vertex shader passes it). */
  usesPosition?: boolean
  /** Uniforms the declarations name (a texture). */
  uniforms?: Record<string, { value: unknown }>
}

interface Capped {
  uniform: { value: number }
  side: Side
}
const capped = new WeakMap<Material, Capped>()

/**
 * Adds cut faces painted by `paint` (or flat in `color`, sRGB) to `material`, chaining any shader
 * change it already makes. Call once per material, before it is first drawn.
 */
export function withCaps<M extends Material>(material: M, paint: Color | CapPaint): M {
  const cap: CapPaint = 'isColor' in paint ? { color: vec3(paint) } : paint
  const uniform = { value: 0 }
  capped.set(material, { uniform, side: material.side })
  // three caches programs by this key (by default the text of onBeforeCompile): keep it distinct
  // per original shader change, or two capped materials would share one program.
  const key = material.customProgramCacheKey()
  material.customProgramCacheKey = () => `${key}|caps:${cap.color}`
  const before = material.onBeforeCompile.bind(material)
  material.onBeforeCompile = (shader, renderer) => {
    before(shader, renderer)
    shader.uniforms.uCap = uniform
    Object.assign(shader.uniforms, cap.uniforms)
    if (cap.usesPosition) {
      shader.vertexShader = shader.vertexShader
        .replace('void main() {', 'varying vec3 vCapPos;\nvoid main() {')
        .replace('#include <begin_vertex>', '#include <begin_vertex>\nvCapPos = transformed;')
    }
    shader.fragmentShader = shader.fragmentShader
      .replace(
        'void main() {',
        `uniform float uCap;\n${cap.usesPosition ? 'varying vec3 vCapPos;\n' : ''}${cap.functions ?? ''}\nvoid main() {`,
      )
      // Right after the clipping's discard: a cut face is one colour, so it skips the lighting (on a
      // software renderer the cut faces of a close-up are a large share of the picture's cost).
      .replace(
        '#include <clipping_planes_fragment>',
        `#include <clipping_planes_fragment>
if (uCap > 0.5 && !gl_FrontFacing) { gl_FragColor = vec4(${cap.color}, 1.0); return; }`,
      )
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
