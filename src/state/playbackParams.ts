/**
 * The player in the page's address: `chapter=<id>` opens a chapter, `t=<seconds>` a moment (into
 * that chapter when one is given, else into the story), `play=1` starts playing. The address
 * follows the player only while it is paused, so a copied link reopens the frame on screen.
 */
import {
  CHAPTER_DURATION_S,
  CHAPTER_IDS,
  type ChapterId,
  chapterAt,
  equivalentChapter,
  hasChapter,
  storyChapters,
  storyDurationS,
} from '../playback/story.ts'
import type { ProblemText } from '../sim/problemText.ts'
import type { Procedure } from '../sim/scenarioFields.ts'

/** Where the URL asks the player to open. */
export interface PlaybackRequest {
  chapter?: ChapterId
  /** Seconds into `chapter`, or into the story when no chapter is given. */
  timeS?: number
  play: boolean
}

const SWITCH: Record<string, boolean> = { '0': false, '1': true, false: false, true: true }

export function playbackFromSearch(
  search: string,
  procedure: Procedure,
): { request: PlaybackRequest; problems: ProblemText[] } {
  const params = new URLSearchParams(search)
  const problems: ProblemText[] = []
  const request: PlaybackRequest = { play: false }
  const chapters = storyChapters(procedure).map((c) => c.id)
  const chapter = params.get('chapter')
  if (chapter !== null) {
    const allowed = chapters.join(' | ')
    if (!(CHAPTER_IDS as readonly string[]).includes(chapter)) {
      problems.push({
        code: 'chapter.unknown',
        params: { key: 'chapter', allowed, given: chapter },
        message: `chapter: expected one of ${allowed}, got "${chapter}" — opened at the start`,
      })
    } else if (!hasChapter(procedure, chapter as ChapterId)) {
      const instead = equivalentChapter(procedure, chapter as ChapterId)
      problems.push({
        code: 'chapter.otherProcedure',
        params: { key: 'chapter', given: chapter, procedure, allowed, result: instead },
        message: `chapter: "${chapter}" is not a chapter of ${procedure} (${allowed}) — opened ${instead}`,
      })
      request.chapter = instead
    } else request.chapter = chapter as ChapterId
  }
  const t = params.get('t')
  if (t !== null) {
    const limit = request.chapter ? CHAPTER_DURATION_S[request.chapter] : storyDurationS(procedure)
    const where = request.chapter ? `the ${request.chapter} chapter` : 'the story'
    const n = t.trim() === '' ? Number.NaN : Number(t)
    if (!Number.isFinite(n))
      problems.push({
        code: 'time.notNumber',
        params: { key: 't', limit, given: t },
        message: `t: expected seconds from 0 to ${limit}, got "${t}" — opened at 0`,
      })
    else {
      const clamped = Math.min(limit, Math.max(0, n))
      if (clamped !== n)
        problems.push({
          code: request.chapter ? 'time.outsideChapter' : 'time.outsideStory',
          params: {
            key: 't',
            given: n,
            limit,
            result: clamped,
            ...(request.chapter && { chapter: request.chapter }),
          },
          message: `t: ${n} s is outside ${where} (0–${limit} s) — opened at ${clamped} s`,
        })
      request.timeS = clamped
    }
  }
  const play = params.get('play')
  if (play !== null) {
    if (Object.hasOwn(SWITCH, play)) request.play = SWITCH[play] as boolean
    else
      problems.push({
        code: 'play.expected',
        params: { key: 'play', given: play },
        message: `play: expected one of 0 | 1 | true | false, got "${play}" — paused`,
      })
  }
  return { request, problems }
}

/** Story time a request asks for, or undefined when it names no moment. */
export function requestedStoryS(request: PlaybackRequest, procedure: Procedure): number | undefined {
  if (request.chapter) {
    const chapter = storyChapters(procedure).find((c) => c.id === request.chapter)
    return chapter
      ? chapter.startS + Math.min(request.timeS ?? 0, chapter.endS - chapter.startS - 1e-3)
      : undefined
  }
  return request.timeS
}

/**
 * Writes the paused player's position (`chapter`, `t` in it, to 0.1 s) into `params`; removes it
 * for the opening frame, which needs no parameters. `play` is never written back.
 */
export function writePlaybackParams(
  procedure: Procedure,
  storyS: number,
  started: boolean,
  params: URLSearchParams,
): void {
  params.delete('play')
  if (!started) {
    params.delete('chapter')
    params.delete('t')
    return
  }
  const chapter = chapterAt(procedure, storyS)
  params.set('chapter', chapter.id)
  params.set('t', String(Math.round((storyS - chapter.startS) * 10) / 10))
}
