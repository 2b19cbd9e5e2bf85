/**
 * The cohort split into the sub-groups the studies report, beside their figures: kyphotic
 * correction and height by fracture age (Palmowski 2020, Crandall 2004), leaks by cement viscosity
 * and by cleft (Zhan 2017, Tang 2021, Wang 2014), by route, and as radiographs and CT see them
 * (Hulme 2006, Zhan 2017, Yeom 2003, Acta Radiol 2012). `npm run sim -- --cohort N --seed S
 * --subgroups` prints them (docs/SIMULATION.md, "Sub-groups").
 */
import { kyphoticCorrectionDeg, regainedShare } from './cohortFactors.ts'
import { LEAK_ROUTES, type LeakRoute } from './exits.ts'
import { ctRoutes, type Outcome, seenRoutes } from './outcome.ts'
import type { Procedure, Scenario } from './scenarioFields.ts'

interface Row {
  scenario: Scenario
  outcome: Outcome
}

export const PROCEDURES: readonly Procedure[] = ['vertebroplasty', 'kyphoplasty']

/** A mean with the spread of the values around it. */
export interface Spread {
  mean: number
  sd: number
}

export function spread(xs: readonly number[]): Spread {
  const n = Math.max(1, xs.length)
  const mean = xs.reduce((a, b) => a + b, 0) / n
  return { mean, sd: Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n) }
}

export interface AgeGroupRow {
  procedure: Procedure
  /** How the study split its patients: '< 2 weeks'. */
  group: string
  patients: number
  correctionDeg: Spread
  /** Mean share of the lost height regained, of the height that lost most. */
  regainedShare: number
  /** That height, as a share of its normal height, before and after (mean). */
  normalShare: { before: number; after: number }
  published: string
  source: string
}

const AGE_GROUPS: ReadonlyArray<{ group: string; days: [number, number]; bkp: string; source: string }> = [
  { group: '< 2 weeks', days: [0, 13], bkp: '3.8°', source: 'Palmowski 2020' },
  { group: '2–6 weeks', days: [14, 42], bkp: '4.3°', source: 'Palmowski 2020' },
  { group: '> 6 weeks', days: [43, Number.POSITIVE_INFINITY], bkp: '1.7°', source: 'Palmowski 2020' },
  { group: '< 10 weeks', days: [0, 69], bkp: '58 → 86 % of normal (67 % of the loss)', source: 'Crandall 2004' },
  { group: '> 4 months', days: [121, Number.POSITIVE_INFINITY], bkp: '56 → 79 % of normal (52 % of the loss)', source: 'Crandall 2004' },
] // biome-ignore format: a table

/** What a procedure did to the fracture's shape: a run's outcome, or `restored` alone (no flow). */
type Shaped = { scenario: Scenario; outcome: Pick<Outcome, 'heightsMm' | 'kyphoticAngleDeg'> }

/** The height that lost most (the one a study's restoration refers to). */
function mostCollapsed(outcome: Pick<Outcome, 'heightsMm'>): 'anterior' | 'middle' | 'posterior' {
  const { normal, fractured } = outcome.heightsMm
  const keys = ['anterior', 'middle', 'posterior'] as const
  return keys.reduce((a, b) => (normal[b] - fractured[b] > normal[a] - fractured[a] ? b : a))
}

const meanOf = (xs: readonly number[]) => spread(xs).mean

/** Correction and height by fracture age, split as Palmowski 2020 and Crandall 2004 split their patients. */
export function byAge(rows: readonly Shaped[]): AgeGroupRow[] {
  return PROCEDURES.flatMap((procedure) =>
    AGE_GROUPS.map(({ group, days, bkp, source }) => {
      const members = rows.filter(
        (r) =>
          r.scenario.procedure === procedure &&
          r.scenario.fractureAgeDays >= days[0] &&
          r.scenario.fractureAgeDays <= days[1],
      )
      const o = members.map((r) => r.outcome)
      const share = (at: 'fractured' | 'final') =>
        meanOf(o.map((x) => x.heightsMm[at][mostCollapsed(x)] / x.heightsMm.normal[mostCollapsed(x)]))
      return {
        procedure,
        group,
        patients: members.length,
        correctionDeg: spread(o.map(kyphoticCorrectionDeg)),
        regainedShare: meanOf(o.map(regainedShare)),
        normalShare: { before: share('fractured'), after: share('final') },
        published: procedure === 'kyphoplasty' ? bkp : '–',
        source: procedure === 'kyphoplasty' ? source : 'less gain in older fractures (Neurosurgery 2006)',
      }
    }),
  )
}

export interface LeakGroupRow {
  procedure: Procedure
  group: string
  patients: number
  /** Share with a leak seen on radiographs, and with any cement outside the bone (CT). */
  seen: number
  ct: number
  /** Share of the group's patients with a seen leak typed as each route. */
  seenByRoute: Record<LeakRoute, number>
  published: string
}

type Group = readonly [label: string, member: (s: Scenario) => boolean, published: Record<Procedure, string>]

function leakGroups(rows: readonly Row[], groups: readonly Group[]): LeakGroupRow[] {
  return PROCEDURES.flatMap((procedure) =>
    groups.map(([group, member, published]) => {
      const o = rows
        .filter((r) => r.scenario.procedure === procedure && member(r.scenario))
        .map((r) => r.outcome)
      const share = (test: (x: Outcome) => boolean) => o.filter(test).length / Math.max(1, o.length)
      return {
        procedure,
        group,
        patients: o.length,
        seen: share((x) => x.leak.seen),
        ct: share((x) => x.leak.occurred),
        seenByRoute: Object.fromEntries(
          LEAK_ROUTES.map((route) => [route, share((x) => seenRoutes(x).includes(route))]),
        ) as Record<LeakRoute, number>,
        published: published[procedure],
      }
    }),
  )
}

const both = (text: string): Record<Procedure, string> => ({ vertebroplasty: text, kyphoplasty: text })

/** Leaks by cement viscosity (Zhan 2017: low viscosity OR 3.32 against the others). */
export function byViscosity(rows: readonly Row[]): LeakGroupRow[] {
  return leakGroups(rows, [
    ['low', (s) => s.cementViscosity === 'low', both('OR 3.32 (1.36–8.07) against the others (Zhan 2017)')],
    ['medium', (s) => s.cementViscosity === 'medium', both('–')],
    ['high', (s) => s.cementViscosity === 'high', both('less leakage than low viscosity (Zhan 2017)')],
  ])
}

/** Leaks with and without an intravertebral cleft (Zhan 2017, Tang 2021, Wang 2014). */
export function byCleft(rows: readonly Row[]): LeakGroupRow[] {
  return leakGroups(rows, [
    ['no cleft', (s) => !s.cleft, { vertebroplasty: 'Tang 2021: B 31.7, S 52.5, C 12.2, D 6.5 % of levels', kyphoplasty: 'basivertebral leaks 12.6 % (Wang 2014)' }],
    ['cleft', (s) => s.cleft, { vertebroplasty: 'OR 1.40 (1.09–1.78) (Zhan 2017); leaks move from the veins to the cortex and disc, the rate unchanged (Tang 2021)', kyphoplasty: 'OR 1.40 (1.09–1.78) (Zhan 2017); basivertebral leaks 23.6 % (Wang 2014)' }],
  ]) // biome-ignore format: a table
}

export interface RouteRow {
  procedure: Procedure
  route: LeakRoute
  /** Share of the route among the types seen on radiographs, and among those CT shows. */
  seenShare: number
  ctShare: number
  /** Share of patients with cement outside the bone by this route (per level, as the studies count). */
  ctPerPatient: number
  published: string
}

const ROUTE_PUBLISHED: Record<Procedure, Record<LeakRoute, string>> = {
  vertebroplasty: {
    basivertebral:
      '31.7 % (Tang 2021), 28.5 % (J Orthop Surg Res 2021) of levels; prevertebral venous 18 % of patients (Acta Radiol 2012)',
    segmental:
      '52.5 % (Tang 2021), 34.3 % (J Orthop Surg Res 2021) of levels; paravertebral 35 % of patients (Acta Radiol 2012)',
    cortical: '12.2 % (Tang 2021), 24.4 % (J Orthop Surg Res 2021) of levels: 11.9 %, 28 % of the types',
    disc: '6.5 % of levels (Tang 2021); 34 % of leaking levels (Venmans 2011); 45 % of patients (Acta Radiol 2012)',
    canal: 'epidural 20 % of patients (Acta Radiol 2012)',
  },
  kyphoplasty: {
    basivertebral: '15.5 % of levels, the commonest (Wang 2014)',
    segmental: 'fewer than basivertebral or disc (Wang 2014)',
    cortical: 'fewer than basivertebral or disc (Wang 2014)',
    disc: '7.8 % of levels (Wang 2014)',
    canal: 'fewer than basivertebral or disc (Wang 2014)',
  },
}

/** Each route's share of the leak types as radiographs and as CT show them. */
export function byRoute(rows: readonly Row[]): RouteRow[] {
  return PROCEDURES.flatMap((procedure) => {
    const o = rows.filter((r) => r.scenario.procedure === procedure).map((r) => r.outcome)
    const count = (types: (x: Outcome) => LeakRoute[]) => {
      const counts = Object.fromEntries(LEAK_ROUTES.map((r) => [r, 0])) as Record<LeakRoute, number>
      for (const x of o) for (const r of types(x)) counts[r]++
      return {
        counts,
        total: Math.max(
          1,
          LEAK_ROUTES.reduce((a, r) => a + counts[r], 0),
        ),
      }
    }
    const seen = count(seenRoutes)
    const ct = count(ctRoutes)
    return LEAK_ROUTES.map((route) => ({
      procedure,
      route,
      seenShare: seen.counts[route] / seen.total,
      ctShare: ct.counts[route] / ct.total,
      ctPerPatient: ct.counts[route] / Math.max(1, o.length),
      published: ROUTE_PUBLISHED[procedure][route],
    }))
  })
}

export interface ImagingRow {
  procedure: Procedure
  patients: number
  radiograph: number
  ct: number
  published: { radiograph: string; ct: string }
}

/** Leaks as plain radiographs see them and as CT does (any cement outside the bone). */
export function byImaging(rows: readonly Row[]): ImagingRow[] {
  const published: Record<Procedure, ImagingRow['published']> = {
    vertebroplasty: {
      radiograph: '41 % (Hulme 2006), 54.7 % (Zhan 2017)',
      ct: '76.3 % (Tang 2021), 80 % (Venmans 2011), 82 % (Acta Radiol 2012); CT finds 1.5× as many (Yeom 2003)',
    },
    kyphoplasty: {
      radiograph: '9 % (Hulme 2006), 18.4 % (Zhan 2017)',
      ct: 'no CT study of kyphoplasty in the sources; 1.5× (Yeom 2003, vertebroplasty)',
    },
  }
  return PROCEDURES.map((procedure) => {
    const o = rows.filter((r) => r.scenario.procedure === procedure).map((r) => r.outcome)
    const n = Math.max(1, o.length)
    return {
      procedure,
      patients: o.length,
      radiograph: o.filter((x) => x.leak.seen).length / n,
      ct: o.filter((x) => x.leak.occurred).length / n,
      published: published[procedure],
    }
  })
}
