import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'

/**
 * Marks the page ready once the models have loaded (this mounts inside their Suspense boundary)
 * and a frame has been drawn with them: `data-ready` on <html>, a `spine3d:ready` event and a
 * `first-frame` performance mark, for tests, benchmarks and embedding pages.
 */
export function ReadySignal() {
  const done = useRef(false)
  useFrame(() => {
    if (done.current) return
    done.current = true
    // After this frame is on screen.
    requestAnimationFrame(() => {
      performance.mark('first-frame')
      document.documentElement.dataset.ready = 'true'
      window.dispatchEvent(new Event('spine3d:ready'))
    })
  })
  return null
}
