import { t } from '../i18n/t.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

/** What the schema had to clamp or refuse, from the URL, the panel or the API, said plainly. */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  if (notices.length === 0) return null
  return (
    <section className="notices" role="alert" aria-label={t('notices.title')}>
      <h2>{t('notices.title')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            <span className="notice-source">{n.source}</span> {n.message}
            <button
              type="button"
              onClick={() => appActions.dismissNotice(n.id)}
              aria-label={t('notices.dismiss')}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
