/**
 * Where a DOM element lies over the canvas, as three's viewport wants it: CSS pixels, y from the
 * canvas's bottom, clipped to the canvas. The inset's frame is laid out by CSS (ui/FluoroFrame.tsx)
 * and the picture follows it, as drei's `View` tracks its element.
 */

/** A rectangle of the canvas, CSS pixels, y from the bottom. */
export interface ViewportRect {
  x: number
  y: number
  width: number
  height: number
}

/** The part of `element` over `canvas` (both client rectangles), or null when none of it is. */
export function viewportRect(
  element: Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>,
  canvas: Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>,
): ViewportRect | null {
  const left = Math.max(element.left, canvas.left)
  const right = Math.min(element.right, canvas.right)
  const top = Math.max(element.top, canvas.top)
  const bottom = Math.min(element.bottom, canvas.bottom)
  if (right - left < 1 || bottom - top < 1) return null
  return { x: left - canvas.left, y: canvas.bottom - bottom, width: right - left, height: bottom - top }
}
