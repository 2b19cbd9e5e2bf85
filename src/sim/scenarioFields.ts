/**
 * The scenario's keys, their types, ranges, units and defaults: the one source from which the
 * schema (scenario.ts), the leva panel and the docs are built. Defaults make a typical case: a
 * moderate (Genant 2) wedge fracture of L1 treated by bipedicular balloon kyphoplasty.
 */
import { FRACTURE_SHAPES, type FractureShape, type GenantGrade, GRADE_LOSS_PCT } from '../anatomy/fracture.ts'
import { FRACTURE_LEVELS, type FractureLevel } from '../anatomy/levels.ts'
import { CEMENT_VISCOSITIES, type CementViscosity } from './cement.ts'
import { CORTICAL_BREACHES, type CorticalBreach } from './exits.ts'

export const PROCEDURES = ['vertebroplasty', 'kyphoplasty'] as const
export type Procedure = (typeof PROCEDURES)[number]
export const APPROACHES = ['unipedicular', 'bipedicular'] as const
export type Approach = (typeof APPROACHES)[number]
export const BALLOON_SIZES_MM = [10, 15, 20] as const
export type BalloonSizeMm = (typeof BALLOON_SIZES_MM)[number]

/** One complete, valid scenario: everything a simulation run depends on. */
export interface Scenario {
  procedure: Procedure
  level: FractureLevel
  /** Loss of the shape's defining height, 0–60 %. */
  heightLossPct: number
  /** Genant grade 0–3, present only when the severity was set by grade (then heightLossPct = GRADE_LOSS_PCT[grade]). */
  grade?: GenantGrade
  shape: FractureShape
  fractureAgeDays: number
  corticalBreach: CorticalBreach
  cleft: boolean
  tScore: number
  approach: Approach
  cementViscosity: CementViscosity
  /** Minutes after mixing when injection starts. */
  injectionStartMin: number
  cementVolumeMl: number
  injectionRateMlPerMin: number
  balloonSizeMm: BalloonSizeMm
  balloonMaxPsi: number
  seed: number
}

export type ScenarioKey = keyof Scenario
interface FieldBase<K extends ScenarioKey> {
  key: K
  label: string
  unit: string
  default: NonNullable<Scenario[K]>
  description: string
}
export type ScenarioField =
  | (FieldBase<ScenarioKey> & { kind: 'enum'; options: readonly (string | number)[] })
  | (FieldBase<ScenarioKey> & { kind: 'number' | 'integer'; min: number; max: number; step: number })
  | (FieldBase<ScenarioKey> & { kind: 'boolean' })

/** Metadata for every key, in panel order. */
export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  { key: 'procedure', label: 'Procedure', kind: 'enum', options: PROCEDURES, unit: '', default: 'kyphoplasty', description: 'Vertebroplasty (cement through a needle) or balloon kyphoplasty (balloon first, then cement into the cavity).' },
  { key: 'level', label: 'Level', kind: 'enum', options: FRACTURE_LEVELS, unit: '', default: 'L1', description: 'Fractured vertebra; T12–L1 is where these fractures cluster (the usual clinical finding; no single study cited).' },
  { key: 'heightLossPct', label: 'Height loss', kind: 'number', min: 0, max: 60, step: 0.5, unit: '%', default: GRADE_LOSS_PCT[2], description: 'Loss of the height that the shape defines; setting it clears the grade.' },
  { key: 'grade', label: 'Genant grade', kind: 'integer', min: 0, max: 3, step: 1, unit: '', default: 2, description: 'Severity by Genant grade (Genant 1993; Wáng 2019); sets the height loss to the grade’s representative value.' },
  { key: 'shape', label: 'Shape', kind: 'enum', options: FRACTURE_SHAPES, unit: '', default: 'wedge', description: 'Wedge (anterior height lost), biconcave (middle) or crush (all heights).' },
  { key: 'fractureAgeDays', label: 'Fracture age', kind: 'integer', min: 1, max: 730, step: 1, unit: 'days', default: 28, description: 'Days since the fracture; acute (< 10 weeks) fractures regain more height (Crandall 2004; Palmowski 2020), a smooth curve of age.' },
  { key: 'corticalBreach', label: 'Cortical breach', kind: 'enum', options: CORTICAL_BREACHES, unit: '', default: 'none', description: 'Where the cortical shell is broken; a breach raises leakage (OR 5.56, Zhan 2017).' },
  { key: 'cleft', label: 'Intravertebral cleft', kind: 'boolean', unit: '', default: false, description: 'A gap in the body filled with gas (a vacuum cleft) or fluid; OR 1.40 for leakage (Zhan 2017).' },
  { key: 'tScore', label: 'T-score', kind: 'number', min: -5, max: 0, step: 0.1, unit: 'SD', default: -3, description: 'Bone density; lower means more porous, more permeable bone (model default −3, an osteoporotic patient).' },
  { key: 'approach', label: 'Approach', kind: 'enum', options: APPROACHES, unit: '', default: 'bipedicular', description: 'One needle (tip near the midline) or one through each pedicle.' },
  { key: 'cementViscosity', label: 'Cement viscosity', kind: 'enum', options: CEMENT_VISCOSITIES, unit: '', default: 'medium', description: 'Low-viscosity cement leaks more (OR 3.32, Zhan 2017).' },
  { key: 'injectionStartMin', label: 'Injection start', kind: 'number', min: 2, max: 14, step: 0.5, unit: 'min', default: 5, description: 'Minutes after mixing; PMMA is injectable from about 4 to 15 min (handling times, an unattributed clinical figure).' },
  { key: 'cementVolumeMl', label: 'Cement volume', kind: 'number', min: 0.5, max: 10, step: 0.1, unit: 'mL', default: 4.8, description: 'Planned volume; about 2.4 mL per side in bipedicular BKP (FREE trial, Van Meirhaeghe 2013); in BKP for myeloma, 4.1 mL through one pedicle and 4.9 mL through two (Papanastassiou 2014).' },
  { key: 'injectionRateMlPerMin', label: 'Injection rate', kind: 'number', min: 0.5, max: 6, step: 0.1, unit: 'mL/min', default: 2, description: 'Syringe flow (model default 2 mL/min; not from a study).' },
  { key: 'balloonSizeMm', label: 'Balloon size', kind: 'enum', options: BALLOON_SIZES_MM, unit: 'mm', default: 15, description: 'Inflatable bone tamp length: 10, 15 or 20 mm, 2–3 mL (an unattributed clinical figure). Kyphoplasty only.' },
  { key: 'balloonMaxPsi', label: 'Balloon pressure limit', kind: 'number', min: 100, max: 700, step: 10, unit: 'psi', default: 400, description: 'Inflation stops at this pressure (maximum unconfirmed, ≈400–700 psi). Kyphoplasty only.' },
  { key: 'seed', label: 'Seed', kind: 'integer', min: 0, max: 2147483647, step: 1, unit: '', default: 1, description: 'Chooses this patient’s bone and veins; the same seed gives the same result.' },
] // biome-ignore format: one field per line reads as a table

/** The default scenario, built from the field defaults. */
export const DEFAULT_SCENARIO: Scenario = Object.freeze(
  Object.fromEntries(SCENARIO_FIELDS.map((f) => [f.key, f.default])) as unknown as Scenario,
)
