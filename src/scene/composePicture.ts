/**
 * One picture of what the view shows when it is more than one canvas (compare mode's two sides,
 * the X-ray inset over the 3D view): each canvas copied at its place on the page, at the first
 * canvas's pixel density, over the stage's dark background. The canvases must hold their frame
 * (a WebGL canvas only right after drawing, in the same task).
 */
const BACKGROUND = '#2c3340'

export function composePicture(canvases: HTMLCanvasElement[]): HTMLCanvasElement {
  const [first] = canvases
  if (!first) throw new Error('composePicture: expected at least one canvas, got none')
  const rects = canvases.map((c) => c.getBoundingClientRect())
  const left = Math.min(...rects.map((r) => r.left))
  const top = Math.min(...rects.map((r) => r.top))
  const right = Math.max(...rects.map((r) => r.right))
  const bottom = Math.max(...rects.map((r) => r.bottom))
  const density = first.width / Math.max(1, first.getBoundingClientRect().width)
  const out = document.createElement('canvas')
  out.width = Math.round((right - left) * density)
  out.height = Math.round((bottom - top) * density)
  const context = out.getContext('2d')
  if (!context) throw new Error('composePicture: expected a 2D canvas context, got none')
  context.fillStyle = BACKGROUND
  context.fillRect(0, 0, out.width, out.height)
  canvases.forEach((canvas, i) => {
    const r = rects[i] as DOMRect
    if (canvas.width === 0 || canvas.height === 0) return
    context.drawImage(
      canvas,
      Math.round((r.left - left) * density),
      Math.round((r.top - top) * density),
      Math.round(r.width * density),
      Math.round(r.height * density),
    )
  })
  return out
}
