/**
 * The cohort's figures beside the published ones, each with its target band and source
 * (CLINICAL.md §1–4): what the CLI prints, the bench reports and the cohort test checks.
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

/** Rows of the calibration table for a cohort summary. */
export function calibrationTable(s: CohortSummary): CalibrationRow[] {
  const row = (
    figure: string,
    unit: string,
    simulated: number,
    published: string,
    target: [number, number],
    source: string,
  ) => ({
    figure,
    unit,
    simulated,
    published,
    target,
    source,
    within: simulated >= target[0] && simulated <= target[1],
  })
  const vp = s.vertebroplasty
  const bkp = s.kyphoplasty
  return [
    row(
      'VP leak rate (radiographic)',
      '%',
      100 * vp.leakRate,
      '41–54.7 %',
      [41, 55],
      'Hulme 2006; Zhan 2017 (CLINICAL.md §1)',
    ),
    row(
      'BKP leak rate (radiographic)',
      '%',
      100 * bkp.leakRate,
      '9–18.4 %',
      [9, 18],
      'Hulme 2006; Zhan 2017 (CLINICAL.md §1)',
    ),
    row(
      'VP kyphotic correction',
      '°',
      vp.kyphoticCorrectionDeg,
      '1.7°',
      [0.7, 2.7],
      'Papanastassiou 2012 (CLINICAL.md §3)',
    ),
    row(
      'BKP kyphotic correction',
      '°',
      bkp.kyphoticCorrectionDeg,
      '4.8°',
      [3.8, 5.8],
      'Papanastassiou 2012 (CLINICAL.md §3)',
    ),
    row(
      'BKP − VP anterior height gain',
      'mm',
      bkp.anteriorHeightGainMm - vp.anteriorHeightGainMm,
      '3.67 mm',
      [2.2, 5.2],
      'Xing 2013 (CLINICAL.md §3)',
    ),
    row(
      'OR leak, cortical disruption',
      '',
      s.oddsRatios.corticalDisruption,
      '5.56 (1.84–16.81)',
      [1.84, 16.81],
      'Zhan 2017 (CLINICAL.md §2)',
    ),
    row(
      'OR leak, low-viscosity cement',
      '',
      s.oddsRatios.lowViscosity,
      '3.32 (1.36–8.07)',
      [1.36, 8.07],
      'Zhan 2017 (CLINICAL.md §2)',
    ),
    row(
      'OR leak, intravertebral cleft',
      '',
      s.oddsRatios.cleft,
      '1.40 (1.09–1.78), > 1',
      [1.0, 3],
      'Zhan 2017 (CLINICAL.md §2)',
    ),
    row(
      'Leakers minus non-leakers, volume',
      'mL',
      s.leakVolumeDifferenceMl,
      '+0.59 mL',
      [0, 1.5],
      'Zhan 2017 (CLINICAL.md §2)',
    ),
    row(
      'BKP cement per side',
      'mL',
      bkp.volumePerSideMl,
      '≈ 2.4 mL',
      [1.8, 3],
      'FREE, Wardlaw 2009 (CLINICAL.md §3)',
    ),
    row(
      'VP median peak injection pressure',
      'MPa',
      vp.medianPeakPressureMPa,
      '1.69 ± 0.65 MPa',
      [1.04, 2.34],
      'PubMed 15738774 (CLINICAL.md §6)',
    ),
  ]
}
