/** In compare mode, each side's current chapter beside its procedure's name (the chapters differ mid-story). */
import { useSyncExternalStore } from 'react'
import { t } from '../i18n/t.ts'
import { chapterAt } from '../playback/story.ts'
import type { Procedure } from '../sim/scenarioFields.ts'
import { appPlayhead } from '../state/playhead.ts'

export function CompareChapter({ procedure }: { procedure: Procedure }) {
  const chapter = useSyncExternalStore(
    appPlayhead.subscribe,
    () => chapterAt(procedure, appPlayhead.getState().storyS).id,
  )
  return <span className="compare-chapter"> · {t(`chapter.${chapter}.title`)}</span>
}
