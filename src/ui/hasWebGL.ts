/** Whether this browser can give us a WebGL2 context (three.js r163+ needs WebGL 2). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas')
    return canvas.getContext('webgl2') !== null
  } catch {
    return false
  }
}
