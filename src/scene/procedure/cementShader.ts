/**
 * GLSL 3 for the cement volume (CementVolume.tsx): rays cast from the camera through the back
 * faces of a box in the vertebra's frame (so it works with the camera inside the box), marched
 * through the cement field (geometry/cementField.ts) until the arrival time falls below the
 * injection progress, refined by bisection, shaded from the field's gradient and written to the
 * depth buffer at the hit, so bone, needles and leaks sort against the surface and not the box.
 * The kyphoplasty cavity, where no cement is yet, shows as a faint dark hollow in front of it.
 * It draws into an off-screen target, possibly at a lower resolution (CementVolume.tsx).
 */

import { CLEARANCE_RANGE_MM, RED_RANGE } from '../../geometry/cementFieldData.ts'

/** Upper bound on march steps per pixel: the box of a 5 mL bolus is 35 mm across, 70 half-cell steps. */
export const MAX_STEPS = 96

export const cementVertexShader = /* glsl */ `
out vec3 vOrigin;
out vec3 vDirection;

void main() {
  // The camera in the box's own frame (the vertebra's, mm): rays are marched there.
  vOrigin = (inverse(modelMatrix) * vec4(cameraPosition, 1.0)).xyz;
  vDirection = position - vOrigin;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

export const cementFragmentShader = /* glsl */ `
precision highp float;
precision highp sampler3D;

uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
uniform sampler3D uField;
uniform vec3 uFieldMin;
uniform vec3 uFieldSize;
uniform vec3 uBoxMin;
uniform vec3 uBoxMax;
// The arrival drawn by now: the injection's progress, timed so the mass holds the simulated volume.
uniform float uProgress;
uniform float uStepMm;
uniform float uTexelMm;
uniform float uCavityOpacity;
uniform vec3 uCementColor;
uniform vec3 uCavityColor;

in vec3 vOrigin;
in vec3 vDirection;
layout(location = 0) out highp vec4 pc_fragColor;
#define gl_FragColor pc_fragColor

const int MAX_STEPS = ${MAX_STEPS};
const int REFINE = 2;
const float MM_PER_UNIT = 0.9;

// Arrival (injection progress), cavity (0–1), clearance (mm to anything that ever shows).
vec3 field(vec3 p) {
  return texture(uField, (p - uFieldMin) / uFieldSize).rgb * vec3(${RED_RANGE.toFixed(4)}, 1.0, ${CLEARANCE_RANGE_MM.toFixed(4)});
}

// Cement where red (arrival) is at most the progress (negative inside).
float cementAt(vec3 p, float progress) { return field(p).r - progress; }

// Forward differences from a point on the surface, where the channel's value is known (level):
// three taps.
vec3 gradient(vec3 p, int channel, float level) {
  float h = uTexelMm;
  vec3 g = vec3(
    field(p + vec3(h, 0.0, 0.0))[channel],
    field(p + vec3(0.0, h, 0.0))[channel],
    field(p + vec3(0.0, 0.0, h))[channel]
  ) - level;
  return length(g) > 1e-6 ? normalize(g) : vec3(0.0, 0.0, 1.0);
}

float depthOf(vec3 p) {
  vec4 clip = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
  return 0.5 * clip.z / clip.w + 0.5;
}

// Crevices between lobes get less light: whether the space a little outside the surface, along
// the normal, is cement too (one tap; a cheap stand-in for ambient occlusion).
float openness(vec3 p, vec3 n, float progress) {
  return 0.35 + 0.65 * smoothstep(-0.04, 0.1, cementAt(p + n * (3.0 * uTexelMm), progress));
}

// Studio light fixed to the view: a key from above left, a dim fill from the right, sky/ground
// ambient and a wet gloss (PMMA dough is smooth and shiny), the outline a little darker, so the
// paste reads as a dense, rounded mass against the cut bone, not as a haze.
vec3 shade(vec3 normalLocal, vec3 p, vec3 albedo, float occlusion) {
  vec3 n = normalize(mat3(modelViewMatrix) * normalLocal);
  vec3 v = -normalize((modelViewMatrix * vec4(p, 1.0)).xyz);
  if (dot(n, v) < 0.0) n = -n;
  vec3 key = normalize(vec3(-0.5, 0.7, 0.5));
  float diffuse = max(dot(n, key), 0.0);
  float fill = max(dot(n, normalize(vec3(0.7, -0.2, 0.6))), 0.0);
  float sky = 0.5 + 0.5 * n.y;
  float edge = 1.0 - 0.45 * pow(1.0 - max(dot(n, v), 0.0), 2.0);
  float gloss = pow(max(dot(n, normalize(key + v)), 0.0), 70.0);
  float sheen = pow(max(dot(n, normalize(key + v)), 0.0), 12.0);
  vec3 lit = albedo * ((0.22 + 0.16 * sky) * occlusion + 0.8 * diffuse + 0.22 * fill) * edge;
  return lit + vec3((0.45 * gloss + 0.08 * sheen) * occlusion);
}

void main() {
  vec3 rd = normalize(vDirection);
  vec3 inv = 1.0 / rd;
  vec3 t0 = (uBoxMin - vOrigin) * inv;
  vec3 t1 = (uBoxMax - vOrigin) * inv;
  vec3 tLo = min(t0, t1);
  vec3 tHi = max(t0, t1);
  float tNear = max(max(tLo.x, tLo.y), max(tLo.z, 0.0));
  float tFar = min(min(tHi.x, tHi.y), tHi.z);
  if (tNear >= tFar) discard;

  float progress = uProgress;
  bool showHollow = uCavityOpacity > 0.0;

  // March from where the ray enters the box. In empty space it leaps by the clearance (less a
  // margin for the chamfer's overestimate and for interpolation); near the cement's final shape
  // it steps further where the arrival is well above the progress: the field rises by at most
  // about 1 per mm (MM_PER_UNIT), so a step of (value × MM_PER_UNIT) cannot pass over a surface.
  float t = tNear;
  float prevT = tNear;
  float prevV = 1.0;
  float prevG = 0.0;
  float cementHit = -1.0;
  float hollowHit = -1.0;
  for (int i = 0; i < MAX_STEPS; i++) {
    vec3 f = field(vOrigin + rd * t);
    float v = f.r - progress;
    if (v <= 0.0) {
      // Between the last sample outside and this one: regula falsi.
      float a = prevT;
      float fa = prevV;
      float b = t;
      float fb = v;
      for (int k = 0; k < REFINE; k++) {
        float m = a + (b - a) * fa / (fa - fb);
        float fm = cementAt(vOrigin + rd * m, progress);
        if (fm <= 0.0) { b = m; fb = fm; } else { a = m; fa = fm; }
      }
      cementHit = i == 0 ? t : a + (b - a) * fa / (fa - fb);
      break;
    }
    // The hollow: where green first reaches a half (linear between the two samples).
    if (showHollow && hollowHit < 0.0 && f.g >= 0.5) {
      hollowHit = i == 0 ? t : mix(prevT, t, (0.5 - prevG) / max(f.g - prevG, 1e-4));
    }
    if (t >= tFar) break;
    prevT = t;
    prevV = v;
    prevG = f.g;
    float leap = 0.85 * f.b - 1.5 * uTexelMm;
    t = min(tFar, t + max(clamp(v * MM_PER_UNIT, uStepMm, 3.0 * uStepMm), leap));
  }
  // Where the cement has filled the hollow to its wall, the wall is cement: the two surfaces
  // coincide there, and a dark wall a hair in front of the cement would mottle it.
  if (hollowHit >= 0.0 && cementHit >= 0.0 && cementHit - hollowHit < 1.5 * uTexelMm) hollowHit = -1.0;
  if (cementHit < 0.0 && hollowHit < 0.0) discard;

  vec4 color = vec4(0.0);
  float depth = 1.0;
  if (cementHit >= 0.0) {
    vec3 p = vOrigin + rd * cementHit;
    vec3 n = gradient(p, 0, progress);
    color = vec4(shade(n, p, uCementColor, openness(p, n, progress)), 1.0);
    depth = depthOf(p);
  }
  if (hollowHit >= 0.0) {
    // A hollow: dark, and darker where it is seen face-on (looking into it) than at its rim.
    vec3 p = vOrigin + rd * hollowHit;
    vec3 n = -gradient(p, 1, 0.5);
    float facing = abs(dot(normalize(mat3(modelViewMatrix) * n), normalize((modelViewMatrix * vec4(p, 1.0)).xyz)));
    float alpha = uCavityOpacity * mix(0.9, 0.55, facing);
    vec3 hollow = uCavityColor * (0.6 + 0.6 * (1.0 - facing));
    color = cementHit >= 0.0 ? vec4(mix(color.rgb, hollow, alpha), 1.0) : vec4(hollow, alpha);
    if (cementHit < 0.0) depth = depthOf(p);
  }
  gl_FragDepth = depth;
  // Linear and premultiplied, into the off-screen target: the composite (cementComposite.ts)
  // filters it up to the screen, then tone-maps it like the rest of the scene.
  gl_FragColor = vec4(color.rgb * color.a, color.a);
}
`
