/**
 * The story a viewer watches: each procedure as chapters of fixed watching time ("story time"),
 * each mapped onto a span of the simulated procedure time. A real level takes 30–40 minutes
 * (KAVIAR, Dohm 2014), mostly positioning and imaging; the story tells it in under a minute.
 *
 * The chapters of both procedures line up: vertebroplasty's `needle` lasts as long as
 * kyphoplasty's `balloon` and `cavity` together, so `fracture`, `access`, `cement` and `result`
 * start at the same story time in both. A scenario change (even of procedure) therefore keeps the
 * story time, and compare mode needs only one playhead.
 */
import type { Procedure } from '../sim/scenarioFields.ts'
import type { Phase, PhaseId } from '../sim/timeline.ts'

export const VERTEBROPLASTY_CHAPTERS = ['fracture', 'access', 'needle', 'cement', 'result'] as const
export const KYPHOPLASTY_CHAPTERS = ['fracture', 'access', 'balloon', 'cavity', 'cement', 'result'] as const
export type ChapterId = (typeof VERTEBROPLASTY_CHAPTERS)[number] | (typeof KYPHOPLASTY_CHAPTERS)[number]
export const CHAPTER_IDS: readonly ChapterId[] = [
  'fracture',
  'access',
  'needle',
  'balloon',
  'cavity',
  'cement',
  'result',
]

/** Watching time of each chapter at 1×, s. `needle` = `balloon` + `cavity` keeps the procedures aligned. */
export const CHAPTER_DURATION_S: Record<ChapterId, number> = {
  fracture: 8,
  access: 10,
  needle: 12,
  balloon: 8,
  cavity: 4,
  cement: 16,
  result: 10,
}

/** The simulated phases each chapter shows; `fracture` shows none (the time before the procedure). */
const CHAPTER_PHASES: Record<ChapterId, readonly PhaseId[]> = {
  fracture: [],
  access: ['access'],
  needle: ['needleAdvance'],
  balloon: ['balloonInflation'],
  cavity: ['balloonDeflation'],
  cement: ['cementInjection'],
  result: ['withdrawal', 'curing'],
}
// Kyphoplasty's access chapter also brings the cannula to the body and drills the balloon's path.
const KYPHOPLASTY_ACCESS: readonly PhaseId[] = ['access', 'needleAdvance', 'drill']

/**
 * The share of a chapter that holds its last moment, so that what its words say has happened is
 * seen before the next chapter: the balloons are out and the hollow shows for the last part of
 * "a space for the cement" (its words: "emptied and taken out … leave a hollow space").
 */
const CHAPTER_HOLD: Partial<Record<ChapterId, number>> = { cavity: 0.35 }

/** In the fracture chapter: healthy until this story time, collapsed by `COLLAPSE_END_S` (s). */
export const COLLAPSE_START_S = 1.5
export const COLLAPSE_END_S = 4.5

export interface StoryChapter {
  id: ChapterId
  /** Story time, s. */
  startS: number
  endS: number
}

/** The chapters of a procedure on the story clock. */
export function storyChapters(procedure: Procedure): StoryChapter[] {
  const ids = procedure === 'kyphoplasty' ? KYPHOPLASTY_CHAPTERS : VERTEBROPLASTY_CHAPTERS
  let t = 0
  return ids.map((id) => {
    const chapter = { id, startS: t, endS: t + CHAPTER_DURATION_S[id] }
    t = chapter.endS
    return chapter
  })
}

/** Length of a procedure's story, s (the same for both procedures). */
export function storyDurationS(procedure: Procedure): number {
  const chapters = storyChapters(procedure)
  return (chapters[chapters.length - 1] as StoryChapter).endS
}

/** The chapter playing at `storyS` (clamped to the story; the end belongs to the last chapter). */
export function chapterAt(procedure: Procedure, storyS: number): StoryChapter {
  const chapters = storyChapters(procedure)
  return chapters.find((c) => storyS < c.endS) ?? (chapters[chapters.length - 1] as StoryChapter)
}

/** Whether `id` is a chapter of `procedure`. */
export function hasChapter(procedure: Procedure, id: ChapterId): boolean {
  return storyChapters(procedure).some((c) => c.id === id)
}

/** The procedure-time span [startS, endS] that a chapter shows, from the simulated phases. */
export function chapterProcedureSpan(
  procedure: Procedure,
  id: ChapterId,
  phases: readonly Phase[],
): [number, number] {
  if (id === 'fracture') return [0, 0]
  const ids = procedure === 'kyphoplasty' && id === 'access' ? KYPHOPLASTY_ACCESS : CHAPTER_PHASES[id]
  const shown = phases.filter((p) => ids.includes(p.id))
  if (shown.length === 0) return [0, 0]
  return [Math.min(...shown.map((p) => p.startS)), Math.max(...shown.map((p) => p.endS))]
}

/**
 * Procedure time (s) shown at story time `storyS`: linear within each chapter, over the part of it
 * before its hold (CHAPTER_HOLD).
 */
export function procedureTimeAt(procedure: Procedure, phases: readonly Phase[], storyS: number): number {
  const chapter = chapterAt(procedure, storyS)
  const [p0, p1] = chapterProcedureSpan(procedure, chapter.id, phases)
  const moving = 1 - (CHAPTER_HOLD[chapter.id] ?? 0)
  const f = clamp01((storyS - chapter.startS) / (moving * (chapter.endS - chapter.startS)))
  return p0 + f * (p1 - p0)
}

/** How far the fracture has happened at `storyS`: 0 healthy → 1 fully collapsed (eased). */
export function collapseAt(storyS: number): number {
  const f = clamp01((storyS - COLLAPSE_START_S) / (COLLAPSE_END_S - COLLAPSE_START_S))
  return f * f * (3 - 2 * f)
}

/** The frame the app opens on when no time is asked for: the fracture, fully collapsed. */
export const POSTER_STORY_S = COLLAPSE_END_S + 0.5

/**
 * The chapter of `procedure` that stands where `id` stands in the other procedure's story
 * (a scenario change keeps the chapter): vertebroplasty's `needle` is kyphoplasty's `balloon`
 * and `cavity`.
 */
export function equivalentChapter(procedure: Procedure, id: ChapterId): ChapterId {
  if (hasChapter(procedure, id)) return id
  return procedure === 'kyphoplasty' ? 'balloon' : 'needle'
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : Number.isFinite(v) ? v : 0
}
