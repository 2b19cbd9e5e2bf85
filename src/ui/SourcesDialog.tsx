/**
 * The bibliography (sim/sources.ts, the same list as docs/SOURCES.md) in a modal dialog, opened at
 * the study a figure cites. Each reference is given as published, in English (marked `lang="en"`
 * for screen readers); what the app takes from the study (`source.<id>`) and its evidence grade are
 * in the page's language, as is the dialog around them.
 */
import { useEffect, useRef } from 'react'
import { isMessageKey, t } from '../i18n/t.ts'
import { SOURCES, type Source } from '../sim/sources.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

/** What the app takes from a study, in the page's language (the bibliography's English if untranslated). */
function uses(source: Source): string {
  const key = `source.${source.id}`
  return isMessageKey(key) ? t(key) : source.uses
}

export function SourcesDialog() {
  const at = useAppStore((s) => s.sourcesAt)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (at === null) {
      if (d.open) d.close()
      return
    }
    if (!d.open) d.showModal()
    const entry = d.querySelector<HTMLElement>(`[data-source="${at}"]`)
    entry?.scrollIntoView({ block: 'center' })
    entry?.focus()
  }, [at])
  return (
    <dialog
      ref={dialog}
      className="sources"
      aria-labelledby="sources-title"
      onClose={() => appActions.showSources(null)}
    >
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      <ol>
        {SOURCES.map((s) => (
          <li key={s.id} data-source={s.id} tabIndex={-1} aria-current={s.id === at ? 'true' : undefined}>
            <span lang="en">
              <strong>{s.short}</strong>. {s.reference}
            </span>
            <br />
            <span className="sources-use">{uses(s)}</span>{' '}
            <span className="sources-grade">
              ({t('sources.grade', { grade: t(`sources.grade.${s.confidence}`) })})
            </span>
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit">{t('sources.close')}</button>
      </form>
    </dialog>
  )
}
