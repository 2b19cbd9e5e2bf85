/**
 * The cement in the radiograph: the same 3D field the 3D view ray-marches for its surface
 * (geometry/cementField.ts), marched here for the *length* of each ray inside the cement at the
 * current injection progress, times the cement's attenuation. Drawn on the back faces of the
 * cement's own box (one fragment per pixel, the camera inside or out), added into the radiograph
 * target like every surface. In kyphoplasty, the cavity the balloon left shows as a lucency until
 * cement fills it: bone has been pushed aside there.
 */
import { BackSide, type Data3DTexture, GLSL3, ShaderMaterial, Vector3 } from 'three'
import type { CementField } from '../../geometry/cementField.ts'
import { BOX_LEVELS, CLEARANCE_RANGE_MM, RED_RANGE } from '../../geometry/cementFieldData.ts'
import { drawnProgress } from '../../geometry/cementTiming.ts'
import { cementVertexShader } from '../procedure/cementShader.ts'
import { SUMMED } from './xrayMaterials.ts'
import { ATTENUATION_PER_MM as MU } from './xrayModel.ts'

/** Upper bound on march steps per pixel: a 40 mm path at half-cell steps, with leaps through empty space. */
const MAX_STEPS = 128

const fragmentShader = /* glsl */ `
precision highp float;
precision highp sampler3D;
uniform sampler3D uField;
uniform vec3 uFieldMin;
uniform vec3 uFieldSize;
uniform vec3 uBoxMin;
uniform vec3 uBoxMax;
uniform float uProgress;
uniform float uStepMm;
uniform float uTexelMm;
uniform float uCementPerMm;
uniform float uCavityPerMm;
in vec3 vOrigin;
in vec3 vDirection;
layout(location = 0) out highp vec4 pc_fragColor;

void main() {
  vec3 rd = normalize(vDirection);
  vec3 t0 = (uBoxMin - vOrigin) / rd;
  vec3 t1 = (uBoxMax - vOrigin) / rd;
  vec3 lo = min(t0, t1);
  vec3 hi = max(t0, t1);
  float t = max(max(lo.x, lo.y), max(lo.z, 0.0));
  float tFar = min(min(hi.x, hi.y), hi.z);
  if (t >= tFar) discard;
  float cementMm = 0.0;
  float cavityMm = 0.0;
  for (int i = 0; i < ${MAX_STEPS}; i++) {
    vec3 f = texture(uField, (vOrigin + rd * t - uFieldMin) / uFieldSize).rgb;
    float arrival = f.r * ${RED_RANGE.toFixed(4)};
    // Cement where the arrival is at most the progress, with a soft edge a fraction of a texel wide.
    float cement = smoothstep(0.03, -0.03, arrival - uProgress);
    float hollow = step(0.5, f.g) * (1.0 - cement);
    // Far from anything that ever shows, leap by the clearance (less a margin, as the 3D march does);
    // near it, half-cell steps.
    float leap = 0.85 * f.b * ${CLEARANCE_RANGE_MM.toFixed(1)} - 1.5 * uTexelMm;
    float dt = min(tFar - t, cement + hollow > 0.0 ? uStepMm : max(uStepMm, leap));
    cementMm += cement * dt;
    cavityMm += hollow * dt;
    t += dt;
    if (t >= tFar) break;
  }
  pc_fragColor = vec4(uCementPerMm * cementMm - uCavityPerMm * cavityMm, 0.0, 0.0, 0.0);
}
`

/** The march's uniforms: values change, the object is kept for the material's life. */
function cementXrayUniforms() {
  return {
    uField: { value: null as Data3DTexture | null },
    uFieldMin: { value: new Vector3() },
    uFieldSize: { value: new Vector3() },
    uBoxMin: { value: new Vector3() },
    uBoxMax: { value: new Vector3() },
    uProgress: { value: 0 },
    uStepMm: { value: 1 },
    uTexelMm: { value: 1 },
    uCementPerMm: { value: MU.cement },
    uCavityPerMm: { value: 0 },
  }
}

/** The cement's radiograph material, to wear on the cement's box mesh. */
export interface CementXray {
  material: ShaderMaterial
  /**
   * Points it at `field` at procedure time `timeS`; `cavityShown` (0–1) how far the cavity shows
   * as a lucency, `cancellousPerMm` the bone it replaces.
   */
  update(field: CementField, timeS: number, cavityShown: number, cancellousPerMm: number): void
  dispose(): void
}

/** The caller disposes it (not the field: CementVolume owns that). */
export function cementXray(): CementXray {
  const u = cementXrayUniforms()
  const material = new ShaderMaterial({
    glslVersion: GLSL3,
    // The 3D march's: rays from the camera in the box's frame, through its back faces.
    vertexShader: cementVertexShader,
    fragmentShader,
    uniforms: u,
    side: BackSide,
    ...SUMMED,
  })
  return {
    material,
    update(field, timeS, cavityShown, cancellousPerMm) {
      u.uField.value = field.texture
      u.uFieldMin.value.fromArray(field.fieldMinMm)
      u.uFieldSize.value.fromArray(field.fieldMaxMm).sub(u.uFieldMin.value)
      const progress = drawnProgress(field, timeS)
      u.uProgress.value = field.hasCement ? progress : -1
      // March only the box of what shows by now (the boxes nest, one per progress level).
      const level = Math.min(BOX_LEVELS, Math.max(0, Math.ceil(progress * BOX_LEVELS)))
      u.uBoxMin.value.fromArray(field.progressBoxesMm, 6 * level)
      u.uBoxMax.value.fromArray(field.progressBoxesMm, 6 * level + 3)
      u.uStepMm.value = field.texelMm
      u.uTexelMm.value = field.texelMm
      u.uCavityPerMm.value = field.hasCavity ? cavityShown * cancellousPerMm : 0
    },
    dispose() {
      material.dispose()
    },
  }
}
