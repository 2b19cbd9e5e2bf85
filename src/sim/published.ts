/**
 * Published figures the app shows beside the simulation's own, each with the studies it comes from
 * (ids in `sources.ts`). Only figures from meta-analyses or trials listed there.
 */
import type { Procedure } from './scenarioFields.ts'

export interface PublishedRate {
  /** Share of treated levels, 0–1. */
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
