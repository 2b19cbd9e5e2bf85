/**
 * Links the cameras of compare mode's two views: whichever moves (a chapter's flight, a drag, a
 * wheel) publishes its camera, and the other takes the same camera at once. A camera equal to the
 * last one taken is not published back, so the two never echo each other.
 */
import type { CameraControls } from '@react-three/drei'
import { Vector3 } from 'three'
import { createStore } from 'zustand/vanilla'
import type { CaseSide } from './CaseContext.tsx'

interface LinkedCamera {
  from: CaseSide | null
  position: [number, number, number]
  target: [number, number, number]
}

export const cameraLink = createStore<LinkedCamera>()(() => ({
  from: null,
  position: [0, 0, 0],
  target: [0, 0, 0],
}))

const EPSILON_MM = 1e-3
const _p = new Vector3()
const _t = new Vector3()
const near = (a: readonly number[], b: Vector3) =>
  Math.abs((a[0] as number) - b.x) + Math.abs((a[1] as number) - b.y) + Math.abs((a[2] as number) - b.z) <
  EPSILON_MM

/** Joins `controls` to the link as `side`; returns a function that leaves it. `onTaken` asks for a frame. */
export function joinCameraLink(controls: CameraControls, side: CaseSide, onTaken: () => void): () => void {
  const publish = () => {
    controls.getPosition(_p)
    controls.getTarget(_t)
    const last = cameraLink.getState()
    if (near(last.position, _p) && near(last.target, _t)) return
    cameraLink.setState({ from: side, position: _p.toArray(), target: _t.toArray() })
  }
  controls.addEventListener('update', publish)
  const unsubscribe = cameraLink.subscribe((camera) => {
    if (camera.from === side || camera.from === null) return
    const [px, py, pz] = camera.position
    const [tx, ty, tz] = camera.target
    void controls.setLookAt(px, py, pz, tx, ty, tz, false)
    onTaken()
  })
  return () => {
    controls.removeEventListener('update', publish)
    unsubscribe()
  }
}
