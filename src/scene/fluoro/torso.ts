/**
 * The body's soft tissue around the fractured level, for the radiograph's background and the skin
 * line of the lateral: an elliptic cylinder along the vertebra's axis, from the skin of the back
 * (geometry/backGeometry.ts) to the belly, flank to flank. Its path length along each pixel's ray
 * is solved in closed form when the radiograph is developed (fluoroComposite.ts) rather than
 * rasterised: two full-screen layers of additive half-float blending cost a software renderer
 * more than the whole column does.
 */
import { Matrix4, type PerspectiveCamera, Vector3 } from 'three'

/** The torso, mm: in front of the body's centre, half its width (a slim older adult). */
export const TORSO = { anteriorMm: 130, halfWidthMm: 150 } as const

/**
 * What the develop pass needs, as uniforms: from a pixel's clip coordinates to the world, and on
 * to the torso's unit cylinder.
 */
export function torsoUniforms() {
  return { uNdcToWorld: { value: new Matrix4() }, uWorldToTorso: { value: new Matrix4() } }
}
export type TorsoUniforms = ReturnType<typeof torsoUniforms>

const _scale = /* @__PURE__ */ new Matrix4()

/** Sets the uniforms for `camera` (placed, matrices current) and the fractured vertebra's world matrix. */
export function placeTorso(
  u: TorsoUniforms,
  camera: PerspectiveCamera,
  vertebraWorld: Matrix4,
  skinDepthMm: number,
): void {
  u.uNdcToWorld.value.multiplyMatrices(camera.matrixWorld, camera.projectionMatrixInverse)
  const halfDepth = (TORSO.anteriorMm + skinDepthMm) / 2
  // The unit cylinder x² + z² = 1 (any y), scaled and moved into the vertebra's frame.
  _scale.makeScale(TORSO.halfWidthMm, 1, halfDepth).setPosition(0, 0, TORSO.anteriorMm - halfDepth)
  u.uWorldToTorso.value.multiplyMatrices(vertebraWorld, _scale).invert()
}

/** The path through the torso along a pixel's ray, mm, in GLSL (uniforms of `torsoUniforms`). */
export const TORSO_GLSL = /* glsl */ `
uniform mat4 uNdcToWorld;
uniform mat4 uWorldToTorso;
float torsoChordMm(vec2 uv) {
  vec2 ndc = uv * 2.0 - 1.0;
  vec4 a = uNdcToWorld * vec4(ndc, -1.0, 1.0);
  vec4 b = uNdcToWorld * vec4(ndc, 1.0, 1.0);
  a /= a.w;
  b /= b.w;
  vec2 o = (uWorldToTorso * a).xz;
  vec2 d = (uWorldToTorso * b).xz - o;
  float qa = dot(d, d);
  float qb = 2.0 * dot(o, d);
  float disc = qb * qb - 4.0 * qa * (dot(o, o) - 1.0);
  if (disc <= 0.0 || qa < 1e-12) return 0.0;
  float root = sqrt(disc);
  float s0 = clamp((-qb - root) / (2.0 * qa), 0.0, 1.0);
  float s1 = clamp((-qb + root) / (2.0 * qa), 0.0, 1.0);
  return (s1 - s0) * length(b.xyz - a.xyz);
}
`

const _a = /* @__PURE__ */ new Vector3()
const _b = /* @__PURE__ */ new Vector3()

/**
 * `torsoChordMm` in TypeScript, for tests:
 * the path through the torso along the ray through clip point (x, y), mm.
 */
export function torsoChordMm(u: TorsoUniforms, x: number, y: number): number {
  _a.set(x, y, -1).applyMatrix4(u.uNdcToWorld.value)
  _b.set(x, y, 1).applyMatrix4(u.uNdcToWorld.value)
  const worldLength = _a.distanceTo(_b)
  _a.applyMatrix4(u.uWorldToTorso.value)
  _b.applyMatrix4(u.uWorldToTorso.value)
  const [ox, oz, dx, dz] = [_a.x, _a.z, _b.x - _a.x, _b.z - _a.z]
  const qa = dx * dx + dz * dz
  const qb = 2 * (ox * dx + oz * dz)
  const disc = qb * qb - 4 * qa * (ox * ox + oz * oz - 1)
  if (disc <= 0 || qa < 1e-12) return 0
  const root = Math.sqrt(disc)
  const clamp = (s: number) => Math.min(1, Math.max(0, s))
  return (clamp((-qb + root) / (2 * qa)) - clamp((-qb - root) / (2 * qa))) * worldLength
}
