/**
 * A test-only window into the renderer, behind `?debug=1`: `window.__spine3d` exposes the camera,
 * the scene and the renderer's counts (geometries, textures, shader programs, draw calls, frames
 * drawn), so browser tests and the soak (tests/e2e/soak.spec.ts) can read what three.js holds
 * without mocking it. Absent otherwise: nothing is put on `window` for a normal visitor.
 */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import {
  type BufferGeometry,
  type Camera,
  type Material,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
  Scene,
  type Texture,
  type WebGLRenderer,
} from 'three'
import { loadedModelGeometries } from './boneModels.ts'

declare global {
  interface Window {
    __spine3d?: {
      camera(): { position: number[]; target: number[] }
      renderer(): {
        geometries: number
        textures: number
        programs: number
        calls: number
        triangles: number
        frames: number
      }
      /**
       * Draws every object once, hidden or out of view, then puts them back: afterwards three.js
       * holds every part the scene has, so `renderer()`'s counts no longer depend on what the
       * camera happened to look at. Returns the distinct geometries and textures the scene uses.
       */
      drawAll(): { geometries: number; textures: number }
      scene: unknown
      /**
       * Paints every mesh named `name` flat in `color` (a CSS colour; clipping and sides kept), or
       * gives it its own material back with `null`: a picture of where it shows, uncovered.
       */
      paint(name: string, color: string | null): void
      /** Hides (or shows again) every object named `name` and all it holds, whatever the scene sets. */
      hide(name: string, hidden: boolean): void
      /** Resolves once a frame has been drawn and then none for `quietMs` (the view is still). */
      idle(quietMs?: number): Promise<number>
    }
  }
}

export function DebugHook() {
  const state = useThree()
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('debug') !== '1') return
    const controls = state.controls as unknown as { getTarget?(out: unknown): { toArray(): number[] } } | null
    window.__spine3d = {
      camera: () => ({
        position: state.camera.position.toArray(),
        target: controls?.getTarget ? controls.getTarget(state.camera.position.clone()).toArray() : [],
      }),
      renderer: () => ({
        ...state.gl.info.memory,
        // Compiled shader programs: a leak of materials shows here, not in geometries or textures.
        programs: state.gl.info.programs?.length ?? 0,
        calls: state.gl.info.render.calls,
        triangles: state.gl.info.render.triangles,
        frames: state.gl.info.render.frame,
      }),
      drawAll: () => {
        const restore: (() => void)[] = []
        state.scene.traverse((o) => {
          if (!o.visible) {
            o.visible = true
            restore.push(() => {
              o.visible = false
            })
          }
          if (o.frustumCulled) {
            o.frustumCulled = false
            restore.push(() => {
              o.frustumCulled = true
            })
          }
        })
        try {
          state.gl.render(state.scene, state.camera)
          drawModelGeometries(state.scene, state.gl, state.camera)
        } finally {
          for (const undo of restore) undo()
          state.invalidate()
        }
        const geometries = new Set<BufferGeometry>()
        const textures = new Set<Texture>()
        state.scene.traverse(
          (o: Object3D & { geometry?: BufferGeometry; material?: Material | Material[] }) => {
            if (o.geometry) geometries.add(o.geometry)
            for (const material of [o.material ?? []].flat())
              for (const value of Object.values(material))
                if ((value as Texture | null)?.isTexture) textures.add(value as Texture)
          },
        )
        return { geometries: geometries.size, textures: textures.size }
      },
      scene: state.scene,
      paint: (name, color) => paint(state.scene, name, color, state.invalidate),
      hide: (name, hidden) => hide(state.scene, name, hidden, state.invalidate),
      idle: (quietMs = 250) => idle(() => state.gl.info.render.frame, state.invalidate, quietMs),
    }
    return () => {
      delete window.__spine3d
    }
  }, [state])
  return null
}

/**
 * Draws every geometry of the models loaded so far, the coarse levels too, once: which coarse
 * levels a page has drawn depends on what was in view while a story played, so without this the
 * counts after a soak differed from those before by the levels that had come into view since.
 * With the material of a bone already drawn, so no shader program is added.
 */
function drawModelGeometries(scene: Scene, gl: WebGLRenderer, camera: Camera) {
  const geometries = loadedModelGeometries()
  let material: Material | undefined
  scene.traverse((o) => {
    if (!material && o instanceof Mesh && geometries.includes(o.geometry) && !Array.isArray(o.material))
      material = o.material
  })
  if (!material) return
  const models = new Scene()
  for (const geometry of geometries) {
    const mesh = new Mesh(geometry, material)
    mesh.frustumCulled = false
    models.add(mesh)
  }
  gl.render(models, camera)
}

/** Layer nothing draws: a hidden object's parts are moved there (the scene sets `visible` itself). */
const HIDDEN_LAYER = 31

function paint(scene: Scene, name: string, color: string | null, invalidate: () => void) {
  scene.traverse((o) => {
    if (o.name !== name || !(o instanceof Mesh)) return
    const own = o.userData.debugOwnMaterial as Material | undefined
    if (color === null) {
      if (own) {
        ;(o.material as Material).dispose()
        o.material = own
        delete o.userData.debugOwnMaterial
      }
      return
    }
    const base = (own ?? o.material) as Material
    if (!own) o.userData.debugOwnMaterial = base
    else (o.material as Material).dispose()
    o.material = new MeshBasicMaterial({ color, side: base.side, clippingPlanes: base.clippingPlanes })
  })
  invalidate()
}

function hide(scene: Scene, name: string, hidden: boolean, invalidate: () => void) {
  scene.traverse((o) => {
    if (o.name !== name) return
    o.traverse((part) => {
      if (hidden) part.layers.set(HIDDEN_LAYER)
      else part.layers.enable(0)
    })
  })
  invalidate()
}

/** Asks for a frame, then waits until frames stop coming for `quietMs`; resolves to the frame count. */
function idle(frames: () => number, invalidate: () => void, quietMs: number): Promise<number> {
  const start = frames()
  invalidate()
  return new Promise((resolve) => {
    let last = start
    let since = performance.now()
    const check = () => {
      const now = frames()
      if (now !== last) {
        last = now
        since = performance.now()
      }
      // A frame drawn since the call, then quiet: the picture on screen is the present.
      if (now > start && performance.now() - since >= quietMs) resolve(now)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}
