/**
 * The player's keys, as in the video players people know (YouTube): Space or K play and pause,
 * ← → seek 5 s, J L 10 s, , . a tenth of a second, Home End, 1–9 a chapter, Page Up/Down the
 * previous or next chapter (presentation clickers send these), C captions, F full screen, ? help,
 * P presenter mode (educators).
 * They work wherever the focus is, except in a text field or a select; Space on a focused button
 * presses that button. Shift + arrows, ↑ ↓ and + − belong to the view (scene/CameraRig).
 */
import { useEffect } from 'react'
import { storyChapters, storyDurationS } from '../playback/story.ts'
import { appPlayer } from '../state/appPlayer.ts'
import { hasCommandModifier, keyBelongsToTarget } from '../state/keyTarget.ts'
import { appStore } from '../state/store.ts'
import { appActions } from '../state/useAppStore.ts'

const FINE_STEP_S = 0.1

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen?.().catch(() => undefined)
}

export function usePlayerKeys(onHelp: () => void, onPresent?: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || keyBelongsToTarget(event) || hasCommandModifier(event)) return
      const onButton = event.target instanceof HTMLButtonElement
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
      const step = (deltaS: number) => () => {
        appPlayer.pause()
        appPlayer.seekBy(deltaS)
      }
      const actions: Record<string, () => void> = {
        k: () => appPlayer.toggle(),
        ArrowLeft: () => appPlayer.seekBy(-5),
        ArrowRight: () => appPlayer.seekBy(5),
        j: () => appPlayer.seekBy(-10),
        l: () => appPlayer.seekBy(10),
        ',': step(-FINE_STEP_S),
        '.': step(FINE_STEP_S),
        Home: () => appPlayer.seek(0),
        End: () => appPlayer.seek(storyDurationS(appStore.getState().scenario.procedure)),
        PageUp: () => appPlayer.stepChapter(-1),
        PageDown: () => appPlayer.stepChapter(1),
        c: () => appActions.setView({ captions: !appStore.getState().view.captions }),
        f: toggleFullscreen,
        '?': onHelp,
        ...(onPresent ? { p: onPresent } : {}),
      }
      if (key === ' ' && !onButton) actions[' '] = () => appPlayer.toggle()
      if (/^[1-9]$/.test(key)) {
        const chapter = storyChapters(appStore.getState().scenario.procedure)[Number(key) - 1]
        if (chapter) actions[key] = () => appPlayer.seekChapter(chapter.id)
      }
      // Shift + ← → turn the view (CameraRig); '?' is Shift + / on most layouts.
      if (event.shiftKey && key.startsWith('Arrow')) return
      const action = actions[key]
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onHelp, onPresent])
}
