/**
 * The cohort's figures beside the published ones, each with its target band and source: what the
 * CLI prints, the bench reports and the cohort test checks. Sources by their short names in
 * sources.ts (docs/SOURCES.md).
 */
import type { CohortSummary } from './cohortSummary.ts'

export interface CalibrationRow {
  figure: string
  unit: string
  simulated: number
  /** What the literature reports, in words. */
  published: string
  /** The band the model is calibrated to land in. */
  target: [number, number]
  source: string
  within: boolean
}

type RowSpec = [
  figure: string,
  unit: string,
  simulated: number,
  published: string,
  target: [number, number],
  source: string,
]

const NOT_SIGNIFICANT: [number, number] = [0.5, 2]
// Route shares: the studies' range widened by the cohort's sampling error, ±10 points for VP
// (≈ 125 leaking levels) and ±15 for BKP (≈ 40), clipped to 0–100 %.
const widen = (lo: number, hi: number, by: number): [number, number] => [
  Math.round(Math.max(0, lo - by) * 10) / 10,
  Math.round(Math.min(100, hi + by) * 10) / 10,
]

/** Rows of the calibration table for a cohort summary. */
export function calibrationTable(s: CohortSummary): CalibrationRow[] {
  const vp = s.vertebroplasty
  const bkp = s.kyphoplasty
  const a = s.adjustedOddsRatios
  const vpRoute = s.routeSplit.vertebroplasty
  const bkpRoute = s.routeSplit.kyphoplasty
  const vpCt = s.ctRouteSplit.vertebroplasty
  const pct = (x: number) => 100 * x
  const specs: RowSpec[] = [
    ['VP leak rate (radiographic)', '%', pct(vp.leakRate), '41–54.7 %', [41, 55], 'Hulme 2006; Zhan 2017'],
    ['BKP leak rate (radiographic)', '%', pct(bkp.leakRate), '9–18.4 %', [9, 18], 'Hulme 2006; Zhan 2017'],
    ['VP any leak on CT (cement outside the bone)', '%', pct(vp.anyLeakRate), '76.3 %; 80 %; 82 % of patients', [70, 90], 'Tang 2021; Venmans 2011; Acta Radiol 2012'],
    ['BKP / VP leak rate (relative risk)', '', bkp.leakRate / Math.max(1e-9, vp.leakRate), '0.62 (0.47–0.80) head to head; 0.16–0.45 from the single-arm rates', [0.16, 0.8], 'J Orthop Surg Res 2018; Hulme 2006; Zhan 2017'],
    ['VP kyphotic correction', '°', vp.kyphoticCorrectionDeg, '1.7°', [0.7, 2.7], 'Papanastassiou 2012'],
    ['BKP kyphotic correction', '°', bkp.kyphoticCorrectionDeg, '4.8°', [3.8, 5.8], 'Papanastassiou 2012'],
    ['BKP − VP anterior height gain', 'mm', bkp.anteriorHeightGainMm - vp.anteriorHeightGainMm, '3.67 mm', [2.2, 5.2], 'Xing 2013'],
    ['OR leak, cortical disruption', '', s.oddsRatios.corticalDisruption, '5.56 (1.84–16.81)', [1.84, 16.81], 'Zhan 2017'],
    ['OR leak, low-viscosity cement', '', s.oddsRatios.lowViscosity, '3.32 (1.36–8.07)', [1.36, 8.07], 'Zhan 2017'],
    ['OR leak, intravertebral cleft', '', s.oddsRatios.cleft, '1.40 (1.09–1.78), > 1', [1.0, 3], 'Zhan 2017'],
    ['Leakers minus non-leakers, volume', 'mL', s.leakVolumeDifferenceMl, '+0.59 mL', [0, 1.5], 'Zhan 2017'],
    ['BKP cement per side', 'mL', bkp.volumePerSideMl, '≈ 2.4 mL', [1.8, 3], 'FREE trial (Van Meirhaeghe 2013)'],
    ['VP median peak injection pressure', 'MPa', vp.medianPeakPressureMPa, '1.69 ± 0.65 MPa', [1.04, 2.34], 'Krebs 2005'],
    // Adjusted odds ratios (logistic regression on all factors at once, both procedures pooled).
    ['adjusted OR, cortical disruption', '', a.corticalDisruption.or, '5.56 (1.84–16.81)', [1.84, 16.81], 'Zhan 2017'],
    ['adjusted OR, low-viscosity cement', '', a.lowViscosity.or, '3.32 (1.36–8.07)', [1.36, 8.07], 'Zhan 2017'],
    ['adjusted OR, intravertebral cleft', '', a.cleft.or, '1.40 (1.09–1.78), > 1', [1.0, 3], 'Zhan 2017'],
    ['adjusted OR, per mL of cement', '', a.volumePerMl.or, '> 1 (leaking levels had +0.59 mL)', [1.0, 2], 'Zhan 2017'],
    ['adjusted OR, unipedicular approach', '', a.unipedicular.or, 'not significant', NOT_SIGNIFICANT, 'Zhan 2017'],
    ['adjusted OR, thoracic level', '', a.thoracicLevel.or, 'not significant', NOT_SIGNIFICANT, 'Zhan 2017'],
    ['adjusted OR, per T-score unit', '', a.tScorePerSd.or, 'no pooled OR; no difference by BMD group after BKP', NOT_SIGNIFICANT, 'BMC Musculoskelet Disord 2023'],
    ['adjusted OR, per 30 days of fracture age', '', a.fractureAgePer30Days.or, '> 1 (delayed surgery, disc leaks)', [0.9, 2], 'BMC Musculoskelet Disord 2020'],
    // Leak routes: share of each type among the seen leak types.
    ['VP leak types: basivertebral (B)', '%', pct(vpRoute.basivertebral), '30.8 %; 32.7 %', widen(30.8, 32.7, 10), 'Tang 2021; J Orthop Surg Res 2021'],
    ['VP leak types: segmental (S)', '%', pct(vpRoute.segmental), '51.0 %; 39.3 %', widen(39.3, 51.0, 10), 'Tang 2021; J Orthop Surg Res 2021'],
    ['VP leak types: venous (B + S)', '%', pct(vpRoute.basivertebral + vpRoute.segmental), '81.8 %; 72.0 %; 70 %', widen(70, 81.8, 10), 'Tang 2021; J Orthop Surg Res 2021; Venmans 2011'],
    ['VP leak types: cortical (C)', '%', pct(vpRoute.cortical), '11.9 %; 28.0 %; 2.5 %', widen(2.5, 28, 10), 'Tang 2021; J Orthop Surg Res 2021; Venmans 2011'],
    ['VP leak types: disc (D)', '%', pct(vpRoute.disc), '6.3 %; 27.5 %; 38 %', widen(6.3, 38, 10), 'Tang 2021; Venmans 2011; Acta Radiol 2012'],
    ['VP leak types: canal (posterior wall)', '%', pct(vpRoute.canal), '≤ 17 % epidural', widen(0, 17, 10), 'Acta Radiol 2012'],
    // The studies' range itself: the share is of every type CT shows, several hundred in the cohort.
    ['VP leak types on CT: cortical (C)', '%', pct(vpCt.cortical), '11.9 %; 28.0 %', [11.9, 28], 'Tang 2021; J Orthop Surg Res 2021'],
    ['BKP leak types: basivertebral (B)', '%', pct(bkpRoute.basivertebral), '34–67 % (the most common type)', widen(34, 67, 15), 'Wang 2014'],
    ['BKP leak types: disc (D)', '%', pct(bkpRoute.disc), '17–33 %', widen(17, 33, 15), 'Wang 2014'],
    ['BKP leak types: segmental (S)', '%', pct(bkpRoute.segmental), '≤ 24 % (fewer than B and D)', widen(0, 24, 15), 'Wang 2014'],
    ['BKP leak types: cortical (C)', '%', pct(bkpRoute.cortical), '≤ 24 % (fewer than B and D)', widen(0, 24, 15), 'Wang 2014'],
    // Fracture age: older over younger fractures, BKP's share of lost height regained, its correction.
    ['BKP restoration, > 4 months / < 10 weeks', 'ratio', s.ageEffect.crandall, '52 % / 67 % of lost height = 0.78', [0.41, 0.78], 'Crandall 2004'],
    ['BKP kyphotic correction, > 6 weeks / < 2 weeks', 'ratio', s.ageEffect.palmowski, '1.7° / 3.8° = 0.45', [0.3, 0.6], 'Palmowski 2020'],
    ['BKP restoration, > 4 weeks / ≤ 4 weeks', 'ratio', s.ageEffect.clinNeurolNeurosurg, '7.2 % / 17.5 % of height = 0.41', [0.41, 0.78], 'Clin Neurol Neurosurg 2019'],
  ] // biome-ignore format: one row per line reads as a table
  return specs.map(([figure, unit, simulated, published, target, source]) => ({
    figure,
    unit,
    simulated,
    published,
    target,
    source,
    within: simulated >= target[0] && simulated <= target[1],
  }))
}
