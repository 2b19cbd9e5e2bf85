import { t } from '../i18n/t.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'
import { noticeText } from './noticeText.ts'
import { useLanguage } from './useLanguage.ts'

/** What the schema had to clamp or refuse, from the URL, the panel or the API, said plainly in the reader's language. */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  useLanguage() // said again in a newly chosen language
  if (notices.length === 0) return null
  return (
    <section className="notices" role="alert" aria-label={t('notices.title')}>
      <h2>{t('notices.title')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            <span className="notice-source">{t(`notices.source.${n.source}`)}</span> {noticeText(n)}
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
