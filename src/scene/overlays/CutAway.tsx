/**
 * The cut-away, in the fractured vertebra's frame: a clipping plane through it, sagittal (side to
 * side: the right half of the column removed, so the view from the right looks into the bodies) or
 * axial (top to bottom: the fractured vertebra cut across), at an offset the viewer drags with the
 * plane's handle or sets with the slider. Bone and discs show solid cut faces (cutCaps.ts); the
 * needles, balloon and cement are not cut.
 */
import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { DoubleSide, type Group, type Material, Matrix4, type Mesh, Plane, Ray, Vector3 } from 'three'
import { levelDimensions } from '../../anatomy/levels.ts'
import { appStore } from '../../state/store.ts'
import { appActions, useAppStore } from '../../state/useAppStore.ts'
import { useColumnMaterials } from '../boneMaterial.ts'
import { useCase } from '../CaseContext.tsx'
import { setCaps } from '../cutCaps.ts'
import { muscleMaterial, skinMaterial } from '../procedure/materials.ts'

/** The plane in world space, shared by every clipped material. */
const cutPlane = new Plane()
const _local = new Plane()
const _inverse = new Matrix4()
const _ray = new Ray()
const _axis = new Vector3()
/** How often a drag writes its offset to the store (and the slider), per second. */
const COMMIT_HZ = 10

/** Offsets the cut may take, mm: within the body. */
export function cutRangeMm(level: Parameters<typeof levelDimensions>[0], axis: 'sagittal' | 'axial'): number {
  const dims = levelDimensions(level)
  return axis === 'sagittal' ? dims.bodyWidthMm / 2 - 2 : dims.posteriorHeightMm / 2 - 1
}

export function CutAway() {
  const { scenario } = useCase()
  const axis = useAppStore((s) => s.view.cut.axis)
  const storedOffset = useAppStore((s) => s.view.cut.offsetMm)
  const gl = useThree((s) => s.gl)
  const controls = useThree((s) => s.controls) as { enabled: boolean } | null
  const invalidate = useThree((s) => s.invalidate)
  const group = useRef<Group>(null)
  const handle = useRef<Mesh>(null)
  const offset = useRef(storedOffset)
  const dragging = useRef<{ lastCommitMs: number } | null>(null)
  const range = cutRangeMm(scenario.level, axis)
  const normal = useMemo(() => (axis === 'sagittal' ? new Vector3(1, 0, 0) : new Vector3(0, -1, 0)), [axis])
  useEffect(() => {
    if (!dragging.current) offset.current = storedOffset
    invalidate()
  }, [storedOffset, invalidate])

  const column = useColumnMaterials()
  // Clip the bone, discs and soft tissue while the cut-away is on.
  useEffect(() => {
    const fractured = group.current?.parent?.getObjectByName(`vertebra-${scenario.level}`) as Mesh | undefined
    const materials: Material[] = [column.bone, column.disc, skinMaterial, muscleMaterial]
    if (fractured) materials.push(fractured.material as Material)
    gl.localClippingEnabled = true
    for (const m of materials) {
      m.clippingPlanes = [cutPlane]
      m.needsUpdate = true
      setCaps(m, true)
    }
    invalidate()
    return () => {
      for (const m of materials) {
        m.clippingPlanes = []
        m.needsUpdate = true
        setCaps(m, false)
      }
      invalidate()
    }
  }, [gl, scenario.level, invalidate, column])

  useFrame(() => {
    const g = group.current
    if (!g) return
    const o = Math.max(-range, Math.min(range, offset.current))
    // three keeps the side the normal points to: x ≥ o (the left half stays) or y ≤ o (below the cut).
    _local.set(normal, axis === 'sagittal' ? -o : o)
    g.updateWorldMatrix(true, false) // this frame's layout, not the last render's
    cutPlane.copy(_local).applyMatrix4(g.matrixWorld)
    if (handle.current) {
      if (axis === 'sagittal') handle.current.position.set(o, 0, 0)
      else handle.current.position.set(0, o, 0)
    }
  })

  const onDown = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation()
    ;(event.target as Element).setPointerCapture?.(event.pointerId)
    dragging.current = { lastCommitMs: 0 }
    if (controls) controls.enabled = false
  }
  const onMove = (event: ThreeEvent<PointerEvent>) => {
    const g = group.current
    if (!dragging.current || !g) return
    // The point of the plane's axis nearest the pointer's ray, in the vertebra's frame.
    _inverse.copy(g.matrixWorld).invert()
    _ray.copy(event.ray).applyMatrix4(_inverse)
    _axis.set(axis === 'sagittal' ? 1 : 0, axis === 'sagittal' ? 0 : 1, 0)
    const b = _ray.direction.dot(_axis)
    const d = _ray.origin.dot(_axis)
    const e = _ray.origin.dot(_ray.direction)
    const denominator = 1 - b * b
    if (denominator < 1e-6) return
    const along = (d - b * e) / denominator
    offset.current = Math.max(-range, Math.min(range, along))
    invalidate()
    const now = performance.now()
    if (now - dragging.current.lastCommitMs > 1000 / COMMIT_HZ) {
      dragging.current.lastCommitMs = now
      commit()
    }
  }
  const commit = () => {
    const cut = appStore.getState().view.cut
    appActions.setView({ cut: { ...cut, offsetMm: Math.round(offset.current * 2) / 2 } })
  }
  const onUp = () => {
    if (!dragging.current) return
    dragging.current = null
    if (controls) controls.enabled = true
    commit()
  }
  return (
    <group ref={group} name="cut-away">
      <mesh
        ref={handle}
        rotation={axis === 'sagittal' ? [0, Math.PI / 2, 0] : [Math.PI / 2, 0, 0]}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        renderOrder={22}
      >
        <planeGeometry args={[70, 70]} />
        <meshBasicMaterial color="#9fd0ff" transparent opacity={0.12} depthWrite={false} side={DoubleSide} />
      </mesh>
    </group>
  )
}
