/**
 * Per-level morphometry of T1–L5, in millimetres and degrees. Published figures name their study
 * beside each anchor (the bibliography is src/sim/sources.ts); levels between anchors are linearly
 * interpolated, and values no cited study gives are model choices, marked as such.
 */
import { lerp } from './sdf.ts'

export const LEVELS = [
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5',
] as const // biome-ignore format: one row per region reads better
export type Level = (typeof LEVELS)[number]

/** Levels that can carry the fracture: osteoporotic fractures above T4 are rarely augmented. */
export const FRACTURE_LEVELS = LEVELS.slice(3) as readonly FractureLevel[]
export type FractureLevel = Exclude<Level, 'T1' | 'T2' | 'T3'>

export type Region = 'thoracic' | 'lumbar'

export interface VertebraDimensions {
  level: Level
  region: Region
  /** Endplate width (left–right) and depth (front–back). */
  bodyWidthMm: number
  bodyDepthMm: number
  /** Body heights at the anterior wall, the centre and the posterior wall. */
  anteriorHeightMm: number
  middleHeightMm: number
  posteriorHeightMm: number
  /** Depth of the central dip of the cranial and caudal endplates. */
  cranialConcavityMm: number
  caudalConcavityMm: number
  pedicleWidthMm: number
  pedicleHeightMm: number
  /** Medial convergence of the pedicle axis, front to back (positive: tips point medially). */
  pedicleTransverseAngleDeg: number
  /**
   * The superior facets' orientation (the joint with the level above): how far they turn from
   * facing straight back, towards lateral (+, thoracic) or medial (−, lumbar), and how far they
   * tilt to face upwards (thoracic facets lean like roof tiles).
   */
  superiorFacetTurnDeg: number
  superiorFacetTiltDeg: number
  canalWidthMm: number
  canalDepthMm: number
  /** Posterior elements (model choices shaped to the atlas; see the comments in the table). */
  spinousLengthMm: number
  spinousSlopeDeg: number
  spinousHeightMm: number
  transverseLengthMm: number
  /** The disc below this level (L5: the L5/S1 disc). */
  discBelowAnteriorMm: number
  discBelowPosteriorMm: number
}

/** Piecewise-linear interpolation over anchor levels: `{ T1: 14.3, T12: 22.7 }`. */
function byLevel(anchors: Partial<Record<Level, number>>): (level: Level) => number {
  const points = Object.entries(anchors).map(([l, v]) => [LEVELS.indexOf(l as Level), v as number] as const)
  return (level) => {
    const i = LEVELS.indexOf(level)
    const first = points[0] as readonly [number, number]
    if (i <= first[0]) return first[1]
    for (let k = 1; k < points.length; k++) {
      const [i1, v1] = points[k] as readonly [number, number]
      const [i0, v0] = points[k - 1] as readonly [number, number]
      if (i <= i1) return lerp(v0, v1, (i - i0) / (i1 - i0))
    }
    return (points[points.length - 1] as readonly [number, number])[1]
  }
}

// Endplate width. Lumbar: Bonczar 2024 meta-analysis. Thoracic: approximate readings of Panjabi
// 1991 (T12 set just under L1 so the column widens smoothly).
const width = byLevel({ T1: 25, T6: 29, T12: 39.5, L1: 41.1, L2: 43.0, L3: 44.8, L4: 47.5, L5: 48.8 })
// Endplate depth. Lumbar 30–35 mm and L5 35.7 mm (a CT series; textbook range, source not confirmed);
// thoracic approximate readings of Panjabi 1991.
const depth = byLevel({ T1: 15.5, T6: 24.5, T12: 30.5, L1: 31.5, L5: 35.7 })
// Posterior body height: thoracic Panjabi 1991 (T1 14.3 → T12 22.7); lumbar Bonczar 2024.
const posteriorPublished = byLevel({ T1: 14.3, T12: 22.7, L1: 26.6, L2: 27.0, L3: 26.7, L4: 25.8, L5: 24.1 })
// Anterior body height: thoracic Egwu 2019 (T2 16.9 → T9 18.8, held beyond); lumbar Bonczar 2024.
const anteriorPublished = byLevel({
  T2: 16.9,
  T9: 18.8,
  T12: 21.5,
  L1: 24.5,
  L2: 25.8,
  L3: 26.8,
  L4: 26.9,
  L5: 27.4,
})
// Thoracic bodies are wedged (shorter in front): this is what makes the thoracic kyphosis. Egwu's
// anterior and Panjabi's posterior heights come from different cohorts and landmarks and would
// give upper-thoracic bodies taller in front, so for T1–T12 we take their mean as the body's
// mid-height and split it by a kyphotic wedge (model choice, largest mid-thoracic).
const thoracicWedge = byLevel({ T1: 0.3, T4: 0.8, T6: 1.1, T9: 1.1, T12: 0.6 })

// Pedicle width at the isthmus: Kaur 2016 (thoracic), Zindrick 1987 (lumbar); L5 16.1 mm, between
// Clin Anat 2005's 13.6 mm and Zindrick's 18.0 mm, which includes the pedicle's flare into the body.
const pedicleWidth = byLevel({ T1: 9.3, T4: 4.5, T12: 8.3, L1: 8.7, L2: 8.9, L3: 10.3, L4: 12.9, L5: 16.1 })
// Pedicle height: thoracic T1 9.8 → T12 17.3 mm, within Zindrick 1987 (T1 9.9, T11 17.4) and Clin
// Anat 2005 (T1 8.9, T11 17.0); lumbar L1 15.5 → L5 12.9 mm, near Zindrick 1987 (L1 15.4, L5 14.0)
// and Singh 2013 (L1 14.6, L4 13.4), L5 after a CT series (12.9 mm; source not confirmed).
const pedicleHeight = byLevel({ T1: 9.8, T12: 17.3, L1: 15.5, L5: 12.9 })
// Transverse angle: Kaur 2016 (T1 35.4° → T12 −9.8°); lumbar Zindrick 1987 (L1 10.9° → L5 29.8°),
// rising gently to L4 and steeply to L5 (the L2–L4 values are model choices).
const pedicleAngle = byLevel({ T1: 35.4, T12: -9.8, L1: 10.9, L4: 17.5, L5: 29.8 })
// Superior facets (model choices after atlas anatomy): thoracic ones face back, a little lateral
// and up (nearly coronal, leaning like roof tiles); from L1 they face medially and back (nearly
// sagittal), turning towards coronal down to L5. T12's superior facets are still thoracic.
const facetTurn = byLevel({ T1: 20, T11: 20, T12: 12, L1: -64, L2: -62, L3: -57, L4: -50, L5: -43 })
const facetTilt = byLevel({ T1: 24, T4: 30, T10: 30, T11: 26, T12: 18, L1: 0, L5: 0 })
// Canal: lumbar Panjabi 1992; thoracic narrowest at T6–T7 (about 19 × 17 mm; Panjabi 1991).
const canalWidth = byLevel({
  T1: 21.5,
  T6: 19,
  T7: 19,
  T12: 22,
  L1: 23.7,
  L2: 23.8,
  L3: 24.3,
  L4: 25.4,
  L5: 27.1,
})
const canalDepth = byLevel({
  T1: 15.5,
  T6: 17,
  T7: 17,
  T12: 17.5,
  L1: 19.0,
  L2: 18.2,
  L3: 17.5,
  L4: 18.6,
  L5: 19.7,
})

// Posterior elements: model choices shaped to atlas anatomy:
// thoracic spines long and steep (steepest T5–T8); at the thoracolumbar transition they turn
// short and nearly level (T11), then hatchet-shaped (T12), as the lumbar ones; transverse
// processes longest at L3, L5's short on its broad pedicle (lumbar lengths, beyond the pedicle's
// side, placed against the mean shape of real L2–L5: docs/ANATOMY.md).
const spinousLength = byLevel({ T1: 34, T6: 40, T10: 35, T11: 26, T12: 24, L1: 20, L3: 21, L5: 16 })
const spinousSlope = byLevel({ T1: 25, T5: 58, T8: 58, T10: 40, T11: 18, T12: 12, L1: 10, L5: 8 })
const spinousHeight = byLevel({ T1: 8, T10: 9, T11: 14, T12: 17, L1: 21, L3: 23, L5: 18 })
const transverseLength = byLevel({
  T1: 21,
  T6: 17,
  T10: 14,
  T12: 8,
  L1: 9.1,
  L2: 10.2,
  L3: 12.45,
  L4: 8.75,
  L5: 9,
})

// Discs: lumbar L1/2 → L5/S1 from a published per-level table whose study is not confirmed here
// (treat as model values). Thoracic discs are thin and slightly thinner in front (model choice,
// from atlas proportions); T12/L1 is neutral.
const discAnterior = byLevel({
  T1: 3.9,
  T11: 5.6,
  T12: 7.0,
  L1: 10.8,
  L2: 13.1,
  L3: 15.2,
  L4: 18.1,
  L5: 18.7,
})
const discPosterior = byLevel({ T1: 4.2, T11: 6.0, T12: 7.0, L1: 7.3, L2: 8.6, L3: 9.1, L4: 10.1, L5: 8.5 })

// Wang 2012: cranial endplates dip 1.5 mm, caudal 0.7 mm.
const CRANIAL_CONCAVITY_MM = 1.5
const CAUDAL_CONCAVITY_MM = 0.7

/** Morphometry of one level. Cheap; callers may call it freely. */
export function levelDimensions(level: Level): VertebraDimensions {
  const region: Region = level.startsWith('T') ? 'thoracic' : 'lumbar'
  let anteriorHeightMm = anteriorPublished(level)
  let posteriorHeightMm = posteriorPublished(level)
  if (region === 'thoracic') {
    const mid = (anteriorHeightMm + posteriorHeightMm) / 2
    const wedge = thoracicWedge(level)
    anteriorHeightMm = mid - wedge / 2
    posteriorHeightMm = mid + wedge / 2
  }
  return {
    level,
    region,
    bodyWidthMm: width(level),
    bodyDepthMm: depth(level),
    anteriorHeightMm,
    // Measured at the centre, so the endplates' dips count against it.
    middleHeightMm: (anteriorHeightMm + posteriorHeightMm) / 2 - CRANIAL_CONCAVITY_MM - CAUDAL_CONCAVITY_MM,
    posteriorHeightMm,
    cranialConcavityMm: CRANIAL_CONCAVITY_MM,
    caudalConcavityMm: CAUDAL_CONCAVITY_MM,
    pedicleWidthMm: pedicleWidth(level),
    pedicleHeightMm: pedicleHeight(level),
    pedicleTransverseAngleDeg: pedicleAngle(level),
    superiorFacetTurnDeg: facetTurn(level),
    superiorFacetTiltDeg: facetTilt(level),
    canalWidthMm: canalWidth(level),
    canalDepthMm: canalDepth(level),
    spinousLengthMm: spinousLength(level),
    spinousSlopeDeg: spinousSlope(level),
    spinousHeightMm: spinousHeight(level),
    transverseLengthMm: transverseLength(level),
    discBelowAnteriorMm: discAnterior(level),
    discBelowPosteriorMm: discPosterior(level),
  }
}

/** S1's upper endplate: L5's, a little wider and shallower (model choice), as the L5/S1 disc needs. */
export const SACRUM_ENDPLATE = {
  widthMm: levelDimensions('L5').bodyWidthMm + 1,
  depthMm: levelDimensions('L5').bodyDepthMm - 1,
} as const
