/**
 * Records the procedure as a WebM video for slides: the view's canvases (the 3D view, both sides in
 * compare mode, the X-ray inset) through their streams, so the renderer needs no preserved drawing
 * buffer, laid out as on the page, with the chapter's caption burned in below, drawn frame by frame
 * into a 2D canvas that MediaRecorder records. Nothing leaves the browser.
 */
import { locale, t } from '../i18n/t.ts'
import { PICTURE_BACKGROUND, pictureLayout } from '../state/pictureLayout.ts'
import { appStore } from '../state/store.ts'
import { chapterText } from './chapterText.ts'

export interface Recording {
  /** Stops and resolves with the video. */
  stop(): Promise<Blob>
}

const CAPTION_PX = 26
const FPS = 25

export function videoSupported(): boolean {
  return typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm')
}

/** Wraps `text` into lines no wider than `width` px in `ctx`'s font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (ctx.measureText(next).width > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** A canvas's stream played into a video element, to draw from frame by frame. */
async function streamOf(source: HTMLCanvasElement): Promise<HTMLVideoElement> {
  const video = document.createElement('video')
  video.muted = true
  video.srcObject = source.captureStream(FPS)
  await video.play()
  return video
}

export async function startRecording(sources: HTMLCanvasElement[]): Promise<Recording> {
  const videos = await Promise.all(sources.map(streamOf))
  // The layout when recording starts: the video keeps it even if the view's resolution changes as
  // it plays (software renderers draw fewer pixels while the story moves).
  const { width, height, places } = pictureLayout(sources)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height + CAPTION_PX * 5
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
  let frame = 0
  const draw = () => {
    ctx.fillStyle = '#12161d'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.fillStyle = PICTURE_BACKGROUND
    ctx.fillRect(0, 0, width, height)
    videos.forEach((video, i) => {
      const place = places[i]
      if (place) ctx.drawImage(video, place.x, place.y, place.width, place.height)
    })
    const { scenario, simulation, playback } = appStore.getState()
    const text = chapterText(playback.chapter, scenario, simulation.result, locale())
    ctx.font = `600 ${CAPTION_PX}px system-ui, sans-serif`
    ctx.fillStyle = '#f0a778'
    ctx.fillText(text.title, 24, height + CAPTION_PX * 1.3)
    ctx.font = `${CAPTION_PX * 0.8}px system-ui, sans-serif`
    ctx.fillStyle = '#eef1f5'
    wrap(ctx, text.caption, canvas.width - 48)
      .slice(0, 3)
      .forEach((line, i) => {
        ctx.fillText(line, 24, height + CAPTION_PX * (2.4 + i * 1.05))
      })
    ctx.font = `${CAPTION_PX * 0.55}px system-ui, sans-serif`
    ctx.fillStyle = '#a8b0bd'
    ctx.fillText(t('app.disclaimer'), 24, canvas.height - 10)
    frame = requestAnimationFrame(draw)
  }
  draw()
  const recorder = new MediaRecorder(canvas.captureStream(FPS), { mimeType: 'video/webm' })
  const chunks: Blob[] = []
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data)
  }
  recorder.start(500)
  return {
    stop: () =>
      new Promise<Blob>((resolve) => {
        recorder.onstop = () => {
          cancelAnimationFrame(frame)
          for (const video of videos) {
            video.pause()
            video.srcObject = null
          }
          resolve(new Blob(chunks, { type: 'video/webm' }))
        }
        recorder.stop()
      }),
  }
}
