import { useFrame } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import {
  BackSide,
  BoxGeometry,
  Color,
  type Data3DTexture,
  DepthTexture,
  GLSL3,
  Mesh,
  NoBlending,
  type Object3D,
  Scene,
  ShaderMaterial,
  Vector2,
  Vector3,
  WebGLRenderTarget,
} from 'three'
import { buildCementField, type CementField } from '../../geometry/cementField.ts'
import { BOX_LEVELS } from '../../geometry/cementFieldData.ts'
import { drawnProgress } from '../../geometry/cementTiming.ts'
import type { ProcedureResult } from '../../sim/run.ts'
import { disposeLater } from '../disposeLater.ts'
import { compositeMaterial, compositeUniforms } from './cementComposite.ts'
import { cementFragmentShader, cementVertexShader } from './cementShader.ts'
import { rayResolution } from './rayBudget.ts'

/** Radiopaque PMMA: a cool grey-white, told apart from the ivory bone (#efe4cc) by hue and value. */
export const CEMENT_COLOR = '#dde2e6'
/** The kyphoplasty cavity before cement fills it: a dark hollow. */
const CAVITY_COLOR = '#1b1714'
/** How opaque the hollow is once the balloon is out. */
const CAVITY_OPACITY = 0.85

export interface CementVolumeProps {
  /** The simulated procedure; the field is rebuilt when it changes. */
  result: ProcedureResult
  /** Playback time, procedure seconds; read every frame, never through React state. */
  procedureTimeS: { readonly current: number }
  /**
   * Share of the canvas's resolution the rays are cast at (the composite filters it up): 0.5
   * casts a quarter of the rays, which a software renderer needs; 1 on a hardware GPU. Default 0.5.
   */
  resolution?: number
  /**
   * Most rays per frame: when the cement's box covers more of the screen, the resolution steps
   * down (rayBudget.ts). Default 60,000 (a 490-pixel square at 0.5); Infinity on a hardware GPU.
   */
  maxRays?: number
  /**
   * Whether to cast the rays for the 3D view. False when no 3D view is drawn (the fluoroscopy
   * view): the box still follows the time, for the radiograph's own march. Default true.
   */
  castRays?: boolean
}

/** The field a cement box (the mesh named `cement`) shows, for passes that march it too (the fluoroscopy view). */
export function cementFieldOf(object: Object3D): CementField | null {
  return (object.userData.cementField as CementField | undefined) ?? null
}

const _size = /* @__PURE__ */ new Vector2()
const _clear = /* @__PURE__ */ new Color()

/**
 * The cement of a simulated procedure, ray-marched from a 3D field: it fills in the order and
 * at the times the simulation gives (`fillTimeS`) as a smooth grey-white mass, and in
 * kyphoplasty the cavity shows as a dark hollow from the balloon's deflation until cement fills
 * it. Mount it in the vertebra's frame (mm, the fractured vertebra's group).
 *
 * Each frame the rays are cast into an off-screen target at `resolution`, then a box in the
 * vertebra's frame puts the result on screen: first in the transparent pass (`renderOrder` −1),
 * writing the depth of the surface found, so opaque needles hide it and translucent bone drawn
 * after it lies over it. Hidden (nothing cast) before injection starts unless there is a cavity
 * to show.
 */
export function CementVolume({
  result,
  procedureTimeS,
  resolution = 0.5,
  maxRays = 60_000,
  castRays = true,
}: CementVolumeProps) {
  const field = useMemo(() => buildCementField(result), [result])
  useEffect(() => () => field.texture.dispose(), [field])
  const geometry = useMemo(() => boxGeometry(field), [field])
  useEffect(() => () => geometry.dispose(), [geometry])
  const uniforms = useMemo(() => cementUniforms(), [])
  const material = useMemo(() => cementMaterial(uniforms), [uniforms])
  useEffect(() => () => disposeLater(material), [material])
  useLayoutEffect(() => setField(uniforms, field), [uniforms, field])
  const target = useMemo(() => new WebGLRenderTarget(1, 1, { depthTexture: new DepthTexture(1, 1) }), [])
  useEffect(
    () => () => {
      target.depthTexture?.dispose()
      target.dispose()
    },
    [target],
  )
  const offscreen = useMemo(() => offscreenScene(geometry, material), [geometry, material])
  const shownUniforms = useMemo(
    () => compositeUniforms(target.texture, target.depthTexture as DepthTexture),
    [target],
  )
  const composite = useMemo(() => compositeMaterial(shownUniforms), [shownUniforms])
  useEffect(() => () => disposeLater(composite), [composite])
  const shown = useMemo(() => cavityTimes(result), [result])
  const mesh = useRef<Mesh>(null)
  useFrame(({ gl, camera }) => {
    const t = procedureTimeS.current
    const progress = drawnProgress(field, t)
    uniforms.uProgress.value = progress
    // March only the box of what shows by now (the boxes nest, one per progress level).
    const level = Math.min(BOX_LEVELS, Math.max(0, Math.ceil(progress * BOX_LEVELS)))
    uniforms.uBoxMin.value.fromArray(field.progressBoxesMm, 6 * level)
    uniforms.uBoxMax.value.fromArray(field.progressBoxesMm, 6 * level + 3)
    const cavity = field.hasCavity ? smoothstep(shown.fromS, shown.fullS, t) : 0
    uniforms.uCavityOpacity.value = CAVITY_OPACITY * cavity
    const box = mesh.current
    if (!box) return
    box.visible = (field.hasCement && t >= field.injectionStartS) || cavity > 0
    if (!box.visible || !castRays) return
    gl.getDrawingBufferSize(_size)
    shownUniforms.uViewport.value.copy(_size)
    box.updateWorldMatrix(true, false)
    const { uBoxMin, uBoxMax } = uniforms
    const share = rayResolution(
      camera,
      box.matrixWorld,
      uBoxMin.value,
      uBoxMax.value,
      _size.x,
      _size.y,
      resolution,
      maxRays,
    )
    const width = Math.max(1, Math.round(_size.x * share))
    const height = Math.max(1, Math.round(_size.y * share))
    if (target.width !== width || target.height !== height) target.setSize(width, height)
    offscreen.mesh.matrixWorld.copy(box.matrixWorld)
    const previous = gl.getRenderTarget()
    gl.getClearColor(_clear)
    const alpha = gl.getClearAlpha()
    gl.setRenderTarget(target)
    gl.setClearColor(0x000000, 0)
    gl.clear(true, true, false)
    gl.render(offscreen.scene, camera)
    gl.setRenderTarget(previous)
    gl.setClearColor(_clear, alpha)
  })
  if (field.boxMaxMm[0] < field.boxMinMm[0]) return null
  return (
    <mesh
      ref={mesh}
      name="cement"
      geometry={geometry}
      material={composite}
      renderOrder={-1}
      visible={false}
      userData={{ cementField: field }}
      dispose={null}
    />
  )
}

/** The marching box alone in a scene of its own, placed each frame where the on-screen box is. */
function offscreenScene(geometry: BoxGeometry, material: ShaderMaterial) {
  const scene = new Scene()
  const mesh = new Mesh(geometry, material)
  mesh.matrixAutoUpdate = false
  mesh.matrixWorldAutoUpdate = false
  mesh.frustumCulled = false
  scene.add(mesh)
  return { scene, mesh }
}

/** The box the rays march through, in the vertebra's frame (so the mesh needs no transform). */
function boxGeometry(field: CementField): BoxGeometry {
  const size = [0, 1, 2].map((a) => (field.boxMaxMm[a] as number) - (field.boxMinMm[a] as number))
  const box = new BoxGeometry(size[0], size[1], size[2])
  box.translate(
    ...([0, 1, 2].map((a) => ((field.boxMaxMm[a] as number) + (field.boxMinMm[a] as number)) / 2) as [
      number,
      number,
      number,
    ]),
  )
  return box
}

/** The material's uniforms, typed; one object for the material's life (values change, never the object). */
function cementUniforms() {
  return {
    uField: { value: null as Data3DTexture | null },
    uFieldMin: { value: new Vector3() },
    uFieldSize: { value: new Vector3() },
    uBoxMin: { value: new Vector3() },
    uBoxMax: { value: new Vector3() },
    uProgress: { value: -1 },
    uStepMm: { value: 1 },
    uTexelMm: { value: 1 },
    uCavityOpacity: { value: 0 },
    uCementColor: { value: new Color(CEMENT_COLOR) },
    uCavityColor: { value: new Color(CAVITY_COLOR) },
  }
}
type CementUniforms = ReturnType<typeof cementUniforms>

function cementMaterial(uniforms: CementUniforms): ShaderMaterial {
  return new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader: cementVertexShader,
    fragmentShader: cementFragmentShader,
    side: BackSide,
    // Alone in its target, over a clear background: written as it is (premultiplied), no blending.
    blending: NoBlending,
    depthWrite: true,
    uniforms,
  })
}

/** Points the uniforms at a new field (values are set, the uniforms object is kept). */
function setField(u: CementUniforms, field: CementField): void {
  u.uField.value = field.texture
  u.uFieldMin.value.fromArray(field.fieldMinMm)
  u.uFieldSize.value.fromArray(field.fieldMaxMm).sub(u.uFieldMin.value)
  u.uBoxMin.value.fromArray(field.boxMinMm)
  u.uBoxMax.value.fromArray(field.boxMaxMm)
  // About half a simulation cell per step: the field is smooth at that scale, and bisection
  // finds the surface between two steps.
  u.uStepMm.value = field.texelMm
  u.uTexelMm.value = field.texelMm
}

/** When the hollow fades in: over the balloon's deflation (kyphoplasty only). */
function cavityTimes(result: ProcedureResult): { fromS: number; fullS: number } {
  const deflation = result.phases.find((p) => p.id === 'balloonDeflation')
  return deflation ? { fromS: deflation.startS, fullS: deflation.endS } : { fromS: Infinity, fullS: Infinity }
}

function smoothstep(a: number, b: number, x: number): number {
  if (!(b > a)) return x >= b ? 1 : 0
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}
