/**
 * The audience mode in the address (`mode=patient|educator`) and in the browser's memory: a first
 * visit opens for patients; a later visit opens as the viewer last chose; a link's `mode` wins.
 * The mode is always written to the address, so a shared link opens for the same audience.
 */
import type { ProblemText } from '../sim/problemText.ts'
import { AUDIENCE_MODES, type AudienceMode } from './store.ts'

const REMEMBERED = 'spine3d.mode'

/** The mode to open in, and a message when the URL's value was refused. */
export function modeFromSearch(
  search: string,
  remembered: string | null,
): { mode: AudienceMode; problem: ProblemText | null } {
  const given = new URLSearchParams(search).get('mode')
  const fallback: AudienceMode = (AUDIENCE_MODES as readonly string[]).includes(remembered ?? '')
    ? (remembered as AudienceMode)
    : 'patient'
  if (given === null) return { mode: fallback, problem: null }
  if ((AUDIENCE_MODES as readonly string[]).includes(given))
    return { mode: given as AudienceMode, problem: null }
  const allowed = AUDIENCE_MODES.join(' | ')
  const audience = fallback === 'patient' ? 'patients' : 'educators'
  return {
    mode: fallback,
    problem: {
      code: 'mode.expected',
      params: { key: 'mode', allowed, given, audience: { term: `term.${audience}` } },
      message: `mode: expected one of ${allowed}, got "${given}" — opened for ${audience}`,
    },
  }
}

/** The mode this browser last chose, if storage is allowed (a sandboxed frame may refuse it). */
export function rememberedMode(): string | null {
  try {
    return localStorage.getItem(REMEMBERED)
  } catch {
    return null
  }
}

export function rememberMode(mode: AudienceMode): void {
  try {
    localStorage.setItem(REMEMBERED, mode)
  } catch {
    // Storage refused: the link still carries the mode.
  }
}
