/**
 * Narration by the browser's own voice (the Web Speech API; no network, nothing downloaded): when on,
 * each chapter's caption is read aloud in the page's language as the chapter starts, and the one on
 * screen when it is switched on. Off by default; absent browsers just cannot switch it on.
 */
import { useEffect } from 'react'
import { locale } from '../i18n/t.ts'
import { resultFits } from '../playback/frameAt.ts'
import { appStore } from '../state/store.ts'
import { chapterText } from './chapterText.ts'

export const narrationAvailable = () => typeof window !== 'undefined' && 'speechSynthesis' in window

function speak() {
  const { scenario, simulation, playback } = appStore.getState()
  const result = resultFits(simulation.result, scenario) ? simulation.result : null
  const utterance = new SpeechSynthesisUtterance(
    chapterText(playback.chapter, scenario, result, locale()).caption,
  )
  utterance.lang = locale()
  speechSynthesis.cancel()
  speechSynthesis.speak(utterance)
}

export function useNarration(): void {
  useEffect(() => {
    if (!narrationAvailable()) return
    const unsubscribe = appStore.subscribe((s, prev) => {
      const on = s.preferences.narration
      if (!on) {
        if (prev.preferences.narration) speechSynthesis.cancel()
        return
      }
      if (!prev.preferences.narration || s.playback.chapter !== prev.playback.chapter) speak()
    })
    return () => {
      unsubscribe()
      speechSynthesis.cancel()
    }
  }, [])
}
