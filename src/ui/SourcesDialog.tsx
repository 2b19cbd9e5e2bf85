/**
 * The bibliography (sim/sources.ts, the same list as docs/SOURCES.md) in a modal dialog, opened at
 * the study a figure cites. The references and what each gives the model are in English, as the
 * studies are (marked `lang="en"` for screen readers); the dialog around them is in the page's language.
 */
import { useEffect, useRef } from 'react'
import { t } from '../i18n/t.ts'
import { SOURCES } from '../sim/sources.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

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
      <ol lang="en">
        {SOURCES.map((s) => (
          <li key={s.id} data-source={s.id} tabIndex={-1} aria-current={s.id === at ? 'true' : undefined}>
            <strong>{s.short}</strong>. {s.reference}
            <br />
            <span className="sources-use">{s.uses}</span>
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit">{t('sources.close')}</button>
      </form>
    </dialog>
  )
}
