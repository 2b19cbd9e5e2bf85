/**
 * A level's arch together with its two facet joints: the joint with the level above (T1: as if
 * another T1 sat on it, since the cervical spine is not modelled) and with the part below (L5:
 * the sacrum).
 */
import { type FacetJoint, facetJoint } from './facetJoints.ts'
import { LEVELS, type Level, levelDimensions } from './levels.ts'
import { type Arch, archParts } from './posteriorElements.ts'

/** The left facet joints of a level: with the level above and with the part below. */
export function levelJoints(level: Level): { above: FacetJoint; below: FacetJoint } {
  const i = LEVELS.indexOf(level)
  const dims = levelDimensions(level)
  const upper = i > 0 ? levelDimensions(LEVELS[i - 1] as Level) : dims
  const lower = i < LEVELS.length - 1 ? levelDimensions(LEVELS[i + 1] as Level) : 'S'
  return { above: facetJoint(upper, dims), below: facetJoint(dims, lower) }
}

/** The arch of a level, built with its joints. */
export function levelArch(level: Level): Arch {
  const { above, below } = levelJoints(level)
  return archParts(levelDimensions(level), above, below)
}
