/**
 * Puts the off-screen cement (CementVolume.tsx) on the screen: drawn with the same box in the
 * vertebra's frame, it reads the target's colour (linear, premultiplied, filtered up from a lower
 * resolution, which also smooths the silhouette) and depth (nearest: the surface's own depth), and
 * tone-maps like the rest of the scene. Depth written per pixel keeps bone, needles and leaks in
 * front of or behind the cement where they belong.
 */
import { BackSide, GLSL3, ShaderMaterial, type Texture, Vector2 } from 'three'

const vertexShader = /* glsl */ `
void main() {
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

const fragmentShader = /* glsl */ `
precision highp float;
uniform sampler2D uColor;
uniform sampler2D uDepth;
uniform vec2 uViewport;
layout(location = 0) out highp vec4 pc_fragColor;
#define gl_FragColor pc_fragColor

void main() {
  vec2 uv = gl_FragCoord.xy / uViewport;
  vec4 c = texture(uColor, uv);
  if (c.a < 0.004) discard;
  gl_FragDepth = texture(uDepth, uv).r;
  gl_FragColor = vec4(c.rgb / c.a, c.a);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`

/** The composite's uniforms: the target's textures and the drawing buffer's size in pixels. */
export function compositeUniforms(color: Texture, depth: Texture) {
  return {
    uColor: { value: color },
    uDepth: { value: depth },
    uViewport: { value: new Vector2(1, 1) },
  }
}

/** The caller disposes it. */
export function compositeMaterial(uniforms: ReturnType<typeof compositeUniforms>): ShaderMaterial {
  return new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader,
    fragmentShader,
    uniforms,
    side: BackSide,
    // Drawn first in the transparent pass (the mesh's renderOrder): after opaque needles and
    // leaks, before translucent bone; the hollow blends, the cement is opaque and writes depth.
    transparent: true,
    depthWrite: true,
  })
}
