/**
 * The cut face of a vertebral body as a cut specimen shows it: pale trabeculae in a network over
 * darker red-brown marrow. The network is a gyroid (a minimal surface whose sections look like
 * trabecular bone) with a period of 2.6 mm (its sheets cross a cut about every 1.3 mm: osteoporotic trabeculae lie
 * 1–2 mm apart),
 * warped by a slower one so it reads as bone, not a crystal. Dark on the whole, so the white cement
 * in the body stands out against it.
 */
import type { Material } from 'three'
import { withCaps } from './cutCaps.ts'

/** Colours written as they are shown (the caps are painted after the tone mapping), sRGB. */
const MARROW = 'vec3(0.6, 0.43, 0.36)'
const TRABECULA = 'vec3(0.8, 0.7, 0.57)'
const PERIOD_MM = 2.6

const FUNCTIONS = /* glsl */ `
float capGyroid(vec3 p) { return sin(p.x) * cos(p.y) + sin(p.y) * cos(p.z) + sin(p.z) * cos(p.x); }
vec3 cancellous(vec3 mm) {
  vec3 warp = vec3(capGyroid(mm * 0.5), capGyroid(mm.yzx * 0.5 + 1.7), capGyroid(mm.zxy * 0.5 + 3.1));
  vec3 p = mm * ${((2 * Math.PI) / PERIOD_MM).toFixed(4)} + 1.4 * warp;
  float g = abs(capGyroid(p));
  float strut = 1.0 - smoothstep(0.15, 0.35, g);
  // Seen edge-on or far away the network is finer than a pixel: fade it to its mean there, not to noise.
  float blur = clamp(fwidth(g) * 1.5 - 0.2, 0.0, 1.0);
  return mix(${MARROW}, ${TRABECULA}, mix(strut, 0.3, blur));
}
`

/** Adds cancellous cut faces to `material` (see cutCaps.ts): call once, before it is first drawn. */
export function withCancellousCaps<M extends Material>(material: M): M {
  return withCaps(material, { functions: FUNCTIONS, color: 'cancellous(vCapPos)', usesPosition: true })
}
