/**
 * Fills in `state/sceneAccess.ts` for one canvas: the main view registers its camera and a
 * screenshot; every view stops drawing while the page is out of sight and follows its WebGL
 * context through a loss and restore. Nothing here changes what is drawn.
 */
import type { CameraControls } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3 } from 'three'
import { type CameraPose, type SceneHandle, sceneAccess } from '../state/sceneAccess.ts'
import type { CaseSide } from './CaseContext.tsx'
import { composePicture } from './composePicture.ts'

const _v = new Vector3()
/** Before the scene's clock (−2) and layout (−1): the camera is in place when they run. */
const PENDING_CAMERA_PRIORITY = -3

export function SceneAccess({ side }: { side: CaseSide }) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const get = useThree((s) => s.get)
  // CameraRig's controls are the default controls (`makeDefault`).
  const controls = useThree((s) => s.controls) as unknown as CameraControls | null

  useEffect(() => {
    if (side !== 'main' || !controls) return
    const handle: SceneHandle = {
      camera: () => ({
        position: controls.getPosition(_v).toArray() as CameraPose['position'],
        target: controls.getTarget(_v).toArray() as CameraPose['target'],
      }),
      // Taken on the next frame (below), after any chapter flight the same change started.
      setCamera: (pose) => {
        sceneAccess.setState({ pendingCamera: pose })
        invalidate()
      },
      capture: () => {
        // Read right after drawing, in the same task: no preserveDrawingBuffer (and its cost) needed.
        gl.render(scene, camera)
        sceneAccess.getState().companion?.draw()
        const layers = handle.layers()
        return (layers.length > 1 ? composePicture(layers) : gl.domElement).toDataURL('image/png')
      },
      layers: () => {
        const companion = sceneAccess.getState().companion?.canvas
        const inset = insetCanvas(gl.domElement)
        return [gl.domElement, companion, inset].filter((c): c is HTMLCanvasElement => !!c)
      },
    }
    sceneAccess.setState({ handle })
    invalidate() // a camera asked for before the view was drawn is taken on this frame
    return () => {
      if (sceneAccess.getState().handle === handle) sceneAccess.setState({ handle: null })
    }
  }, [side, controls, gl, scene, camera, invalidate])

  // Compare mode's other side lends the main view's capture its picture.
  useEffect(() => {
    if (side === 'main') return
    const companion = { canvas: gl.domElement, draw: () => gl.render(scene, camera) }
    sceneAccess.setState({ companion })
    return () => {
      if (sceneAccess.getState().companion === companion) sceneAccess.setState({ companion: null })
    }
  }, [side, gl, scene, camera])

  // A camera asked for (restoreState, the address's `camera=`) replaces whatever flight a chapter
  // change began in the same update: React has run CameraRig's effects before this frame.
  useFrame(() => {
    const pose = side === 'main' && controls ? sceneAccess.getState().pendingCamera : null
    if (!pose || !controls) return
    const {
      position: [px, py, pz],
      target: [tx, ty, tz],
    } = pose
    void controls.setLookAt(px, py, pz, tx, ty, tz, false)
    // A camera of the viewer's (or the host page's) own: the story's is one click away.
    sceneAccess.setState({ pendingCamera: null, offStory: true })
  }, PENDING_CAMERA_PRIORITY)

  // Out of sight: draw nothing at all (even a frame asked for by a control); back: draw the present.
  useEffect(() => {
    const { frameloop, setFrameloop } = get()
    const follow = (visible: boolean) => {
      setFrameloop(visible ? frameloop : 'never')
      if (visible) invalidate()
    }
    follow(sceneAccess.getState().visible)
    const unsubscribe = sceneAccess.subscribe((s, prev) => {
      if (s.visible !== prev.visible) follow(s.visible)
    })
    return () => {
      unsubscribe()
      setFrameloop(frameloop)
    }
  }, [get, invalidate])

  // three.js keeps the scene's data through a context loss and uploads it again on restore; the
  // view only has to be asked for a frame, and parts holding rendered textures remount (`restores`).
  useEffect(() => {
    const canvas = gl.domElement
    const lost = () => sceneAccess.setState({ webgl: 'lost' })
    const restored = () => {
      sceneAccess.setState((s) => ({ webgl: 'ok', restores: s.restores + 1 }))
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate])
  return null
}

/**
 * The X-ray inset's 2D canvas over this view, if shown (ui/FluoroFrame.tsx lays it out; the scene
 * draws into it): it keeps its picture, so it is copied as it is.
 */
function insetCanvas(view: HTMLCanvasElement): HTMLCanvasElement | null {
  return view.closest('.stage')?.querySelector<HTMLCanvasElement>('canvas.fluoro-inset-image') ?? null
}
