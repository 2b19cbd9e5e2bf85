/**
 * The chapter's caption: its title and the plain-language text for patients, with (in educator
 * mode) the one-line technical note beneath. A polite live region, so a screen reader reads each new
 * chapter once, when it starts.
 */
import { useMemo } from 'react'
import { resultFits } from '../playback/frameAt.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { chapterText } from './chapterText.ts'
import { useLanguage } from './useLanguage.ts'

export function ChapterCaption() {
  const chapter = useAppStore((s) => s.playback.chapter)
  const scenario = useAppStore((s) => s.scenario)
  const stored = useAppStore((s) => s.simulation.result)
  const visible = useAppStore((s) => s.view.captions)
  const educator = useAppStore((s) => s.mode === 'educator')
  const lang = useLanguage()
  const result =
    resultFits(stored, scenario) && stored.scenario.procedure === scenario.procedure ? stored : null
  const text = useMemo(() => chapterText(chapter, scenario, result, lang), [chapter, scenario, result, lang])
  return (
    <section
      className="caption"
      aria-live="polite"
      hidden={!visible}
      data-chapter={chapter}
      data-over-view="left"
      // An educator's caption (words and note) may scroll in the rail: a region the keyboard reaches.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
      tabIndex={educator ? 0 : undefined}
    >
      <h2 className="caption-title">{text.title}</h2>
      <p className="caption-text">{text.caption}</p>
      {educator && text.note && <p className="caption-note">{text.note}</p>}
    </section>
  )
}
