/**
 * One clock for the whole scene: once per drawn frame (before any other frame callback), the
 * playhead's story time becomes a `PlaybackFrame` (procedure time, the simulation's sample, the
 * body's height loss) that every part reads from a ref. A playhead change asks for a frame, so a
 * paused scene draws nothing, and playing draws exactly as often as the story moves.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { createContext, type ReactNode, type RefObject, useContext, useEffect, useRef, useState } from 'react'
import { frameAt, type PlaybackFrame } from '../playback/frameAt.ts'
import { appPlayhead } from '../state/playhead.ts'
import { useCase } from './CaseContext.tsx'

interface FrameRefs {
  frame: RefObject<PlaybackFrame>
  /** Procedure time, s: the one value the cement and leak shaders need. */
  procedureTimeS: { current: number }
}

const FrameContext = createContext<FrameRefs | null>(null)

/**
 * Frame-callback order: the playback frame first, then the column's layout (so parts placed by it,
 * such as the DOM labels, read this frame's transforms), then everything else (priority 0).
 */
export const FRAME_PRIORITY = { playback: -2, layout: -1 } as const

export function PlaybackFrameProvider({ children }: { children: ReactNode }) {
  const invalidate = useThree((s) => s.invalidate)
  const { scenario, result } = useCase()
  // Made once; the frame callback keeps it current.
  const [refs] = useState<FrameRefs>(() => ({
    frame: { current: frameAt(scenario, result, appPlayhead.getState().storyS) },
    procedureTimeS: { current: 0 },
  }))
  const latest = useRef({ scenario, result })
  latest.current = { scenario, result }
  // Recomputed only when one of its inputs changed, not on frames drawn for the camera alone.
  const inputs = useRef<unknown[]>([])
  useFrame(() => {
    const { storyS } = appPlayhead.getState()
    const now = [latest.current.scenario, latest.current.result, storyS]
    if (now.every((v, i) => v === inputs.current[i])) return
    inputs.current = now
    refs.frame.current = frameAt(latest.current.scenario, latest.current.result, storyS)
    refs.procedureTimeS.current = refs.frame.current.procedureS
  }, FRAME_PRIORITY.playback)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new case needs a new frame
  useEffect(() => invalidate(), [invalidate, scenario, result])
  useEffect(() => appPlayhead.subscribe(() => invalidate()), [invalidate])
  return <FrameContext.Provider value={refs}>{children}</FrameContext.Provider>
}

function useFrameRefs(): FrameRefs {
  const refs = useContext(FrameContext)
  if (!refs) throw new Error('usePlaybackFrame: expected a <PlaybackFrameProvider> above, got none')
  return refs
}

/** This frame's playback state, to read inside `useFrame` (never during render). */
export function usePlaybackFrame(): RefObject<PlaybackFrame> {
  return useFrameRefs().frame
}

/** Procedure time of this frame, s, as a ref for shaders. */
export function useProcedureTime(): { readonly current: number } {
  return useFrameRefs().procedureTimeS
}
