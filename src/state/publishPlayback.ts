/**
 * Tells tests and embedding pages where the player is: `data-chapter` (the chapter id) and
 * `data-playing` (`true | false`) on `<html>`, and a `spine3d:chapter` window event at each chapter
 * change, detail `{ chapter, procedure }`. Beside `data-ready` and `data-simulation`.
 */
import type { AppStore, PlaybackState } from './store.ts'

export const CHAPTER_EVENT = 'spine3d:chapter'

export function publishPlayback(
  store: AppStore,
  root: HTMLElement = document.documentElement,
  target: EventTarget = window,
): () => void {
  const publish = (now: PlaybackState, before: PlaybackState | null) => {
    root.dataset.playing = String(now.playing)
    root.dataset.chapter = now.chapter
    if (before && now.chapter !== before.chapter) {
      const detail = { chapter: now.chapter, procedure: store.getState().scenario.procedure }
      target.dispatchEvent(new CustomEvent(CHAPTER_EVENT, { detail }))
    }
  }
  publish(store.getState().playback, null)
  return store.subscribe((s, prev) => {
    if (s.playback !== prev.playback) publish(s.playback, prev.playback)
  })
}
