/**
 * The model's constants in one place. Each one either cites CLINICAL.md or says that it is a
 * model choice; the model choices marked "calibrated" were tuned so that the 500-patient cohort
 * (`npm run sim -- --cohort 500 --seed 1`) lands on the published figures (docs/SIMULATION.md).
 */
export const CALIBRATION = {
  // --- trabecular bone -------------------------------------------------------------------------
  /** Superior–inferior over anterior–posterior permeability: 4.45 / 3.44 ×10⁻⁸ m², Baroud 2004 (CLINICAL.md §6). */
  verticalAnisotropy: 4.45 / 3.44,
  /** SD of ln(permeability) between cells: Baroud 2004's SD/mean ≈ 0.37–0.39 (CLINICAL.md §6). */
  permeabilityLogSd: 0.38,
  /** Porosity at T-score 0 and its change per T-score unit: model choice inside the *unconfirmed* 80–95 % (CLINICAL.md §6). */
  porosityAtTScore0: 0.83,
  porosityPerTScore: -0.02,
  /** Porosity of the reference bone (T-score −2.5) whose permeability is 1. */
  referencePorosity: 0.88,
  /** Permeability of cells on the basivertebral venous channel, relative: model choice (calibrated). */
  veinChannelPermeability: 6,
  /** The channels run from the posterior wall this far forward, as a fraction of body depth: model choice (calibrated). */
  veinChannelReach: 0.35,
  /** The two lateral branches end this share of the half-width from the midline: model choice (calibrated). */
  veinBranchSpread: 0.3,
  /** Channel radius, in cells: model choice. */
  veinRadiusCells: 1.5,
  /** Permeability of the fracture line leading to a cortical breach, relative: model choice (calibrated). */
  crackPermeability: 3,
  /** Permeability of an intravertebral cleft (a fluid-filled gap), relative: model choice. */
  cleftPermeability: 1.5,
  /** Permeability of the compacted bone around a balloon cavity, relative: model choice (calibrated). */
  compactedPermeability: 0.15,
  /** Compacted shell thickness around the cavity, mm: model choice. */
  compactedShellMm: 2,

  // --- exits (relative conductance of an open exit against the advancing front) -----------------
  /** Venous exits: median conductance and the SD of its logarithm between patients: model choice (calibrated). */
  veinConductance: 0.135,
  veinConductanceLogSd: 1,
  /** Half-height of the band where segmental veins enter the lateral walls, mm: model choice (calibrated). */
  segmentalHalfHeightMm: 5,
  /** A cortical defect, a broken endplate, a retropulsed posterior wall: model choice (calibrated). */
  defectConductance: 0.8,
  /** The disc behind a cleft (a crack through the endplate): model choice (calibrated). */
  cleftDiscConductance: 0.05,
  /** Low-viscosity cement runs into an open exit more readily: exit conductance × (μref/μ)^this. Model choice (calibrated). */
  exitViscosityExponent: 1,

  // --- instruments ----------------------------------------------------------------------------
  /** Bipedicular tips (and balloons) sit this share of the body width either side of the midline: model choice. */
  bipedicularTipShare: 0.15,

  // --- front ----------------------------------------------------------------------------------
  /** Fingering strength at the reference viscosity (weight of each cell's random entry threshold): model choice (calibrated). */
  fingering: 1.5,
  /** Fingering × (μref/μ)^this: a thinner cement follows the weak paths more (Trivedi 2023, CLINICAL.md §6, qualitative). */
  fingeringViscosityExponent: 1.2,

  // --- cement (PMMA) --------------------------------------------------------------------------
  /** Viscosity of medium cement at 4 min after mixing, Pa·s: model choice (order of magnitude of PMMA dough). */
  referenceViscosityPaS: 50,
  /** Viscosity of each class relative to medium: model choice. */
  viscosityClass: { low: 0.25, medium: 1, high: 4 },
  /** Viscosity e-folding time, min: rises ≈ 50× between 4 and 15 min, the injectable window (CLINICAL.md §4). */
  viscosityRiseMin: 11 / Math.log(50),
  /** Start of the injectable window (min after mixing): 4 min (CLINICAL.md §4). */
  injectableFromMin: 4,
  /** No cement goes in after this time (min after mixing): 15 min (CLINICAL.md §4). */
  injectableUntilMin: 15,
  /** Sets in about 11 min at 37 °C once in the body (CLINICAL.md §4). */
  setInBodyMin: 11,

  // --- injection pressure ---------------------------------------------------------------------
  /** Syringe pressure per unit of (viscosity × rate × resistance): calibrated so a typical VP peaks near 1.69 MPa (CLINICAL.md §6). */
  pressureScaleMPa: 0.027,
  /** Cannula share of the pressure, in the same units (Poiseuille in the needle): model choice. */
  needleResistance: 2,

  // --- height restoration -------------------------------------------------------------------
  /** Share of the lost height a bipedicular BKP keeps in an acute fracture of reference bone: calibrated to Papanastassiou 2012 / Xing 2013 (CLINICAL.md §3). */
  balloonRestoration: 0.9,
  /** One balloon (unipedicular) lifts less of the endplate: model choice. */
  singleBalloonShare: 0.75,
  /** Share of the balloon's lift lost when it deflates, before the cement holds: model choice. */
  deflationLoss: 0.25,
  /** Share of the lost height regained by positioning alone (VP), acute fracture: calibrated to Papanastassiou 2012 (CLINICAL.md §3). */
  positionalRestoration: 0.27,
  /** Share of the body's endplate-angle correction that the segmental kyphotic angle keeps: calibrated to Xing 2013 (CLINICAL.md §3; see fracture.ts). */
  segmentalShare: 0.65,

  // --- radiographs ----------------------------------------------------------------------------
  /** A leak smaller than this is not seen on plain radiographs: model choice (calibrated; Yeom 2003, CLINICAL.md §1). */
  seenLeakMl: 0.06,
} as const
