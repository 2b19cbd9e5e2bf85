/**
 * The reader's settings: narration on or off, and the text size (which scales every rem of the page).
 * Both are remembered by this browser.
 */
import { useEffect } from 'react'
import { t } from '../i18n/t.ts'
import { FONT_SCALES } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'
import { Icon } from './icons.tsx'
import { narrationAvailable } from './useNarration.ts'

export function ReaderSettings() {
  const { fontScale, narration } = useAppStore((s) => s.preferences)
  useEffect(() => {
    document.documentElement.style.fontSize = `${fontScale * 100}%`
  }, [fontScale])
  const index = FONT_SCALES.indexOf(fontScale as (typeof FONT_SCALES)[number])
  const step = (by: number) => {
    const next = FONT_SCALES[Math.min(FONT_SCALES.length - 1, Math.max(0, index + by))]
    if (next !== undefined) appActions.setPreferences({ fontScale: next })
  }
  const available = narrationAvailable()
  return (
    <div className="reader-settings">
      <button
        type="button"
        className="player-button"
        aria-pressed={narration}
        disabled={!available}
        title={available ? t('narration.on') : t('narration.unavailable')}
        onClick={() => appActions.setPreferences({ narration: !narration })}
      >
        <Icon name="speaker" />
        <span className="visually-hidden">{t('narration.on')}</span>
      </button>
      <button
        type="button"
        className="player-button"
        onClick={() => step(-1)}
        disabled={index <= 0}
        aria-label={t('text.smaller')}
      >
        <Icon name="textSmaller" />
      </button>
      <button
        type="button"
        className="player-button"
        onClick={() => step(1)}
        disabled={index >= FONT_SCALES.length - 1}
        aria-label={t('text.larger')}
      >
        <Icon name="textLarger" />
      </button>
    </div>
  )
}
