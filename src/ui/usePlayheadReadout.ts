/**
 * Calls `update(storyS)` when the playhead moves, at most `hz` times a second (and once more when it
 * stops, so a paused readout is exact), and when the scenario, its simulated result or the language
 * on screen changes. For DOM readouts written through refs: the story time never passes through
 * React state.
 */
import { useEffect, useRef } from 'react'
import { appPlayhead } from '../state/playhead.ts'
import { appStore } from '../state/store.ts'

export function usePlayheadReadout(update: (storyS: number) => void, hz = 12): void {
  const latest = useRef(update)
  latest.current = update
  useEffect(() => {
    const intervalMs = 1000 / hz
    let lastMs = -Infinity
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = () => {
      timer = undefined
      lastMs = performance.now()
      latest.current(appPlayhead.getState().storyS)
    }
    const schedule = () => {
      const wait = intervalMs - (performance.now() - lastMs)
      if (wait <= 0) run()
      else timer ??= setTimeout(run, wait)
    }
    run()
    const unsubscribePlayhead = appPlayhead.subscribe(schedule)
    const unsubscribeStore = appStore.subscribe((s, prev) => {
      if (
        s.scenario !== prev.scenario ||
        s.simulation.result !== prev.simulation.result ||
        s.language.shown !== prev.language.shown
      )
        schedule()
    })
    return () => {
      unsubscribePlayhead()
      unsubscribeStore()
      clearTimeout(timer)
    }
  }, [hz])
}
