/**
 * Presenter mode, for an educator at a wall screen: full screen with the chrome hidden (only the
 * view, its caption and a slim player), chapters stepped with the keys a presentation clicker sends
 * (Page Up / Page Down). Leaving full screen (Esc) leaves presenter mode.
 */
import { useCallback, useEffect, useState } from 'react'

export function usePresenter(enabled: boolean): { presenting: boolean; toggle: () => void } {
  const [presenting, setPresenting] = useState(false)
  const toggle = useCallback(() => {
    if (!enabled) return
    setPresenting((on) => {
      if (on) {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      } else void document.documentElement.requestFullscreen?.().catch(() => undefined)
      return !on
    })
  }, [enabled])
  useEffect(() => {
    // Esc leaves full screen; presenting goes with it.
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  useEffect(() => {
    if (!enabled) setPresenting(false)
  }, [enabled])
  return { presenting, toggle }
}
