/**
 * What the view shows until its first frame with the models is drawn: a still picture of the
 * column (`public/poster.webp`, made by `scripts/writePoster.ts`) and a progress bar counting the
 * models as they arrive, then "preparing" while the first frame is drawn. The same look as the
 * page's markup before the script runs (index.html), so nothing jumps when React takes over.
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { t } from '../i18n/t.ts'
import { modelLoad } from '../state/loadProgress.ts'
import './viewLoading.css'

const POSTER = `${import.meta.env.BASE_URL}poster.webp`

/**
 * The page's own still picture (index.html), found before React replaces the page's markup: the
 * first view to show a picture moves this element in rather than making a copy. It is already
 * decoded, so nothing flickers while React takes over (a new element decodes its picture again).
 */
const pagePoster = document.querySelector<HTMLImageElement>('#root img.view-poster')

function newPoster(): HTMLImageElement {
  const img = document.createElement('img')
  Object.assign(img, {
    className: 'view-poster',
    src: POSTER,
    alt: '',
    width: 944,
    height: 516,
    decoding: 'async',
  })
  return img
}

/** The still picture: the page's own element while no other view holds it, else a new one. */
function Poster() {
  const slot = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const box = slot.current
    if (!box || box.firstChild) return
    const free = pagePoster && !pagePoster.closest('.view-poster-slot')
    box.append(free ? pagePoster : newPoster())
  }, [])
  return <div ref={slot} className="view-poster-slot" />
}

/** Whether the view has drawn its models (`data-ready` on <html>, set with the `spine3d:ready` event). */
function useViewReady(): boolean {
  const [ready, setReady] = useState(() => document.documentElement.dataset.ready === 'true')
  useEffect(() => {
    if (ready) return
    const done = () => setReady(true)
    window.addEventListener('spine3d:ready', done)
    return () => window.removeEventListener('spine3d:ready', done)
  }, [ready])
  return ready
}

export function ViewLoading() {
  const { loaded, total } = useSyncExternalStore(modelLoad.subscribe, modelLoad.get)
  const ready = useViewReady()
  if (ready) return null
  const fraction = total > 0 ? loaded / total : 0
  const text = loaded < total ? t('loading.models', { loaded, total }) : t('loading.preparing')
  return (
    <div className="view-loading">
      <Poster />
      <div className="view-progress">
        <div
          className="view-progress-track"
          role="progressbar"
          aria-label={t('scene.loading')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={loaded}
          aria-valuetext={text}
        >
          <div className="view-progress-bar" style={{ transform: `scaleX(${fraction})` }} />
        </div>
        <p className="view-progress-text">{text}</p>
      </div>
    </div>
  )
}
