/**
 * Whether this device can draw the view at all, and how much rendering it can afford, decided by
 * one probe before the canvas is made (MSAA cannot be changed on a live context). A software renderer (SwiftShader, llvmpipe — remote desktops,
 * virtual machines, browsers with acceleration off) shades on the CPU, where multisampling and
 * image-based lighting cost more than they give: there the view drops them to stay responsive.
 */
export type Shading = 'standard' | 'lambert'

export interface RenderQuality {
  /** Whether the browser gives a WebGL 2 context at all (three.js r163+ needs it). */
  webgl2: boolean
  antialias: boolean
  /** Device-pixel-ratio range for the canvas: capped, and 1 on software renderers. */
  dpr: [number, number]
  /** Soft reflections from in-scene light formers. */
  environment: boolean
  /** A software renderer: costly effects (the cement's rays) go at reduced resolution. */
  software: boolean
  /**
   * How bone and discs are lit: physically based (`standard`), or diffuse only (`lambert`) where
   * the CPU shades every pixel — on SwiftShader the cement chapter draws about 40 % more frames
   * with it, and with no reflections to show (`environment` is off there too) it looks nearly alike.
   */
  shading: Shading
  /**
   * Intact bones drawn with their models' coarse level of detail (about 2,400 triangles instead of
   * 8,000) while the story plays, where the CPU rasterises: there the column's triangles bound the
   * frame rate more than its pixels do (docs/PERFORMANCE.md). A paused view, and the fractured
   * vertebra always, keep their detail.
   */
  coarseInMotion: boolean
  renderer: string
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i

export function detectRenderQuality(): RenderQuality {
  let renderer = 'unknown'
  let webgl2 = false
  try {
    const gl = document.createElement('canvas').getContext('webgl2')
    webgl2 = gl !== null
    const info = gl?.getExtension('WEBGL_debug_renderer_info')
    if (gl && info) renderer = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
  } catch {
    // No WebGL at all: `webgl2` stays false and the app shows its fallback.
  }
  const software = SOFTWARE.test(renderer)
  return {
    webgl2,
    antialias: !software,
    dpr: software ? [1, 1] : [1, 2],
    environment: !software,
    software,
    shading: software ? 'lambert' : 'standard',
    coarseInMotion: software,
    renderer,
  }
}
