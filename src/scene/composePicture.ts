/**
 * One picture of what the view shows when it is more than one canvas (compare mode's two sides,
 * the X-ray inset over the 3D view), each canvas copied at its place (`state/pictureLayout.ts`).
 * The canvases must hold their frame (a WebGL canvas only right after drawing, in the same task).
 */
import { PICTURE_BACKGROUND, pictureLayout } from '../state/pictureLayout.ts'

export function composePicture(canvases: HTMLCanvasElement[]): HTMLCanvasElement {
  const { width, height, places } = pictureLayout(canvases)
  const out = document.createElement('canvas')
  out.width = width
  out.height = height
  const context = out.getContext('2d')
  if (!context) throw new Error('composePicture: expected a 2D canvas context, got none')
  context.fillStyle = PICTURE_BACKGROUND
  context.fillRect(0, 0, width, height)
  canvases.forEach((canvas, i) => {
    const place = places[i]
    if (place && canvas.width > 0 && canvas.height > 0)
      context.drawImage(canvas, place.x, place.y, place.width, place.height)
  })
  return out
}
