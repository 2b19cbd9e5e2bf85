/**
 * From the radiograph's Σμl to what a C-arm's monitor shows. Developing, once per radiograph and
 * at its resolution: the torso's soft tissue added (torso.ts), the display curve of xrayModel.ts
 * (dense is bright) into an 8-bit image with how much leaked cement each pixel holds, then the edge
 * enhancement every digital fluoroscope applies (an unsharp mask, on the greys, so metal and cement
 * flattened into white by the curve ring little). The monitor, each frame drawn and at the
 * screen's resolution: quantum mottle (stronger where fewer photons got through: under dense
 * things), a fall-off towards the edge, and the circular collimated field on black. Greyscale
 * throughout, except cement outside the bone, marked in the app's warning colour (an X-ray would
 * show it white like the rest).
 *
 * Developed at the radiograph's resolution and into 8 bits because a software renderer filters
 * half floats slowly: the whole-canvas pass with its taps on the radiograph took ~40 ms on
 * SwiftShader, its single tap on the developed picture a fraction of that. The monitor is one
 * triangle over a viewport: the whole canvas (the image's square centred in it) or the inset's
 * square.
 */
import {
  BufferAttribute,
  BufferGeometry,
  GLSL3,
  LinearFilter,
  Mesh,
  OrthographicCamera,
  Scene,
  ShaderMaterial,
  type Texture,
  Vector2,
  Vector3,
  type WebGLRenderer,
  WebGLRenderTarget,
} from 'three'
import { LEAK_COLOR } from '../procedure/Leaks.tsx'
import { TORSO_GLSL, type TorsoUniforms } from './torso.ts'
import type { ViewportRect } from './viewportRect.ts'
import { ATTENUATION_PER_MM, GREY_FOR_GLSL, SOFT_TISSUE_SHARE } from './xrayModel.ts'

/** Leaked cement counted at most this deep, mm: open ends of a vein's tube can make a ray's sum run away. */
const MAX_LEAK_MM = 15

const vertexShader = /* glsl */ `
out vec2 vUv;
void main() {
  vUv = position.xy * 0.5 + 0.5;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`

/** Σμl (with the torso's soft tissue) → grey (R) and the warning colour's weight (G). */
const developShader = /* glsl */ `
precision highp float;
uniform sampler2D uDrr;
in vec2 vUv;
layout(location = 0) out highp vec4 pc_fragColor;
${GREY_FOR_GLSL}
${TORSO_GLSL}

void main() {
  vec2 s = texture(uDrr, vUv).rg;
  // Never below zero: a mesh left open (or cut by the field's edge) can leave an entry without its exit.
  float leakMm = clamp(s.g, 0.0, ${MAX_LEAK_MM.toFixed(1)});
  float tissue = ${(ATTENUATION_PER_MM.softTissue * SOFT_TISSUE_SHARE).toFixed(6)} * torsoChordMm(vUv);
  float a = max(s.r, 0.0) + tissue + ${ATTENUATION_PER_MM.cement.toFixed(4)} * leakMm;
  pc_fragColor = vec4(greyFor(a), smoothstep(0.3, 2.0, leakMm), 0.0, 1.0);
}
`

/** The fluoroscope's edge enhancement: an unsharp mask over a few texels (four bilinear taps), on the greys. */
const sharpenShader = /* glsl */ `
precision highp float;
uniform sampler2D uImage;
uniform vec2 uTexel;
in vec2 vUv;
layout(location = 0) out highp vec4 pc_fragColor;

void main() {
  vec2 here = texture(uImage, vUv).rg;
  vec2 d = 2.5 * uTexel;
  float around = 0.25 * (texture(uImage, vUv + d).r + texture(uImage, vUv - d).r
    + texture(uImage, vUv + vec2(d.x, -d.y)).r + texture(uImage, vUv + vec2(-d.x, d.y)).r);
  pc_fragColor = vec4(clamp(here.r + 0.6 * (here.r - around), 0.0, 1.0), here.g, 0.0, 1.0);
}
`

const monitorShader = /* glsl */ `
precision highp float;
uniform sampler2D uImage;
uniform vec2 uViewportPx;
uniform vec3 uLeakColor;
in vec2 vUv;
layout(location = 0) out highp vec4 pc_fragColor;

// A fixed grain: the picture is drawn only when something moves, so the noise must not flicker.
float hash(vec2 p) {
  vec3 q = fract(vec3(p.xyx) * 0.1031);
  q += dot(q, q.yzx + 33.33);
  return fract((q.x + q.y) * q.z);
}

void main() {
  // The image's square, centred in the viewport; p from -0.5 to 0.5 across it.
  float side = min(uViewportPx.x, uViewportPx.y);
  vec2 p = (vUv - 0.5) * uViewportPx / side;
  float r = 2.0 * length(p);
  // The collimator's round edge, soft over about two pixels.
  float field = 1.0 - smoothstep(1.0 - 2.5 / side, 1.0, r);
  if (field <= 0.0) {
    pc_fragColor = vec4(0.0, 0.0, 0.0, 1.0);
    return;
  }
  vec2 image = texture(uImage, p + 0.5).rg;
  float grey = image.r;
  // Mottle: photon noise grows where the beam is most attenuated.
  grey += (hash(gl_FragCoord.xy) - 0.5) * (0.035 + 0.05 * grey);
  // An image intensifier's fall-off towards the edge of the field.
  grey *= 1.0 - 0.22 * r * r * r * r;
  vec3 colour = vec3(clamp(grey, 0.0, 1.0));
  colour = mix(colour, uLeakColor * (0.55 + 0.45 * grey), 0.85 * image.g);
  pc_fragColor = vec4(colour * field, 1.0);
}
`

/** sRGB components of a '#rrggbb' colour, as the monitor shows them (the monitor writes display values). */
function displayRgb(hex: string): Vector3 {
  const n = Number.parseInt(hex.slice(1), 16)
  return new Vector3((n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255)
}

function pass(fragmentShader: string, uniforms: Record<string, { value: unknown }>): ShaderMaterial {
  return new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader,
    fragmentShader,
    uniforms,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
  })
}

const _size = /* @__PURE__ */ new Vector2()

/** An 8-bit image the size of the radiograph, filtered when read. */
function greys(): WebGLRenderTarget {
  return new WebGLRenderTarget(1, 1, {
    depthBuffer: false,
    minFilter: LinearFilter,
    magFilter: LinearFilter,
    generateMipmaps: false,
  })
}

/** Develops radiographs and shows them as a C-arm's monitor would. The caller disposes it. */
export class FluoroComposite {
  private readonly scene = new Scene()
  private readonly camera = new OrthographicCamera(-1, 1, 1, -1, 0, 1)
  // The developed picture, then the same sharpened: 8-bit greys (R) and the warning colour's weight (G).
  private readonly developed = greys()
  private readonly sharpened = greys()
  private readonly developing: ShaderMaterial
  private readonly sharpening: ShaderMaterial
  private readonly monitor: ShaderMaterial
  private readonly triangle: Mesh

  /**
   * @param drr the radiograph's target texture (drrPass.ts)
   * @param torso where the torso is (drrPass.ts keeps it current)
   */
  constructor(drr: Texture, torso: TorsoUniforms) {
    const geometry = new BufferGeometry()
    // One triangle over the whole viewport.
    geometry.setAttribute(
      'position',
      new BufferAttribute(new Float32Array([-1, -1, 0, 3, -1, 0, -1, 3, 0]), 3),
    )
    this.developing = pass(developShader, { uDrr: { value: drr }, ...torso })
    this.sharpening = pass(sharpenShader, {
      uImage: { value: this.developed.texture },
      uTexel: { value: new Vector2(1, 1) },
    })
    this.monitor = pass(monitorShader, {
      uImage: { value: this.sharpened.texture },
      uViewportPx: { value: new Vector2(1, 1) },
      uLeakColor: { value: displayRgb(LEAK_COLOR) },
    })
    this.triangle = new Mesh(geometry, this.developing)
    this.triangle.frustumCulled = false
    this.scene.add(this.triangle)
  }

  /** Develops the radiograph just drawn (its size in pixels): once per radiograph. */
  develop(gl: WebGLRenderer, sizePx: number): void {
    if (this.developed.width !== sizePx) {
      this.developed.setSize(sizePx, sizePx)
      this.sharpened.setSize(sizePx, sizePx)
    }
    ;(this.sharpening.uniforms.uTexel as { value: Vector2 }).value.set(1 / sizePx, 1 / sizePx)
    const previous = gl.getRenderTarget()
    const autoClear = gl.autoClear
    // Each triangle covers its whole target: nothing to clear.
    gl.autoClear = false
    this.drawInto(gl, this.developing, this.developed)
    this.drawInto(gl, this.sharpening, this.sharpened)
    gl.setRenderTarget(previous)
    gl.autoClear = autoClear
  }

  /** Shows the developed picture in the canvas's rectangle (CSS pixels, y from the bottom, as three's viewport). */
  draw(gl: WebGLRenderer, rect: ViewportRect): void {
    const ratio = gl.getPixelRatio()
    ;(this.monitor.uniforms.uViewportPx as { value: Vector2 }).value.set(
      rect.width * ratio,
      rect.height * ratio,
    )
    const autoClear = gl.autoClear
    gl.autoClear = false
    this.triangle.material = this.monitor
    gl.setRenderTarget(null)
    gl.setViewport(rect.x, rect.y, rect.width, rect.height)
    gl.setScissor(rect.x, rect.y, rect.width, rect.height)
    gl.setScissorTest(true)
    gl.render(this.scene, this.camera)
    gl.setScissorTest(false)
    gl.getSize(_size)
    gl.setViewport(0, 0, _size.x, _size.y)
    gl.autoClear = autoClear
  }

  dispose(): void {
    this.triangle.geometry.dispose()
    for (const m of [this.developing, this.sharpening, this.monitor]) m.dispose()
    this.developed.dispose()
    this.sharpened.dispose()
  }

  private drawInto(gl: WebGLRenderer, material: ShaderMaterial, target: WebGLRenderTarget): void {
    this.triangle.material = material
    gl.setRenderTarget(target)
    gl.render(this.scene, this.camera)
  }
}
