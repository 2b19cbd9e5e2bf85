/**
 * The bone models' names: one file per name in public/models/, written by the generator
 * (`src/modelgen/`) and loaded by the scene (`scene/boneModels.ts`). Here, apart from both, so the
 * run-time code names the files without importing the generator.
 */
import { LEVELS, type Level } from '../anatomy/levels.ts'

/** The thoracic levels, which carry ribs. */
export type ThoracicLevel = Extract<Level, `T${string}`>
/** A thoracic level's pair of rib stubs, in that level's frame (`T5-ribs`). */
export type RibModelName = `${ThoracicLevel}-ribs`
/** A vertebra (intact), the sacrum ('S') or a level's rib stubs. */
export type ModelName = Level | 'S' | RibModelName

export const RIB_MODEL_NAMES: readonly RibModelName[] = LEVELS.filter((l): l is ThoracicLevel =>
  l.startsWith('T'),
).map((l) => `${l}-ribs` as const)
export const MODEL_NAMES: readonly ModelName[] = [...LEVELS, 'S', ...RIB_MODEL_NAMES]
