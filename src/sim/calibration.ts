/**
 * The model's constants in one place. Each one either cites its study (by its short name in
 * sources.ts) or says that it is a model choice; the model choices marked "calibrated" were tuned
 * so that the default cases and each risk factor alone follow the published rates and odds ratios
 * (`npm run sim -- --risk-table`) and the 500-patient cohort (`npm run sim -- --cohort 500 --seed 1`)
 * lands on the published figures (docs/SIMULATION.md).
 */
export const CALIBRATION = {
  // --- trabecular bone -------------------------------------------------------------------------
  /** Superior–inferior over anterior–posterior permeability: 4.45 / 3.44 ×10⁻⁸ m², Baroud 2004. */
  verticalAnisotropy: 4.45 / 3.44,
  /** SD of ln(permeability) between cells: Baroud 2004's SD/mean ≈ 0.37–0.39. */
  permeabilityLogSd: 0.38,
  /** Porosity at T-score 0 and its change per T-score unit: model choice inside an *unconfirmed* 80–95 %. */
  porosityAtTScore0: 0.83,
  porosityPerTScore: -0.02,
  /** Porosity of the reference bone (T-score −2.5) whose permeability is 1. */
  referencePorosity: 0.88,
  /**
   * Permeability of cells on the intraosseous venous channels, relative: model choice (calibrated).
   * The front enters a channel at 1/√ of this times bone's entry threshold (a lumen; bone.ts).
   */
  veinChannelPermeability: 18,
  /** The basivertebral channels run from the posterior wall this far forward, a share of body depth, uniform between patients: model choice (calibrated). */
  basivertebralReach: [0.4, 0.75] as const,
  /** The segmental tributaries run in from the lateral walls this far, a share of the half-width, uniform between patients: model choice (calibrated). */
  segmentalReach: [0.6, 0.95] as const,
  /** Depth of the segmental tributaries in front of the body's centre, a share of body depth: model choice. */
  segmentalChannelZ: 0.12,
  /** The two lateral branches end this share of the half-width from the midline: model choice (calibrated). */
  veinBranchSpread: 0.3,
  /** Channel radius, in cells: model choice. */
  veinRadiusCells: 1.5,
  /** Permeability of the fracture line leading to a cortical breach, relative: model choice (calibrated). */
  crackPermeability: 5,
  /** Permeability of an intravertebral cleft (a fluid-filled gap), relative: model choice. */
  cleftPermeability: 1.5,
  /**
   * The crack from a cleft up through the endplate (and the disc exit it opens) spans this share of
   * the body width either side of the midline: the middle half, as an endplate fracture's crack
   * does. Model choice: 1/6 while the needle tips sat 0.15 of the width out, under the crack; they
   * now follow the pedicle axes to 0.2–0.25 of the width, and a crack reaching only 1/6 left the
   * cement in the cleft a few cells from it.
   */
  cleftCrackHalfWidth: 0.25,
  /** Permeability of the compacted bone around a balloon cavity, relative to the same bone uncompacted at reference porosity: model choice (calibrated to the BKP rate). */
  compactedPermeability: 0.2,
  /** Compacted shell thickness around the cavity, mm: model choice. */
  compactedShellMm: 2,
  /**
   * Permeability of a segmental tributary inside that compacted shell, relative (open: 18). The
   * balloon presses the small tributaries nearly shut, to about the bone they ran through; the
   * basivertebral trunk stays open. Until now compaction kept the channel's ×18 (×0.2 = 3.6), and
   * with the balloons 0.25–0.3 of the width out, flush against the lateral walls, the tributaries
   * became the cavity's easiest way out: segmental leaks were half of kyphoplasty's, where Wang 2014
   * found fewer than basivertebral or disc leaks. Model choice (calibrated to Wang 2014's split;
   * 1.3 until issue 20 doubled the segmental exits' conductance).
   */
  compactedTributaryPermeability: 1,

  // --- exits (relative conductance of an open exit against the advancing front) -----------------
  /** Weight of the patient's latent leak-proneness (standard logistic) on the log of every exit's conductance: model choice (calibrated, veins.ts). */
  pronenessWeight: 1,
  /**
   * SD of the log of each exit's own conductance around the patient's, so that routes do not always
   * open together: model choice (calibrated). 1 since issue 20 (was 0.5): on CT a leaking level
   * shows 1.35 types in Tang 2021 (B 31.7 + S 52.5 + C 12.2 + D 6.5 % of levels, any 76.3 %); with
   * 0.5 nearly every patient leaked by the basivertebral and the segmental veins together.
   */
  exitLogSd: 1,
  /**
   * Median conductance of the basivertebral and of each segmental exit: model choice (calibrated).
   * Both × 0.86 (from 0.0095 and 0.0036, their ratio kept) once cement entered the veins as lumens
   * (bone.ts), which had raised the cohort's seen-leak rates (seed 1: VP 49 → 52 %, BKP 18.4 %,
   * above its band). Since issue 20 each vein first fills its passage (`exitPassageMl`), which cost
   * the two small segmental ports most of their seen leaks: segmental × 2 (0.0031 → 0.0062).
   */
  basivertebralConductance: 0.0082,
  segmentalConductance: 0.0062,
  /** Half-height of the band where segmental veins enter the lateral walls, mm: model choice (calibrated). */
  segmentalHalfHeightMm: 5,
  /** A cortical defect, a broken endplate, a retropulsed posterior wall: model choice (calibrated; 0.09 until issue 20). */
  defectConductance: 0.1,
  /** The defect's conductance by where the breach is (× defectConductance): the fracture lines reach the walls at different distances from the cement, so each location is calibrated on its own to move the odds by about Zhan 2017's pooled OR. Model choice (calibrated). */
  defectByBreach: { none: 0, anterior: 1, lateral: 0.25, posterior: 2, endplate: 0.35 },
  /** The disc behind a cleft (a crack through the endplate): model choice (calibrated; 0.018 until the crack held `exitPassageMl`, issue 20). */
  cleftDiscConductance: 0.026,
  /** Low-viscosity cement runs into an open exit more readily: exit conductance × (μref/μ)^this. Model choice (calibrated). */
  exitViscosityExponent: 0.7,

  // (No instrument constants: the needles follow each level's pedicle axis (instruments.ts,
  // anatomy/pedicleAxis.ts), so two tips sit 0.2–0.25 of the body width either side of the midline
  // from T6 to L4, and the balloons behind them 0.25–0.3; the former bipedicularTipShare, 0.15, is gone.)

  // --- front ----------------------------------------------------------------------------------
  /** Fingering strength at the reference viscosity (weight of each cell's random entry threshold): model choice (calibrated). */
  fingering: 1.5,
  /** Fingering × (μref/μ)^this: a thinner cement follows the weak paths more (Trivedi 2023, qualitative). */
  fingeringViscosityExponent: 0.6,

  // --- cement (PMMA) --------------------------------------------------------------------------
  /** Viscosity of medium cement at 4 min after mixing, Pa·s: model choice (order of magnitude of PMMA dough). */
  referenceViscosityPaS: 50,
  /** Viscosity of each class relative to medium: model choice. */
  viscosityClass: { low: 0.25, medium: 1, high: 2 },
  /** Viscosity e-folding time, min: rises ≈ 50× between 4 and 15 min, the injectable window (an unattributed clinical figure). */
  viscosityRiseMin: 11 / Math.log(50),
  /** Start of the injectable window (min after mixing): 4 min (an unattributed clinical figure). */
  injectableFromMin: 4,
  /** No cement goes in after this time (min after mixing): 15 min (an unattributed clinical figure). */
  injectableUntilMin: 15,
  /** Sets in about 11 min at 37 °C once in the body (an unattributed clinical figure). */
  setInBodyMin: 11,

  // --- injection pressure ---------------------------------------------------------------------
  /** Syringe pressure per unit of (viscosity × rate × resistance): calibrated so a typical VP peaks near 1.69 MPa (Krebs 2005). */
  pressureScaleMPa: 0.03,
  /** Cannula share of the pressure, in the same units (Poiseuille in the needle): model choice. */
  needleResistance: 2,

  // --- fracture age (fractureAge.ts) -------------------------------------------------------------
  /** Age at which a fracture is half healed, days: 6 weeks, where Palmowski 2020 saw the correction fall. Model choice. */
  healingHalfDays: 42,
  /**
   * Steepness of the log-logistic healing curve: model choice (calibrated). Palmowski 2020 found the
   * correction the same before 2 and at 2–6 weeks and far smaller after, a sharp change around 6
   * weeks; at 3 (2 until issue 20) a fracture is 4 % healed at 2 weeks, 23 % at 4, 82 % at 10.
   */
  healingSteepness: 3,
  /**
   * Height a balloon regains in a healed fracture relative to a fresh one: model choice (calibrated;
   * 0.5 until issue 20). The cohort's fractures older than 4 months keep 0.6 of the younger ones'
   * restoration, between Crandall 2004 (52 / 67 % ≈ 0.78) and Clin Neurol Neurosurg 2019 (0.41).
   */
  healedReducibility: 0.55,
  /** Height positioning alone (VP) regains in a healed fracture relative to a fresh one: model choice (less gain in older fractures, Neurosurgery 2006). */
  healedPositionalReducibility: 0.5,
  /**
   * Share of the body's regained wedge that still straightens the local kyphotic angle once the
   * fracture has healed, relative to a fresh one: model choice (calibrated, issue 20). Palmowski
   * 2020's chronic fractures regained height like the others but 1.7° of correction against 3.8–4.3°;
   * with it the cohort's correction after 6 weeks is 0.5 of that before 2 weeks, the height 0.65.
   */
  healedAngularShare: 0.75,
  /** A healed fracture is this much stiffer against the balloon (×(1 + this)): model choice. */
  healedStiffening: 1.5,

  // --- height restoration -------------------------------------------------------------------
  /**
   * Share of the lost height a bipedicular BKP keeps in an acute fracture of reference bone:
   * calibrated to Papanastassiou 2012 / Xing 2013 (1 until issue 20, when the cohort's fractures
   * grew younger; nearer Crandall 2004's 67 % of the loss, which Xing 2013's 3.67 mm does not allow).
   */
  balloonRestoration: 0.9,
  /** One balloon (unipedicular) lifts less of the endplate: model choice. */
  singleBalloonShare: 0.75,
  /** Share of the balloon's lift lost when it deflates, before the cement holds: model choice. */
  deflationLoss: 0.25,
  /** Share of the lost height regained by positioning alone (VP), acute fracture: calibrated to Papanastassiou 2012 (0.4 until issue 20). */
  positionalRestoration: 0.35,
  /**
   * Share of the body's endplate-angle correction that the segmental kyphotic angle keeps in a fresh
   * fracture: calibrated to Xing 2013 (see fracture.ts) and, since issue 20 (0.65 before), to
   * Palmowski 2020's groups and Papanastassiou 2012's 4.8° together.
   */
  segmentalShare: 0.59,

  /**
   * Cement a narrow exit holds before any lies outside the bone, mL: the first cement into a vein
   * fills its passage through the cortex (the basivertebral or a segmental vein's foramen), the
   * first into a cleft's crack fills the crack through the endplate (20 µL is a channel about 3 mm
   * wide and 3 mm long). A defect (a broken wall or endplate) is an opening and holds nothing.
   * Without it every vertebroplasty let a trace out (100 %, where CT finds some leak in 76–82 %:
   * Tang 2021, Venmans 2011, Acta Radiol 2012). Model choice (calibrated to those CT rates; issue 20).
   */
  exitPassageMl: 0.02,

  // --- radiographs ----------------------------------------------------------------------------
  /** A leak smaller than this is not seen on plain radiographs: model choice (calibrated; Yeom 2003). */
  seenLeakMl: 0.06,
} as const
