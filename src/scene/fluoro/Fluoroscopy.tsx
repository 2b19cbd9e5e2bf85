/**
 * The fluoroscopy view: the case at the playhead as a C-arm's monitor shows it, lateral or AP —
 * as the whole view (`view=fluoro`) or as a picture-in-picture over the 3D view (`overlay=fluoro`).
 * Mount it inside the case's `PlaybackFrameProvider`; it takes the canvas's drawing over (a frame
 * callback of positive priority): the 3D picture first when it is an inset, then the radiograph.
 *
 * The radiograph (drrPass.ts) is drawn again only when what it shows changed — the playback frame,
 * the projection, the vertebra's place (the patient turning), its size, or the parts loaded — not
 * when only the 3D camera moved; it is developed into greys then (fluoroComposite.ts). As the whole
 * view, the monitor's look is drawn over the canvas each frame. As an inset it is drawn once per
 * new radiograph, then copied into the inset's own 2D canvas, which sits over the 3D view (and its
 * labels) and keeps the picture while the 3D view alone redraws. On a software renderer the
 * radiograph is cast at a reduced resolution.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useMemo, useRef } from 'react'
import { Matrix4, PerspectiveCamera } from 'three'
import { levelDimensions } from '../../anatomy/levels.ts'
import { skinDepthMm } from '../../geometry/backGeometry.ts'
import type { PlaybackFrame } from '../../playback/frameAt.ts'
import { needleGauge } from '../../playback/needleGauge.ts'
import type { ProcedureResult } from '../../sim/run.ts'
import { useAppStore } from '../../state/useAppStore.ts'
import { useCase } from '../CaseContext.tsx'
import { usePlaybackFrame } from '../PlaybackFrame.tsx'
import { useRenderQuality } from '../RenderQualityContext.tsx'
import { placeCArm, SOURCE_TO_ISOCENTRE_MM } from './cArm.ts'
import { type DrrFrame, DrrPass } from './drrPass.ts'
import { FluoroComposite } from './fluoroComposite.ts'
import { type ViewportRect, viewportRect } from './viewportRect.ts'
import { boneDensity, compressedDensity } from './xrayModel.ts'

export interface FluoroscopyProps {
  /** The whole view, or an inset over the 3D view. */
  mode: 'view' | 'inset'
  /** The inset's square canvas, laid out by the page (ui/FluoroFrame.tsx); the picture is copied into it. */
  inset?: RefObject<HTMLCanvasElement | null>
}

/** Most pixels across the radiograph: a software renderer pays per pixel (and the picture is soft anyway). */
const MAX_PX = { software: 560, hardware: 1024 } as const
/** Share of the shown size the radiograph is cast at on a software renderer (the composite filters it up). */
const SOFTWARE_SCALE = 0.75

/** Frame callback priority: after every part has moved (priority 0); positive takes over the render. */
const RENDER_PRIORITY = 1

export default function Fluoroscopy({ mode, inset }: FluoroscopyProps) {
  const { scenario, result } = useCase()
  const projection = useAppStore((s) => s.view.projection)
  const frame = usePlaybackFrame()
  const software = useRenderQuality()?.software ?? true
  const invalidate = useThree((s) => s.invalidate)
  const pass = useMemo(() => new DrrPass(software ? 0 : 4), [software])
  const composite = useMemo(() => new FluoroComposite(pass.target.texture, pass.torso), [pass])
  useEffect(
    () => () => {
      pass.dispose()
      composite.dispose()
    },
    [pass, composite],
  )
  const cArm = useMemo(() => new PerspectiveCamera(), [])
  const settings = useMemo<DrrFrame>(
    () => ({
      isoDistanceMm: SOURCE_TO_ISOCENTRE_MM,
      density: boneDensity(scenario.tScore),
      fracturedDensity: 1,
      cannulaRadiusMm: needleGauge(scenario.level).outerDiameterMm / 2,
      skinDepthMm: skinDepthMm(levelDimensions(scenario.level)),
      procedureS: 0,
      cavityShown: 0,
    }),
    [scenario],
  )
  // Draw at once on a switch, and give the canvas back to the 3D picture when leaving.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new mode or projection needs a new frame
  useEffect(() => {
    invalidate()
    return () => invalidate()
  }, [mode, projection, invalidate])
  useResizeInvalidate(mode === 'inset' ? inset : undefined, invalidate)
  const shown = useRef({
    frame: null as PlaybackFrame | null,
    projection: '',
    sizePx: 0,
    parts: -1,
    matrix: new Matrix4(),
  })
  useFrame(({ gl, scene, camera }) => {
    if (mode === 'inset') gl.render(scene, camera)
    const rect = targetRect(gl.domElement, mode, inset)
    const vertebra = scene.getObjectByName(`fractured-${scenario.level}`)
    const copy = mode === 'inset' ? inset?.current : null
    if (!rect || !vertebra || (mode === 'inset' && !copy)) return
    const ratio = gl.getPixelRatio()
    const side = Math.min(rect.width, rect.height) * ratio
    const sizePx = Math.round(
      Math.max(
        64,
        Math.min(side * (software ? SOFTWARE_SCALE : 1), software ? MAX_PX.software : MAX_PX.hardware),
      ),
    )
    vertebra.updateWorldMatrix(true, false)
    const f = frame.current
    const parts = pass.count(scene)
    const last = shown.current
    const stale =
      f !== last.frame ||
      projection !== last.projection ||
      sizePx !== last.sizePx ||
      parts !== last.parts ||
      !vertebra.matrixWorld.equals(last.matrix) ||
      (copy && copy.width !== Math.round(rect.width * ratio))
    if (stale) {
      last.frame = f
      last.projection = projection
      last.sizePx = sizePx
      last.parts = parts
      last.matrix.copy(vertebra.matrixWorld)
      settings.fracturedDensity = compressedDensity(f.lossPct)
      settings.procedureS = f.procedureS
      settings.cavityShown = cavityShownAt(result, f.procedureS)
      pass.setSize(sizePx)
      placeCArm(cArm, vertebra.matrixWorld, projection)
      pass.render(gl, scene, cArm, vertebra, settings)
      composite.develop(gl, sizePx)
    }
    if (!copy) composite.draw(gl, rect)
    else if (stale) {
      composite.draw(gl, rect)
      copyInto(copy, gl.domElement, rect, ratio)
    }
  }, RENDER_PRIORITY)
  return null
}

/** The canvas's rectangle the picture goes in: all of it, or under the inset's element. */
function targetRect(
  canvas: HTMLCanvasElement,
  mode: FluoroscopyProps['mode'],
  inset: FluoroscopyProps['inset'],
): ViewportRect | null {
  if (mode === 'view') return { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight }
  const element = inset?.current
  return element ? viewportRect(element.getBoundingClientRect(), canvas.getBoundingClientRect()) : null
}

/** Copies `rect` of the WebGL canvas (drawn this frame, so its buffer still holds it) into `to`, pixel for pixel. */
function copyInto(to: HTMLCanvasElement, from: HTMLCanvasElement, rect: ViewportRect, ratio: number): void {
  const width = Math.round(rect.width * ratio)
  const height = Math.round(rect.height * ratio)
  if (to.width !== width || to.height !== height) {
    to.width = width
    to.height = height
  }
  const top = from.height - Math.round((rect.y + rect.height) * ratio)
  to.getContext('2d')?.drawImage(from, Math.round(rect.x * ratio), top, width, height, 0, 0, width, height)
}

/** Asks for a frame when the inset's element changes size or place in the layout. */
function useResizeInvalidate(element: RefObject<HTMLElement | null> | undefined, invalidate: () => void) {
  useEffect(() => {
    const el = element?.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => invalidate())
    observer.observe(el)
    return () => observer.disconnect()
  }, [element, invalidate])
}

/** How far the kyphoplasty cavity shows as a lucency: it opens over the balloon's deflation. */
function cavityShownAt(result: ProcedureResult | null, procedureS: number): number {
  const deflation = result?.phases.find((p) => p.id === 'balloonDeflation')
  if (!deflation) return 0
  const span = deflation.endS - deflation.startS
  return span > 0
    ? Math.min(1, Math.max(0, (procedureS - deflation.startS) / span))
    : procedureS >= deflation.endS
      ? 1
      : 0
}
