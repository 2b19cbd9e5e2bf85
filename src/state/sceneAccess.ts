/**
 * The small interface between the 3D view and everything outside it that needs the view itself:
 * the embedding bridge (camera, screenshot) and the visibility watcher (stop drawing while hidden).
 * The scene fills it in (`scene/SceneAccess.tsx`); readers never touch three.js objects or `window`.
 */
import { createStore } from 'zustand/vanilla'

/** A camera: where the eye is and what it looks at, in the scene's millimetres. */
export interface CameraPose {
  position: [number, number, number]
  target: [number, number, number]
}

/** What the main view offers, once it is drawn. */
export interface SceneHandle {
  /** The camera now. */
  camera(): CameraPose
  /** Moves the camera there at once (no flight) and draws a frame. */
  setCamera(pose: CameraPose): void
  /**
   * Draws a frame and returns what the view shows as a PNG data URL (drawing buffers are read in
   * the same task): in compare mode both sides, with the X-ray inset both pictures, as laid out.
   */
  capture(): string
  /**
   * The canvases that make up the view now, as laid out (`pictureLayout.ts`): this one, compare
   * mode's other side, the X-ray inset. For streams (the video recorder), which need no drawing.
   */
  layers(): HTMLCanvasElement[]
}

/** Compare mode's other view, as a layer of the main view's picture. */
export interface PictureLayer {
  canvas: HTMLCanvasElement
  /** Draws its frame now, so the canvas can be read in the same task. */
  draw(): void
}

/** How far what lies over the view (the caption, the figures) reaches in from each edge, px. */
export interface ViewInsets {
  top: number
  right: number
  bottom: number
  left: number
}

export const NO_INSETS: ViewInsets = { top: 0, right: 0, bottom: 0, left: 0 }

/** `ok` while drawing; `lost` between a context loss and its restore; `unavailable` without WebGL 2. */
export type WebglStatus = 'ok' | 'lost' | 'unavailable'

export interface SceneAccessState {
  /** The main view's handle; null before its first frame, or without WebGL. */
  handle: SceneHandle | null
  /** False while the page or its frame is out of sight: the view then draws nothing. */
  visible: boolean
  webgl: WebglStatus
  /** Times the WebGL context came back after a loss (parts that cannot be re-uploaded remount on it). */
  restores: number
  /** A camera asked for before the view could take it (a URL's `camera=`): applied when it registers. */
  pendingCamera: CameraPose | null
  /** Compare mode's other view, for the main view's `capture`; null otherwise. */
  companion: PictureLayer | null
  /** What covers the main view's edges (the page measures it): the story's shots frame the rest. */
  insets: ViewInsets
  /** The viewer has turned or zoomed the view away from the story's camera. */
  offStory: boolean
  /** Asks the view to go back to the story's camera: each increment is one request. */
  storyCameraRequests: number
}

export function createSceneAccess() {
  return createStore<SceneAccessState>()(() => ({
    handle: null,
    visible: true,
    webgl: 'ok',
    restores: 0,
    pendingCamera: null,
    companion: null,
    insets: NO_INSETS,
    offStory: false,
    storyCameraRequests: 0,
  }))
}

export type SceneAccess = ReturnType<typeof createSceneAccess>

/** The app's one. Tests make their own. */
export const sceneAccess = createSceneAccess()

/** Sets the main view's insets, if they moved by at least a pixel (a resize reports often). */
export function setViewInsets(access: SceneAccess, insets: ViewInsets): void {
  const now = access.getState().insets
  const moved = (Object.keys(insets) as (keyof ViewInsets)[]).some((k) => Math.abs(insets[k] - now[k]) >= 1)
  if (moved) access.setState({ insets })
}

/** Asks the main view to fly back to the story's camera. */
export function returnToStoryCamera(access: SceneAccess): void {
  access.setState((s) => ({ storyCameraRequests: s.storyCameraRequests + 1 }))
}

/** Moves the camera now if the view is there, else as soon as it registers. */
export function requestCamera(access: SceneAccess, pose: CameraPose): void {
  const { handle } = access.getState()
  if (handle) handle.setCamera(pose)
  else access.setState({ pendingCamera: pose })
}
