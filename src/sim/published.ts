/**
 * Published figures the app shows beside the simulation's own, each with the studies it comes from
 * (ids in `sources.ts`). Only figures from meta-analyses or trials listed there.
 */
import type { Procedure } from './scenarioFields.ts'

export interface PublishedRate {
  /** Share of treated levels or patients, 0–1. */
  rate: number
  sourceId: string
}

/** Cement leakage seen on radiographs, per treated level. */
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

/** Patients whose pain was relieved (Hulme 2006, 69 studies). */
export const PAIN_RELIEVED: Record<Procedure, PublishedRate> = {
  vertebroplasty: { rate: 0.87, sourceId: 'hulme2006' },
  kyphoplasty: { rate: 0.92, sourceId: 'hulme2006' },
}

/** New vertebral fractures after treatment, the same after either (Papanastassiou 2012); 22 % without surgery. */
export const NEW_FRACTURES: PublishedRate = { rate: 0.11, sourceId: 'papanastassiou2012' }

/** Reduction of the kyphotic angle, degrees (Papanastassiou 2012). */
export const KYPHOSIS_REDUCED_DEG: Record<Procedure, number> = { vertebroplasty: 1.7, kyphoplasty: 4.8 }

/** Procedure time, minutes (KAVIAR, Dohm 2014). */
export const PROCEDURE_MIN: Record<Procedure, number> = { vertebroplasty: 31.8, kyphoplasty: 40 }
