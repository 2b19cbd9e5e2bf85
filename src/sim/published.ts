/**
 * Published figures the app shows beside the simulation's own, each with the studies it comes from
 * (ids in `sources.ts`). Only figures from the studies listed there; where two procedures are set
 * side by side, the figure comes from a study that compared them head to head unless it says not.
 */
import type { Procedure } from './scenarioFields.ts'

export interface PublishedRate {
  /** Share of treated levels or patients, 0–1. */
  rate: number
  sourceId: string
}

/** Counts from one study: `events` of `of` patients. */
export interface PublishedCount {
  events: number
  of: number
}

/** One trial's counts for each procedure, over `months` of follow-up. */
export interface HeadToHeadCounts {
  months: number
  counts: Record<Procedure, PublishedCount>
  sourceId: string
}

/**
 * Cement leakage seen on radiographs, per treated level. Each procedure's rates are pooled from its
 * own studies (mostly single-arm), so they are not a head-to-head comparison: that is
 * `LEAK_RELATIVE_RISK`.
 */
export const PUBLISHED_LEAK_RATES: Record<Procedure, readonly PublishedRate[]> = {
  vertebroplasty: [
    { rate: 0.41, sourceId: 'hulme2006' },
    { rate: 0.547, sourceId: 'zhan2017' },
  ],
  kyphoplasty: [
    { rate: 0.09, sourceId: 'hulme2006' },
    { rate: 0.184, sourceId: 'zhan2017' },
  ],
}

/** Cement leakage after kyphoplasty against vertebroplasty, head to head: relative risk (J Orthop Surg Res 2018). */
export const LEAK_RELATIVE_RISK = { rr: 0.62, ci95: [0.47, 0.8], sourceId: 'josr2018' } as const

/** Cement outside the body on CT, per treated level, in one randomised trial (KAVIAR: 164 of 201 VP, 157 of 214 BKP levels). */
export const CT_LEAK_RATES: Record<Procedure, PublishedRate> = {
  vertebroplasty: { rate: 164 / 201, sourceId: 'dohm2014' },
  kyphoplasty: { rate: 157 / 214, sourceId: 'dohm2014' },
}

/** Head to head, pain relief was similar after either procedure (KAVIAR; Papanastassiou 2012). */
export const SIMILAR_PAIN_RELIEF_SOURCES: readonly string[] = ['dohm2014', 'papanastassiou2012']

/** Reduction of the kyphotic angle at the treated level, degrees (Papanastassiou 2012). */
export const KYPHOSIS_REDUCED_DEG: Record<Procedure, number> = { vertebroplasty: 1.7, kyphoplasty: 4.8 }

/** Anterior height after kyphoplasty, share of normal, before → after (Crandall 2004): acute (< 10 weeks) and chronic (> 4 months). */
export const KYPHOPLASTY_HEIGHT = {
  acute: { before: 0.58, after: 0.86 },
  chronic: { before: 0.56, after: 0.79 },
  sourceId: 'crandall2004',
} as const

/** Cement per side in bipedicular kyphoplasty, mL (the FREE trial's 24-month report, Van Meirhaeghe 2013). */
export const KYPHOPLASTY_CEMENT_PER_SIDE_ML = { ml: 2.4, sourceId: 'vanmeirhaeghe2013' } as const

/** Procedure time, minutes (KAVIAR, Dohm 2014). */
export const PROCEDURE_MIN: Record<Procedure, number> = { vertebroplasty: 31.8, kyphoplasty: 40 }

/**
 * New vertebral fractures over the studies' follow-up (Papanastassiou 2012): as many after either
 * procedure, twice as many without surgery. The review pools studies of different lengths; the
 * time-bound figure is `NEW_FRACTURES_TRIAL`.
 */
export const NEW_FRACTURES = { treated: 0.11, nonSurgical: 0.22, sourceId: 'papanastassiou2012' } as const

/** New fractures seen on radiographs (with or without pain) within `months`, per patient: KAVIAR, not significantly different. */
export const NEW_FRACTURES_TRIAL: HeadToHeadCounts = {
  months: 24,
  counts: { vertebroplasty: { events: 64, of: 111 }, kyphoplasty: { events: 54, of: 110 } },
  sourceId: 'dohm2014',
}

/** Cement in the spinal canal after vertebroplasty, per patient (J Orthop Surg Res 2019: 0.7 % of 3,175). */
export const CANAL_LEAK = { rate: 0.007, patients: 3175, sourceId: 'josr2019' } as const

/** Cement travelling to the lungs within 2 years, head to head (KAVIAR: 1 of 191 BKP, 1 of 190 VP patients). */
export const CEMENT_TO_LUNGS: HeadToHeadCounts = {
  months: 24,
  counts: { vertebroplasty: { events: 1, of: 190 }, kyphoplasty: { events: 1, of: 191 } },
  sourceId: 'dohm2014',
}

/** Infection and bleeding that needed treatment after kyphoplasty, of 102 patients (Patient Saf Surg 2008). */
export const INFECTION_BLEEDING = {
  patients: 102,
  infection: 2,
  bleeding: 1,
  sourceId: 'patientsafsurg2008',
} as const

/** Eligible patients of VERTOS II whose pain eased on its own before they could be randomised: 229 of 431. */
export const BETTER_ON_THEIR_OWN: PublishedRate = { rate: 229 / 431, sourceId: 'klazen2010' }
