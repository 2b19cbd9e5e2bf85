/**
 * The materials a mesh wears in the radiograph pass (drrPass.ts): each surface adds what
 * `surfaceAttenuation` (xrayModel.ts) says to a float target, additively, without depth test, so
 * a pixel ends up with Σμl along its ray through every mesh, in any draw order. Morph targets are
 * applied, so the fractured vertebra has its current shape, and how far each of its surfaces has
 * moved thickens its shell: the collapsed endplate reads as the fracture's dense band.
 *
 * Channels of the target: R bone, instruments and cement; G the path through leaked cement, mm
 * (the composite adds it to R and marks it). Soft tissue is added in closed form (torso.ts).
 */
import { AddEquation, CustomBlending, DoubleSide, GLSL3, OneFactor, ShaderMaterial, Vector4 } from 'three'
import type { XrayKind } from './xrayKinds.ts'
import {
  COMPACTION_MM_PER_MM,
  CORTEX_MM,
  MAX_OBLIQUITY,
  MIN_AXIS_SINE_SQ,
  ATTENUATION_PER_MM as MU,
} from './xrayModel.ts'

const vertexShader = /* glsl */ `
#include <common>
#include <morphtarget_pars_vertex>
out vec3 vViewPosition;
out vec3 vViewNormal;
out float vMovedMm;
out vec3 vAxis;

void main() {
  #include <morphinstance_vertex>
  #include <beginnormal_vertex>
  #include <morphnormal_vertex>
  #include <begin_vertex>
  #include <morphtarget_vertex>
  // How far the fracture (or the balloon's lift) has moved this point, mm.
  vMovedMm = length(transformed - position);
  vec4 mvPosition = modelViewMatrix * vec4(transformed, 1.0);
  vViewPosition = mvPosition.xyz;
  vViewNormal = normalMatrix * objectNormal;
  // A cylinder's axis (three's stand along +y), for the rod term.
  vAxis = mat3(modelViewMatrix) * vec3(0.0, 1.0, 0.0);
  gl_Position = projectionMatrix * mvPosition;
}
`

const fragmentShader = /* glsl */ `
precision highp float;
uniform float uIsoDistanceMm;
uniform float uVolumePerMm;
uniform float uShellPerMm;
uniform float uShellMm;
uniform float uRodRadiusMm;
uniform float uCompaction;
uniform vec4 uChannel;
in vec3 vViewPosition;
in vec3 vViewNormal;
in float vMovedMm;
in vec3 vAxis;
layout(location = 0) out highp vec4 pc_fragColor;

void main() {
  // Distance along the ray, measured from the isocentre's distance: small numbers keep half
  // floats exact; the constant cancels between a closed mesh's entries and exits.
  float distanceMm = length(vViewPosition) - uIsoDistanceMm;
  float through = gl_FrontFacing ? -distanceMm : distanceMm;
  vec3 ray = normalize(vViewPosition);
  float c = abs(dot(normalize(vViewNormal), ray));
  float shell = (uShellMm + uCompaction * vMovedMm) / length(vec2(c, ${(1 / MAX_OBLIQUITY).toFixed(5)}));
  float along = dot(normalize(vAxis), ray);
  float rod = uRodRadiusMm * c / max(1.0 - along * along, ${MIN_AXIS_SINE_SQ.toFixed(3)});
  float a = uVolumePerMm * through + uShellPerMm * max(shell, rod);
  pc_fragColor = uChannel * a;
}
`

/**
 * How every radiograph-pass material draws: order-independent sums, no depth, each fragment added
 * into the float target (signed values survive).
 */
export const SUMMED = {
  depthTest: false,
  depthWrite: false,
  blending: CustomBlending,
  blendEquation: AddEquation,
  blendSrc: OneFactor,
  blendDst: OneFactor,
  blendEquationAlpha: AddEquation,
  blendSrcAlpha: OneFactor,
  blendDstAlpha: OneFactor,
  toneMapped: false,
} as const

const HARD = new Vector4(1, 0, 0, 0)
const LEAK = new Vector4(0, 1, 0, 0)

interface SurfaceOptions {
  volumePerMm?: number
  shellPerMm?: number
  shellMm?: number
  rodRadiusMm?: number
  compaction?: number
  channel?: Vector4
}

/** A radiograph-pass material. The caller disposes it. */
function surfaceMaterial({
  volumePerMm = 0,
  shellPerMm = 0,
  shellMm = 0,
  rodRadiusMm = 0,
  compaction = 0,
  channel = HARD,
}: SurfaceOptions): ShaderMaterial {
  return new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader,
    fragmentShader,
    uniforms: {
      uIsoDistanceMm: { value: 0 },
      uVolumePerMm: { value: volumePerMm },
      uShellPerMm: { value: shellPerMm },
      uShellMm: { value: shellMm },
      uRodRadiusMm: { value: rodRadiusMm },
      uCompaction: { value: compaction },
      uChannel: { value: channel },
    },
    side: DoubleSide,
    ...SUMMED,
  })
}

/** Kinds drawn as surfaces (the cement field is marched instead: cementXray.ts). */
export type SurfaceKind = Exclude<XrayKind, 'cementField'>

/** The cannula's wall, mm (an 11–13 G vertebroplasty needle is thin-walled). */
const CANNULA_WALL_MM = 0.3

/** The values the materials take from the case and the C-arm. */
export interface XraySettings {
  /** Source to isocentre, mm. */
  isoDistanceMm: number
  /** Bone mineral relative to a young adult's (xrayModel.boneDensity). */
  density: number
  /** The fractured body's density relative to an intact one (xrayModel.compressedDensity). */
  fracturedDensity: number
  /** The cannula's outer radius, mm (the gauge). */
  cannulaRadiusMm: number
}

/** One material per kind, sharing the case's settings. */
export interface XrayMaterials {
  of(kind: SurfaceKind): ShaderMaterial
  update(settings: XraySettings): void
  dispose(): void
}

/** The radiograph pass's materials; the caller disposes them. */
export function xrayMaterials(): XrayMaterials {
  const bone = () =>
    surfaceMaterial({
      volumePerMm: MU.cancellousBone,
      shellPerMm: MU.corticalBone,
      shellMm: CORTEX_MM,
    })
  const byKind: Record<SurfaceKind, ShaderMaterial> = {
    bone: bone(),
    fracturedBone: bone(),
    metal: surfaceMaterial({ volumePerMm: MU.steel }),
    cannula: surfaceMaterial({ shellPerMm: MU.steel, shellMm: CANNULA_WALL_MM }),
    plastic: surfaceMaterial({ volumePerMm: MU.plastic }),
    contrast: surfaceMaterial({ volumePerMm: MU.contrastMedium }),
    cement: surfaceMaterial({ volumePerMm: MU.cement }),
    leak: surfaceMaterial({ volumePerMm: 1, channel: LEAK }),
  }
  const all = Object.values(byKind)
  return {
    of: (kind) => byKind[kind],
    update(s) {
      for (const m of all) uniform(m, 'uIsoDistanceMm').value = s.isoDistanceMm
      uniform(byKind.cannula, 'uRodRadiusMm').value = s.cannulaRadiusMm
      setBone(byKind.bone, s.density, s.density, 0)
      // Compression packs the same trabeculae closer; the cortex is as thin as the patient's.
      setBone(byKind.fracturedBone, s.density * s.fracturedDensity, s.density, COMPACTION_MM_PER_MM)
    },
    dispose() {
      for (const m of all) m.dispose()
    },
  }
}

function uniform(m: ShaderMaterial, name: string): { value: number } {
  return m.uniforms[name] as { value: number }
}

/** Bone's cancellous μ scales with its density; its cortex thins with the patient's (osteoporosis). */
function setBone(m: ShaderMaterial, density: number, cortexDensity: number, compactionMmPerMm: number): void {
  uniform(m, 'uVolumePerMm').value = MU.cancellousBone * density
  uniform(m, 'uShellMm').value = CORTEX_MM * Math.min(1, cortexDensity)
  uniform(m, 'uCompaction').value = compactionMmPerMm
}
