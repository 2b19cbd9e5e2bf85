/**
 * Where the lumbar arch's parts sit and how thick they are (L1–L5, and T12's inferior processes,
 * which belong to a lumbar joint). Model choices, not published figures: set by atlas anatomy,
 * then placed against the silhouettes of the mean shape of real L2–L5 (Clouthier 2023; the test
 * tests/unit/anatomy/silhouettes.test.ts and docs/ANATOMY.md), with the pedicles, facet gaps and
 * needle paths held in their tested bands throughout. Lengths in mm.
 */
export const LUMBAR = {
  /**
   * The facet joint with the level above, in the lower vertebra's frame, from its pedicle's
   * posterior end: medially, down from the body's upper posterior edge, and back. The superior
   * process so rises only a few millimetres above the body, and the inferior process of the level
   * above hangs to the level of this one's pedicle, as on the reference.
   */
  joint: { medialMm: 8, belowTopMm: 0.5, backMm: 5 },
  /** Superior articular facet plate: thickness, and how far its outline reaches below and above the facet. */
  superiorFacet: { thicknessMm: 8, centreMm: -0.5, reachMm: 1.3 },
  /** Inferior articular facet plate: centre offset along the facet and reach beyond it. */
  inferiorFacet: { centreMm: 1.2, reachMm: 2.6 },
  /**
   * The superior process's body behind its facet (a rounded column from the pillar): radius, where
   * its top sits along the facet (share of the facet's half-height) and across it (mm), and how
   * much wider than the facet it is.
   */
  superiorProcess: { radiusMm: 4.6, alongShare: -0.3, acrossMm: 0.5, widerMm: -1 },
  /** The inferior process's column: radius, how far behind the facet (share of the radius), its lowest point along the facet. */
  inferiorProcess: { radiusMm: 4.2, backShare: 0.15, alongShare: -0.1 },
  /** Lamina: half-height, lateral end medial of the pedicle's end, top relative to it, lean (z per y). */
  lamina: { halfHeightMm: 10.5, medialMm: 8.5, topMm: -0.5, lean: 0.7 },
  /** Mammillary process: height along the facet (share of its half-height), size factor. */
  mammillary: { alongShare: -0.2, scale: 1 },
  /**
   * Transverse process (L1–L4): its root along the pedicle (mm forward of its posterior end) and
   * below its axis, the sweep back and up, the root's reach back to the superior process (where
   * the needle enters), and its half-height and half-thickness at root and tip. Its length beyond
   * the pedicle's side is levels.ts's.
   */
  transverse: {
    forwardMm: 2.25,
    downMm: 3,
    backDeg: 15,
    upDeg: 0,
    rootBackMm: 3,
    halfHeightMm: [7.75, 3.6],
    halfThicknessMm: [3.2, 1.7],
  },
  /**
   * L5's transverse process: short and stout, rooted along the pedicle's whole side (from
   * `rootFromMm` to `forwardMm` forward of its end) and on the body, pointing out, a little back
   * and up.
   */
  transverseL5: {
    forwardMm: 5,
    rootFromMm: 2.5,
    downMm: 2.5,
    backDeg: 4,
    upDeg: 13,
    halfHeightMm: [6.5, 5],
    halfThicknessMm: [6, 3],
    bodyRootMm: 6,
  },
  /**
   * Spinous process: how far below the laminae's centre its tip sits, the rounding of its corners,
   * and how much its lower border rises towards the tip.
   */
  spinous: { dropMm: 4, cornerMm: 6, tipRiseMm: 3 },
} as const
