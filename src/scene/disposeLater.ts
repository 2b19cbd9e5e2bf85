/**
 * Disposing a material frees its shader program as soon as no other material uses it, and the
 * material that replaces it (the same shader, made for the next case) then compiles it again: on a
 * software renderer 0.3–1 s for the fractured vertebra's sectioned bone, at every change of level
 * (found by the soak: 500 switches took four times as long as before the sections). Waiting a
 * couple of frames lets the successor be drawn first and take the cached program over.
 */

/** Frames to wait: the successor mounts in the same commit and is drawn in the next frame. */
const FRAMES = 3

/** Disposes `resource` a few animation frames from now (immediately when no frames come, e.g. in Node). */
export function disposeLater(resource: { dispose(): void }): void {
  if (typeof requestAnimationFrame !== 'function') {
    resource.dispose()
    return
  }
  let left = FRAMES
  const tick = () => {
    left -= 1
    if (left <= 0) resource.dispose()
    else requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
