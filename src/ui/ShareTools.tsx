/**
 * The educator's share and take-away tools: a link that reopens exactly this (case, chapter and
 * time, view and overlays, camera, language, mode), the embed code, a picture of the view as PNG,
 * a video of the procedure, and a one-page print for the patient.
 */
import { useState } from 'react'
import { addressNow, cameraParam } from '../embed/embedCode.ts'
import { t } from '../i18n/t.ts'
import { appPlayhead } from '../state/playhead.ts'
import { sceneAccess } from '../state/sceneAccess.ts'
import { appStore } from '../state/store.ts'
import { CopyEmbedCode } from './CopyEmbedCode.tsx'
import { download } from './download.ts'
import { TakeAway } from './TakeAway.tsx'

/** The address of what is on screen now, camera included. */
export function shareLink(): string {
  const url = new URL(addressNow(window.location.href, appStore, appPlayhead))
  const pose = sceneAccess.getState().handle?.camera()
  if (pose) url.searchParams.set('camera', cameraParam(pose))
  url.searchParams.delete('play')
  return url.toString()
}

export function ShareTools({ onPrint }: { onPrint: () => void }) {
  const [copied, setCopied] = useState<string | null>(null)
  const copyLink = async () => {
    const link = shareLink()
    try {
      await navigator.clipboard.writeText(link)
      setCopied(null)
    } catch {
      setCopied(link) // the clipboard was refused: shown to copy by hand
    }
  }
  const picture = () => {
    const data = sceneAccess.getState().handle?.capture()
    if (!data) return
    const { procedure, level } = appStore.getState().scenario
    download(data, `spine3d-${procedure}-${level}.png`)
  }
  return (
    <section className="share-tools" aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      <div className="share-buttons">
        <button type="button" className="header-button" onClick={() => void copyLink()}>
          {t('share.link')}
        </button>
        <CopyEmbedCode />
        <button type="button" className="header-button" onClick={() => void picture()}>
          {t('share.picture')}
        </button>
        <TakeAway onPrint={onPrint} />
      </div>
      {copied && (
        <textarea className="share-manual" readOnly value={copied} aria-label={t('share.link')} rows={3} />
      )}
    </section>
  )
}
