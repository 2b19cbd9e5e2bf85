/**
 * An embed works only while someone can see it: scrolled out of the host page's view
 * (IntersectionObserver, which in a frame measures against the top page's viewport) or in a hidden
 * tab (`visibilitychange`), playback pauses and the view draws nothing (`sceneAccess.visible`, which
 * the scene follows); back in sight, playback resumes if it was playing. A play asked for while out
 * of sight (a command, autoplay) waits until the embed is seen.
 */
import type { EmbedContext } from './snapshot.ts'

export interface Visibility {
  /** Plays now if in sight, else as soon as the embed is seen. */
  playWhenVisible(): void
  stop(): void
}

export function watchVisibility(ctx: EmbedContext, element: Element, doc: Document = document): Visibility {
  const { store, player, scene } = ctx
  let inView = true
  let resume = false
  let pausing = false
  const visibleNow = () => inView && doc.visibilityState !== 'hidden'

  const pause = () => {
    pausing = true
    player.pause()
    pausing = false
  }
  const update = () => {
    const visible = visibleNow()
    if (visible === scene.getState().visible) return
    if (!visible && store.getState().playback.playing) {
      resume = true
      pause()
    }
    scene.setState({ visible })
    if (visible && resume) {
      resume = false
      player.play()
    }
  }

  // A play while out of sight is held back; a pause while out of sight cancels the held play.
  const unsubscribe = store.subscribe((s, prev) => {
    if (visibleNow() || s.playback.playing === prev.playback.playing || pausing) return
    resume = s.playback.playing
    if (s.playback.playing) pause()
  })
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          const last = entries[entries.length - 1]
          if (last) inView = last.isIntersecting
          update()
        })
      : null
  observer?.observe(element)
  doc.addEventListener('visibilitychange', update)

  return {
    playWhenVisible() {
      if (visibleNow()) player.play()
      else resume = true
    },
    stop() {
      unsubscribe()
      observer?.disconnect()
      doc.removeEventListener('visibilitychange', update)
    },
  }
}

/** `autoplay`: play once the view is drawn, unless the viewer asked the system for less motion. */
export function autoplayWhenReady(visibility: Visibility, win: Window = window): () => void {
  if (win.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return () => undefined
  const start = () => visibility.playWhenVisible()
  if (win.document.documentElement.dataset.ready === 'true') {
    start()
    return () => undefined
  }
  win.addEventListener('spine3d:ready', start, { once: true })
  return () => win.removeEventListener('spine3d:ready', start)
}
