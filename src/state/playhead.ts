/**
 * The story clock's position, s: it changes every frame while playing, so it lives in its own
 * small vanilla store, read transiently (`getState`, `subscribe`) by the frame loop and by
 * throttled readouts — never through React renders (the pattern of zustand's "transient updates").
 */
import { createStore } from 'zustand/vanilla'
import { POSTER_STORY_S } from '../playback/story.ts'

export interface PlayheadState {
  /** Story time, s (see playback/story.ts). */
  storyS: number
}

export function createPlayhead(storyS = POSTER_STORY_S) {
  return createStore<PlayheadState>()(() => ({ storyS }))
}

export type Playhead = ReturnType<typeof createPlayhead>

/** The playhead the app runs on. Tests make their own. */
export const appPlayhead = createPlayhead()
