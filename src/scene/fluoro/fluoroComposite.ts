/**
 * From the radiograph's Σμl to what a C-arm's monitor shows: a little edge enhancement (the unsharp
 * mask every digital fluoroscope applies), the display curve of xrayModel.ts (dense is bright),
 * quantum mottle (stronger where fewer photons got through: under dense things), a slight fall-off
 * towards the edge, and the circular collimated field on black. Greyscale throughout, except cement
 * outside the bone, marked in the app's warning colour (an X-ray would show it white like the rest).
 *
 * Drawn as one triangle over a viewport: the whole canvas (the image's square centred in it) or
 * the inset's square.
 */
import {
  BufferAttribute,
  BufferGeometry,
  GLSL3,
  Mesh,
  OrthographicCamera,
  Scene,
  ShaderMaterial,
  type Texture,
  Vector2,
  Vector3,
  type WebGLRenderer,
} from 'three'
import { LEAK_COLOR } from '../procedure/Leaks.tsx'
import type { ViewportRect } from './viewportRect.ts'
import { ATTENUATION_PER_MM, GREY_FOR_GLSL } from './xrayModel.ts'

/** Leaked cement counted at most this deep, mm: open ends of a vein's tube can make a ray's sum run away. */
const MAX_LEAK_MM = 15

const vertexShader = /* glsl */ `
out vec2 vUv;
void main() {
  vUv = position.xy * 0.5 + 0.5;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`

const fragmentShader = /* glsl */ `
precision highp float;
uniform sampler2D uDrr;
uniform vec2 uTexel;
uniform vec2 uViewportPx;
uniform vec3 uLeakColor;
in vec2 vUv;
layout(location = 0) out highp vec4 pc_fragColor;
${GREY_FOR_GLSL}

// Σμl at uv. Never below zero: a mesh left open (or cut by the field's edge) can leave an entry
// without its exit.
float attenuationAt(vec2 uv) {
  vec3 s = texture(uDrr, uv).rgb;
  return max(s.r, 0.0) + max(s.g, 0.0) + ${ATTENUATION_PER_MM.cement.toFixed(4)} * clamp(s.b, 0.0, ${MAX_LEAK_MM.toFixed(1)});
}

// The focal spot's and the detector's blur, a texel or so: four bilinear taps between texels.
float blurredAt(vec2 uv, vec2 d) {
  return 0.25 * (attenuationAt(uv + vec2(d.x, d.y)) + attenuationAt(uv + vec2(-d.x, d.y))
    + attenuationAt(uv + vec2(d.x, -d.y)) + attenuationAt(uv + vec2(-d.x, -d.y)));
}

// A fixed grain: the picture is drawn only when something moves, so the noise must not flicker.
float hash(vec2 p) {
  vec3 q = fract(vec3(p.xyx) * 0.1031);
  q += dot(q, q.yzx + 33.33);
  return fract((q.x + q.y) * q.z);
}

void main() {
  // The image's square, centred in the viewport; p from -0.5 to 0.5 across it.
  vec2 p = (vUv - 0.5) * uViewportPx / min(uViewportPx.x, uViewportPx.y);
  float r = 2.0 * length(p);
  float pxPerUnit = min(uViewportPx.x, uViewportPx.y);
  // The collimator's round edge, soft over about two pixels.
  float field = 1.0 - smoothstep(1.0 - 2.5 / pxPerUnit, 1.0, r);
  if (field <= 0.0) {
    pc_fragColor = vec4(0.0, 0.0, 0.0, 1.0);
    return;
  }
  vec2 uv = p + 0.5;
  float a = blurredAt(uv, 0.5 * uTexel);
  // Unsharp mask over a few texels, on the monitor's greys (so what the shoulder flattens, metal
  // and cement, rings little): what a digital fluoroscope does to bring out edges.
  float grey = greyFor(a);
  grey += 0.6 * (grey - greyFor(blurredAt(uv, 2.5 * uTexel)));
  // Mottle: photon noise grows where the beam is most attenuated.
  grey += (hash(gl_FragCoord.xy) - 0.5) * (0.035 + 0.05 * grey);
  // An image intensifier's fall-off towards the edge of the field.
  grey *= 1.0 - 0.22 * r * r * r * r;
  vec3 colour = vec3(clamp(grey, 0.0, 1.0));
  float leak = smoothstep(0.3, 2.0, texture(uDrr, uv).b);
  colour = mix(colour, uLeakColor * (0.55 + 0.45 * grey), 0.85 * leak);
  pc_fragColor = vec4(colour * field, 1.0);
}
`

/** sRGB components of a '#rrggbb' colour, as the monitor shows them (the composite writes display values). */
function displayRgb(hex: string): Vector3 {
  const n = Number.parseInt(hex.slice(1), 16)
  return new Vector3((n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255)
}

/** Draws the radiograph `drr` onto the current viewport as a C-arm's monitor would. */
export class FluoroComposite {
  private readonly scene = new Scene()
  private readonly camera = new OrthographicCamera(-1, 1, 1, -1, 0, 1)
  private readonly material: ShaderMaterial
  private readonly mesh: Mesh

  constructor(drr: Texture) {
    const geometry = new BufferGeometry()
    // One triangle over the whole viewport.
    geometry.setAttribute(
      'position',
      new BufferAttribute(new Float32Array([-1, -1, 0, 3, -1, 0, -1, 3, 0]), 3),
    )
    this.material = new ShaderMaterial({
      glslVersion: GLSL3,
      vertexShader,
      fragmentShader,
      uniforms: {
        uDrr: { value: drr },
        uTexel: { value: new Vector2(1, 1) },
        uViewportPx: { value: new Vector2(1, 1) },
        uLeakColor: { value: displayRgb(LEAK_COLOR) },
      },
      depthTest: false,
      depthWrite: false,
      toneMapped: false,
    })
    this.mesh = new Mesh(geometry, this.material)
    this.mesh.frustumCulled = false
    this.scene.add(this.mesh)
  }

  /**
   * Draws into the canvas's rectangle (CSS pixels, y from the bottom, as three's viewport).
   * @param drrSizePx the radiograph's size, pixels (for the edge enhancement's reach)
   */
  draw(gl: WebGLRenderer, rect: ViewportRect, drrSizePx: number): void {
    const { x, y, width, height } = rect
    const u = this.material.uniforms as Record<string, { value: Vector2 }>
    const ratio = gl.getPixelRatio()
    ;(u.uViewportPx as { value: Vector2 }).value.set(width * ratio, height * ratio)
    ;(u.uTexel as { value: Vector2 }).value.set(1 / drrSizePx, 1 / drrSizePx)
    const autoClear = gl.autoClear
    gl.autoClear = false
    gl.setRenderTarget(null)
    gl.setViewport(x, y, width, height)
    gl.setScissor(x, y, width, height)
    gl.setScissorTest(true)
    gl.render(this.scene, this.camera)
    gl.setScissorTest(false)
    const size = gl.getSize(_size)
    gl.setViewport(0, 0, size.x, size.y)
    gl.autoClear = autoClear
  }

  dispose(): void {
    this.mesh.geometry.dispose()
    this.material.dispose()
  }
}

const _size = /* @__PURE__ */ new Vector2()
