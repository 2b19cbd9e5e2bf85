/**
 * The digitally reconstructed radiograph: the 3D scene itself drawn from the C-arm into a
 * half-float target, each part wearing its X-ray material for the pass (xrayKinds.ts says which),
 * everything else hidden, then restored. Drawing the live scene graph rather than a copy keeps the
 * radiograph in step with everything the playback moves — the column's layout, the fractured
 * body's morph, needles, balloon, leaks — at no cost to keep in sync. The soft tissue around them
 * (torso.ts) is placed here and added in closed form when the radiograph is developed.
 */
import {
  Color,
  HalfFloatType,
  LinearFilter,
  type Material,
  type Object3D,
  type PerspectiveCamera,
  RGFormat,
  type Scene,
  type WebGLRenderer,
  WebGLRenderTarget,
} from 'three'
import type { CementField } from '../../geometry/cementField.ts'
import { cementFieldOf } from '../procedure/CementVolume.tsx'
import { type CementXray, cementXray } from './cementXray.ts'
import { placeTorso, torsoUniforms } from './torso.ts'
import { cachedXrayKind } from './xrayKinds.ts'
import { type XrayMaterials, type XraySettings, xrayMaterials } from './xrayMaterials.ts'
import { ATTENUATION_PER_MM } from './xrayModel.ts'

/** What the pass needs beyond the scene: the case's settings, and the cement's time. */
export interface DrrFrame extends XraySettings {
  /** Skin of the back behind the fractured body's centre, mm (geometry/backGeometry.ts). */
  skinDepthMm: number
  /** Procedure time, s. */
  procedureS: number
  /** How far the kyphoplasty cavity shows (0–1). */
  cavityShown: number
}

type Drawable = Object3D & { material: Material }

const _clearColor = /* @__PURE__ */ new Color()

export class DrrPass {
  /** RG half float: R Σμl of bone, instruments and cement; G leaked cement, mm (xrayMaterials.ts). */
  readonly target: WebGLRenderTarget
  /** Where the torso is, for the develop pass (torso.ts); set by each `render`. */
  readonly torso = torsoUniforms()
  private readonly materials: XrayMaterials = xrayMaterials()
  private readonly cement: CementXray = cementXray()
  // Reused each pass: what was swapped or hidden, to restore.
  private readonly swapped: Drawable[] = []
  private readonly saved: Material[] = []
  private readonly hidden: Object3D[] = []
  private field: CementField | null = null
  /** Drawables the last pass showed: a change (models loaded, result arrived) means a new picture. */
  drawn = 0

  /**
   * @param samples multisampling of the target: smoother cortex and edges on a GPU; a software
   * renderer pays several times the frame time for it, so there 0 (the composite blurs a little).
   */
  constructor(samples = 0) {
    this.target = new WebGLRenderTarget(1, 1, {
      type: HalfFloatType,
      format: RGFormat,
      depthBuffer: false,
      samples,
      minFilter: LinearFilter,
      magFilter: LinearFilter,
      generateMipmaps: false,
    })
  }

  /** Sets the target's size in pixels (square). */
  setSize(sizePx: number): void {
    if (this.target.width !== sizePx) this.target.setSize(sizePx, sizePx)
  }

  /** Counts what the pass would draw, without drawing: to tell whether the picture is stale. */
  count(scene: Scene): number {
    let n = 0
    scene.traverseVisible((o) => {
      if (cachedXrayKind(o)) n++
    })
    return n
  }

  /** Draws the radiograph of `scene` from `camera` (placed by placeCArm) into `target`. */
  render(
    gl: WebGLRenderer,
    scene: Scene,
    camera: PerspectiveCamera,
    vertebra: Object3D,
    frame: DrrFrame,
  ): void {
    this.materials.update(frame)
    this.field = null
    this.drawn = 0
    scene.traverse(this.wear)
    if (this.field) {
      const cancellous = ATTENUATION_PER_MM.cancellousBone * frame.density * frame.fracturedDensity
      this.cement.update(this.field, frame.procedureS, frame.cavityShown, cancellous)
    }
    placeTorso(this.torso, camera, vertebra.matrixWorld, frame.skinDepthMm)
    const previous = gl.getRenderTarget()
    const autoClear = gl.autoClear
    const clearAlpha = gl.getClearAlpha()
    const clearColor = gl.getClearColor(_clearColor)
    gl.autoClear = false
    gl.setRenderTarget(this.target)
    gl.setClearColor(0x000000, 0)
    gl.clear(true, false, false)
    try {
      gl.render(scene, camera)
    } finally {
      this.restore()
      gl.setRenderTarget(previous)
      gl.setClearColor(clearColor, clearAlpha)
      gl.autoClear = autoClear
    }
  }

  dispose(): void {
    this.target.dispose()
    this.materials.dispose()
    this.cement.dispose()
  }

  /** Puts each drawable in its X-ray material, or hides it (bound: a traverse callback). */
  private readonly wear = (o: Object3D): void => {
    const drawable = o as Drawable
    if (!drawable.material) return
    const kind = cachedXrayKind(o)
    const field = kind === 'cementField' ? cementFieldOf(o) : null
    if (!kind || (kind === 'cementField' && !field)) {
      if (o.visible) {
        o.visible = false
        this.hidden.push(o)
      }
      return
    }
    this.swapped.push(drawable)
    this.saved.push(drawable.material)
    if (field) this.field = field
    drawable.material = kind === 'cementField' ? this.cement.material : this.materials.of(kind)
    if (o.visible) this.drawn++
  }

  private restore(): void {
    for (let i = 0; i < this.swapped.length; i++)
      (this.swapped[i] as Drawable).material = this.saved[i] as Material
    for (const o of this.hidden) o.visible = true
    this.swapped.length = 0
    this.saved.length = 0
    this.hidden.length = 0
  }
}
