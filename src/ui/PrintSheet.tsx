/**
 * The one-page take-home print for a patient: the case, a picture of each chapter with its caption,
 * what the studies say (the benefits and the risks) with their sources, the patient's day, and the
 * disclaimer. Shown only on paper (print media);
 * `usePrintSheet` takes the chapter pictures (playing the story to each chapter's end, off screen
 * of nothing: the view itself is used) and then opens the browser's print dialog.
 */
import { useCallback, useState } from 'react'
import { locale, t } from '../i18n/t.ts'
import { storyChapters } from '../playback/story.ts'
import { appPlayer } from '../state/appPlayer.ts'
import { appPlayhead } from '../state/playhead.ts'
import { sceneAccess } from '../state/sceneAccess.ts'
import { appStore } from '../state/store.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { chapterText } from './chapterText.ts'
import { PatientDay } from './PatientDay.tsx'
import { StudiesCard } from './StudiesCard.tsx'

export interface PrintFrame {
  title: string
  caption: string
  image: string
}

/** Time for a chapter's camera flight and render before its picture is taken, ms. */
const SETTLE_MS = 1600
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function usePrintSheet(): { frames: PrintFrame[]; preparing: boolean; print: () => Promise<void> } {
  const [frames, setFrames] = useState<PrintFrame[]>([])
  const [preparing, setPreparing] = useState(false)
  const print = useCallback(async () => {
    const handle = sceneAccess.getState().handle
    const { scenario } = appStore.getState()
    const back = appPlayhead.getState().storyS
    setPreparing(true)
    appPlayer.pause()
    const taken: PrintFrame[] = []
    for (const chapter of storyChapters(scenario.procedure)) {
      appPlayer.seek(chapter.endS - 0.3)
      await sleep(SETTLE_MS)
      const { simulation } = appStore.getState()
      const text = chapterText(chapter.id, scenario, simulation.result, locale())
      taken.push({ title: text.title, caption: text.caption, image: handle?.capture() ?? '' })
    }
    appPlayer.seek(back)
    setFrames(taken)
    setPreparing(false)
    await sleep(100) // the sheet renders before the dialog opens
    window.print()
  }, [])
  return { frames, preparing, print }
}

export function PrintSheet({ frames }: { frames: PrintFrame[] }) {
  const scenario = useAppStore((s) => s.scenario)
  return (
    <section className="print-sheet" aria-hidden="true">
      <h1>
        {t('app.title')}: {t(`procedure.${scenario.procedure}`)} — {scenario.level}
      </h1>
      <ol className="print-frames">
        {frames.map((f) => (
          <li key={f.title}>
            {f.image && <img src={f.image} alt="" />}
            <strong>{f.title}</strong> {f.caption}
          </li>
        ))}
      </ol>
      <StudiesCard />
      <PatientDay />
      <p className="print-disclaimer">{t('app.disclaimer')}</p>
    </section>
  )
}
