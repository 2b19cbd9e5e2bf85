/**
 * The case a scene shows: its scenario and simulated result. The main view shows the app's case;
 * compare mode shows the same case by the other procedure beside it. Scene parts read the case
 * from here, never from the store directly, so the same components draw either side.
 */
import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react'
import { resultFits } from '../playback/frameAt.ts'
import { type ChapterId, chapterAt } from '../playback/story.ts'
import type { ProcedureResult } from '../sim/run.ts'
import type { Scenario } from '../sim/scenarioFields.ts'
import type { CaseSideKey } from '../state/caseSide.ts'
import { appPlayhead } from '../state/playhead.ts'
import { useAppStore } from '../state/useAppStore.ts'

export type CaseSide = CaseSideKey

export interface Case {
  side: CaseSide
  scenario: Scenario
  /** The simulation of exactly this case, or null while it runs (a stale result is never shown). */
  result: ProcedureResult | null
}

const CaseContext = createContext<Case | null>(null)

const otherProcedure = (s: Scenario): Scenario => ({
  ...s,
  procedure: s.procedure === 'kyphoplasty' ? 'vertebroplasty' : 'kyphoplasty',
})

export function CaseProvider({ side, children }: { side: CaseSide; children: ReactNode }) {
  const appScenario = useAppStore((s) => s.scenario)
  const stored = useAppStore((s) => (side === 'main' ? s.simulation.result : s.simulation.companion))
  const value = useMemo<Case>(() => {
    const scenario = side === 'main' ? appScenario : otherProcedure(appScenario)
    const fits = resultFits(stored, scenario) && stored.scenario.procedure === scenario.procedure
    return { side, scenario, result: fits ? stored : null }
  }, [side, appScenario, stored])
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>
}

export function useCase(): Case {
  const value = useContext(CaseContext)
  if (!value) throw new Error('useCase: expected a <CaseProvider> above, got none')
  return value
}

/** This case's chapter at the playhead: a React value that changes only when the chapter does. */
export function useCaseChapter(): ChapterId {
  const { procedure } = useCase().scenario
  return useSyncExternalStore(
    appPlayhead.subscribe,
    () => chapterAt(procedure, appPlayhead.getState().storyS).id,
  )
}
