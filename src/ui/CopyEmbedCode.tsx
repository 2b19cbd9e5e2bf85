/**
 * "Copy embed code": the `<iframe>` that shows what is on screen now (case, view, chapter and time,
 * camera) in another site, copied to the clipboard. Where the clipboard is refused (an insecure
 * page, a frame without permission) the code is shown selected, to copy by hand. Self-contained:
 * mount it wherever the educator's tools are.
 */
import { useState } from 'react'
import { addressNow, cameraParam, embedSnippet, embedUrl } from '../embed/embedCode.ts'
import { t } from '../i18n/t.ts'
import { appPlayhead } from '../state/playhead.ts'
import { sceneAccess } from '../state/sceneAccess.ts'
import { appStore } from '../state/store.ts'

/** The snippet for the state on screen. */
export function currentEmbedCode(): string {
  const pose = sceneAccess.getState().handle?.camera()
  const src = embedUrl(
    addressNow(window.location.href, appStore, appPlayhead),
    pose ? { camera: cameraParam(pose) } : {},
  )
  return embedSnippet(src)
}

export function CopyEmbedCode() {
  const [copied, setCopied] = useState(false)
  const [manual, setManual] = useState<string | null>(null)
  const copy = async () => {
    const code = currentEmbedCode()
    try {
      await navigator.clipboard.writeText(code)
      setCopied(true)
      setManual(null)
    } catch {
      setCopied(false)
      setManual(code)
    }
  }
  return (
    <div className="copy-embed">
      <button type="button" className="header-button" onClick={copy}>
        {t('embed.copy')}
      </button>
      <span role="status" className="copy-embed-status">
        {copied ? t('embed.copied') : ''}
      </span>
      {manual !== null && (
        <label className="copy-embed-manual">
          {t('embed.copyByHand')}
          <textarea readOnly value={manual} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  )
}
