/**
 * The language menu: a labelled native select (keyboard and screen-reader behaviour for free, a
 * 44 px target), each language named in itself. Choosing asks the store for the language; the page
 * switches once its texts have loaded, and the address follows (`lang=`).
 */
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts'
import { t } from '../i18n/t.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'

/** A globe, drawn here: no icon font or image to download. */
function Globe() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1.25em"
      height="1.25em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <circle cx="12" cy="12" r="9" />
      <ellipse cx="12" cy="12" rx="4" ry="9" />
      <path d="M3 12h18M4.5 7.5h15M4.5 16.5h15" />
    </svg>
  )
}

export function LanguageMenu() {
  const chosen = useAppStore((s) => s.language.chosen)
  const loading = useAppStore((s) => s.language.chosen !== s.language.shown)
  return (
    <label className="language-menu">
      <Globe />
      <span className="language-menu-label">{t('language.label')}</span>
      <select
        value={chosen}
        aria-busy={loading}
        onChange={(e) => appActions.chooseLanguage(e.currentTarget.value as Language)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  )
}
