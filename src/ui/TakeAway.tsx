/**
 * Take-away material for educators: a WebM of the procedure with its captions burned in (played
 * from the start to the end, or stopped by hand), and a one-page print view for the patient.
 */
import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n/t.ts'
import { appPlayer } from '../state/appPlayer.ts'
import { sceneAccess } from '../state/sceneAccess.ts'
import { appStore } from '../state/store.ts'
import { download } from './download.ts'
import { type Recording, startRecording, videoSupported } from './recordVideo.ts'

export function TakeAway({ onPrint }: { onPrint: () => void }) {
  const [recording, setRecording] = useState<Recording | null>(null)
  const stopping = useRef(false)
  const stop = async (current: Recording) => {
    if (stopping.current) return
    stopping.current = true
    appPlayer.pause()
    const blob = await current.stop()
    setRecording(null)
    stopping.current = false
    const { procedure, level } = appStore.getState().scenario
    download(blob, `spine3d-${procedure}-${level}.webm`)
  }
  // The story's end ends the video.
  useEffect(() => {
    if (!recording) return
    return appStore.subscribe((s, prev) => {
      if (prev.playback.playing && !s.playback.playing) void stop(recording)
    })
  })
  const record = async () => {
    const layers = sceneAccess.getState().handle?.layers() ?? []
    if (layers.length === 0) return
    appPlayer.seek(0)
    const started = await startRecording(layers)
    setRecording(started)
    appPlayer.play()
  }
  return (
    <>
      {recording ? (
        <button type="button" className="header-button" aria-pressed onClick={() => void stop(recording)}>
          {t('takeaway.stop')}
        </button>
      ) : (
        <button
          type="button"
          className="header-button"
          disabled={!videoSupported()}
          onClick={() => void record()}
          title={videoSupported() ? undefined : t('takeaway.noVideo')}
        >
          {t('takeaway.record')}
        </button>
      )}
      <button type="button" className="header-button" onClick={onPrint}>
        {t('takeaway.print')}
      </button>
    </>
  )
}
