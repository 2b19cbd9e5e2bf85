/**
 * The embed's one line of chrome under the player: the disclaimer, kept visible at any size, and a
 * link that opens what is on screen in the full app, in a new tab.
 */
import type { MouseEvent, PointerEvent } from 'react'
import { addressNow, fullAppUrl } from '../embed/embedCode.ts'
import { t } from '../i18n/t.ts'
import { appPlayhead } from '../state/playhead.ts'
import { appStore } from '../state/store.ts'

// Written when the link is about to be followed, so it carries the frame on screen, not the first one.
const refresh = (event: MouseEvent<HTMLAnchorElement> | PointerEvent<HTMLAnchorElement>) => {
  event.currentTarget.href = fullAppUrl(addressNow(window.location.href, appStore, appPlayhead))
}

export function EmbedBar() {
  return (
    <footer className="embed-bar">
      <span className="embed-disclaimer">
        {t('embed.disclaimer')} <span className="embed-disclaimer-more">{t('embed.disclaimerMore')}</span>
      </span>
      <a
        className="embed-open"
        href={fullAppUrl(window.location.href)}
        target="_blank"
        rel="noopener"
        aria-label={t('embed.openLabel')}
        onPointerDown={refresh}
        onClick={refresh}
        onFocus={(e) => {
          e.currentTarget.href = fullAppUrl(addressNow(window.location.href, appStore, appPlayhead))
        }}
      >
        {t('embed.open')} ↗
      </a>
    </footer>
  )
}
