/**
 * The views of the developer renders (renderField.ts) and of the reference silhouettes: the
 * direction the camera looks along and its up vector, in a vertebra's frame (+x left, +y cranial,
 * +z anterior). Orthographic, so only directions count.
 */
import type { V } from './rayMarch.ts'

export const VIEWS = {
  /** From the left, anterior to the right. */
  lateral: { dir: [1, 0, 0] as V, up: [0, 1, 0] as V },
  /** From above, anterior to the right. */
  superior: { dir: [0, -1, 0] as V, up: [1, 0, 0] as V },
  inferior: { dir: [0, 1, 0] as V, up: [-1, 0, 0] as V },
  /** From the front-left and above. */
  anterolateral: { dir: [-0.6, -0.45, -0.66] as V, up: [0, 1, 0] as V },
  /** From behind and a little above. */
  posterior: { dir: [0, -0.2, 1] as V, up: [0, 1, 0] as V },
  posterolateral: { dir: [-0.62, -0.35, 0.7] as V, up: [0, 1, 0] as V },
} satisfies Record<string, { dir: V; up: V }>

export type ViewName = keyof typeof VIEWS
