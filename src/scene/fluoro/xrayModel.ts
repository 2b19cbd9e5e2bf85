/**
 * The attenuation model of the fluoroscopy view, as plain numbers and functions (no three): what
 * each material takes out of the beam per millimetre, how bone density and a fracture's compression
 * change it, what one surface of a mesh adds to a pixel's total, and how the total becomes a grey on
 * the monitor. The shaders (xrayMaterials.ts, cementXray.ts, fluoroComposite.ts) take their
 * constants from here, so the tests of this file are tests of the picture's physics.
 *
 * Coefficients are linear attenuation at about 60 keV (a C-arm's effective energy), from mass
 * attenuation × density (NIST XCOM, rounded), each *in excess of soft tissue*: bone, cement and
 * steel displace water, and the body's own water is counted once, by the torso (torso.ts). Soft
 * tissue is then shown at a small share of its true weight, as a digital radiograph's equalisation
 * does; without it 300 mm of abdomen would leave no range for the bone.
 */

/** Linear attenuation in excess of water, per mm (soft tissue: the water itself). */
export const ATTENUATION_PER_MM = {
  /** Water-like soft tissue: 0.206 /cm. */
  softTissue: 0.0206,
  /** Vertebral cancellous bone of a young adult (apparent density ~1.2 g/cm³, ~0.2 g/cm³ of it mineral). */
  cancellousBone: 0.006,
  /** Cortical bone, 1.92 g/cm³ × 0.315 cm²/g, less water. */
  corticalBone: 0.04,
  /** Iodinated contrast diluted to ~180 mg I/mL, as balloon tamps are filled. */
  contrastMedium: 0.12,
  /** PMMA bone cement with ~30 % barium sulphate by weight: the most opaque thing in the field but steel. */
  cement: 0.32,
  /** Stainless steel (cannula, trocar, drill, marker bands). */
  steel: 0.93,
  /** Handles and syringe barrels (polycarbonate): next to nothing. */
  plastic: 0.004,
} as const

/** Share of the soft tissue's attenuation the picture shows (a digital radiograph's equalisation). */
export const SOFT_TISSUE_SHARE = 0.06

/** The vertebral cortex (shell and endplates) of a young adult, mm; osteoporosis thins it (boneDensity). */
export const CORTEX_MM = 0.8

/**
 * A thin shell seen edge-on is a long path through it. The path through a shell of thickness t is
 * t / |cos θ| (θ between the surface normal and the ray), capped at this many thicknesses: a curved
 * wall of radius ~20 mm seen tangentially is ~2√(2Rt) ≈ 15 t, a nearly flat endplate seen edge-on
 * several times that (which is why endplates are the brightest lines of a lateral spine).
 */
export const MAX_OBLIQUITY = 24

/**
 * Extra shell thickness per mm a fractured surface has moved (mm/mm): impacted trabeculae, the
 * fracture's dense band.
 */
export const COMPACTION_MM_PER_MM = 0.35

/** Share of a compressed body's height loss that is lost volume (a wedge loses its front, not its back). */
const VOLUME_SHARE_OF_LOSS = 0.5

/**
 * Bone mineral relative to a young adult's, from the T-score: one SD is about 12 % of young-adult
 * vertebral BMD (DXA reference ranges), never below a fifth.
 */
export function boneDensity(tScore: number): number {
  return Math.max(0.2, 1 + 0.12 * tScore)
}

/**
 * Density of a compressed body relative to the intact one: the same bone in less volume (mass is
 * kept; the height loss of the shape's defining height, %, removes about half as much volume).
 */
export function compressedDensity(heightLossPct: number): number {
  const volume = 1 - (VOLUME_SHARE_OF_LOSS * Math.min(100, Math.max(0, heightLossPct))) / 100
  return 1 / volume
}

/**
 * What one surface adds to a pixel's attenuation (a reference for the GLSL in xrayMaterials.ts).
 * Summed over every surface a ray crosses, the signed distances of entries (front faces, −) and
 * exits (back faces, +) make μ × the path inside a closed mesh, whatever the distances are
 * measured from; the shell term adds the cortex (or a cannula's wall) by its obliquity, saturating
 * smoothly at MAX_OBLIQUITY thicknesses; the rod term makes a thin open tube read as a solid rod of
 * `rodRadiusMm`: a ray at distance s from the axis of a cylinder tilted by α from the ray crosses
 * it along 2√(R² − s²) / sin α, and |cos θ| at its surface is √(R² − s²) sin α / R, so each of
 * the two faces adds R |cos θ| / sin² α.
 */
export interface SurfaceMaterial {
  /** μ of what the closed surface encloses, per mm. */
  volumePerMm: number
  /** μ of the shell, per mm. */
  shellPerMm: number
  /** The shell's thickness, mm. */
  shellMm: number
  /** For a thin tube drawn open-ended: its radius, mm (0 otherwise). */
  rodRadiusMm: number
}

/** Least sin² α the rod term divides by: a tube seen end-on shows as its wall's ring instead. */
export const MIN_AXIS_SINE_SQ = 0.02

/**
 * @param distanceMm distance from the camera to the surface along the ray, less any constant
 * @param frontFacing whether the ray enters the mesh there
 * @param cosine cos θ between the surface normal and the ray
 * @param axisSine for a rod, sin α between its axis and the ray (default 1: side-on)
 */
export function surfaceAttenuation(
  m: SurfaceMaterial,
  distanceMm: number,
  frontFacing: boolean,
  cosine: number,
  axisSine = 1,
): number {
  const through = frontFacing ? -distanceMm : distanceMm
  const c = Math.abs(cosine)
  const shell = m.shellMm / Math.hypot(c, 1 / MAX_OBLIQUITY)
  const rod = (m.rodRadiusMm * c) / Math.max(axisSine * axisSine, MIN_AXIS_SINE_SQ)
  return m.volumePerMm * through + m.shellPerMm * Math.max(shell, rod)
}

/** Display gain: attenuation (dimensionless, Σμl) per unit of the monitor's log-exposure scale. */
export const DISPLAY_GAIN = 1.1
/** Grey of the thinnest tissue and of a film's shoulder: the curve's range on the monitor. */
const BLACK = 0.02
const WHITE = 0.98

/**
 * The monitor's grey (0 black … 1 white) for a total attenuation Σμl, in the radiograph convention
 * (dense is bright): a detector's signal is exp(−Σμl); the display inverts it and its shoulder
 * flattens the densest things (cement, steel) into white, as an X-ray does.
 */
export function greyFor(attenuation: number): number {
  const a = Math.max(0, attenuation) * DISPLAY_GAIN
  return BLACK + (WHITE - BLACK) * (1 - Math.exp(-a))
}

/** `greyFor` in GLSL, with this file's constants (fluoroComposite.ts). */
export const GREY_FOR_GLSL = /* glsl */ `
float greyFor(float attenuation) {
  float a = max(attenuation, 0.0) * ${DISPLAY_GAIN.toFixed(4)};
  return ${BLACK.toFixed(4)} + ${(WHITE - BLACK).toFixed(4)} * (1.0 - exp(-a));
}
`
