/**
 * Where each canvas of the view goes in one picture of it (compare mode's two sides, the X-ray
 * inset over the 3D view): as laid out on the page, at the first canvas's pixel density. Shared by
 * the saved picture (scene/composePicture.ts) and the video recorder (ui/recordVideo.ts).
 */
export interface PicturePlace {
  x: number
  y: number
  width: number
  height: number
}

export interface PictureLayout {
  width: number
  height: number
  /** One per canvas, in the order given. */
  places: PicturePlace[]
}

/** The stage's dark grey, behind the pictures where they leave gaps. */
export const PICTURE_BACKGROUND = '#2c3340'

export function pictureLayout(canvases: HTMLCanvasElement[]): PictureLayout {
  const [first] = canvases
  if (!first) throw new Error('pictureLayout: expected at least one canvas, got none')
  const rects = canvases.map((c) => c.getBoundingClientRect())
  const left = Math.min(...rects.map((r) => r.left))
  const top = Math.min(...rects.map((r) => r.top))
  const right = Math.max(...rects.map((r) => r.right))
  const bottom = Math.max(...rects.map((r) => r.bottom))
  const density = first.width / Math.max(1, (rects[0] as DOMRect).width)
  return {
    width: Math.round((right - left) * density),
    height: Math.round((bottom - top) * density),
    places: rects.map((r) => ({
      x: Math.round((r.left - left) * density),
      y: Math.round((r.top - top) * density),
      width: Math.round(r.width * density),
      height: Math.round(r.height * density),
    })),
  }
}
