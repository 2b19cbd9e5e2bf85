/**
 * The height-restoration overlay, in the fractured vertebra's frame: the healthy body as a blue
 * ghost, and over the mid-sagittal plane the morphometry — the healthy heights (blue, dashed), the
 * fractured ones (orange, dashed) and the heights now (white), with the angle between the endplates.
 * Drawn over the bone (no depth test), following the simulation at the playhead.
 */
import { Line } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { DoubleSide, type Group } from 'three'
import type { Line2, LineSegments2 } from 'three-stdlib'
import { levelDimensions } from '../../anatomy/levels.ts'
import { t } from '../../i18n/t.ts'
import { heightDiagram } from '../../playback/heightDiagram.ts'
import { useAppStore } from '../../state/useAppStore.ts'
import { useCase } from '../CaseContext.tsx'
import { usePlaybackFrame } from '../PlaybackFrame.tsx'
import { glazeMaterial } from '../procedure/glazeMaterial.ts'
import { SceneHtml } from '../SceneHtml.tsx'
import { useBoneGeometry } from '../useBoneGeometry.ts'
import { FRACTURED_COLOR, HEALTHY_COLOR, NOW_COLOR } from './overlayColors.ts'

const OVERLAY_ORDER = 20
const flat = (points: number[][]) => Float32Array.from(points.flat())

export function HeightOverlay() {
  const { scenario, result } = useCase()
  const frame = usePlaybackFrame()
  const intact = useBoneGeometry(scenario.level)
  const depthMm = levelDimensions(scenario.level).bodyDepthMm
  // The healthy body alone: its arch would only repeat the vertebra's own.
  const ghost = useMemo(
    () => glazeMaterial(HEALTHY_COLOR, 0.06, 0.55, DoubleSide, -depthMm / 2 - 1),
    [depthMm],
  )
  useEffect(() => () => ghost.dispose(), [ghost])
  const references = useMemo(() => {
    if (!result) return null
    const { normal, fractured } = result.outcome.heightsMm
    return { normal: heightDiagram(normal, depthMm), fractured: heightDiagram(fractured, depthMm) }
  }, [result, depthMm])
  const now = useRef<LineSegments2>(null)
  const arms = useRef<Line2>(null)
  const arc = useRef<Line2>(null)
  const label = useRef<HTMLSpanElement>(null)
  const anchor = useRef<Group>(null)
  const shown = useRef<unknown>(null)
  // The angle is written in the page's language (decimal comma in de, es, fr): again when it changes.
  const lang = useAppStore((s) => s.language.shown)
  const degrees = useMemo(
    () => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [lang],
  )
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (degrees) shown.current = null
    invalidate()
  }, [degrees, invalidate])
  useFrame(() => {
    const heights = frame.current.heightsMm
    // (The label's element arrives a frame late: drei's Html mounts it in a root of its own.)
    if (!heights || (heights === shown.current && label.current?.textContent)) return
    shown.current = heights
    const d = heightDiagram(heights, depthMm)
    now.current?.geometry.setPositions(flat(d.segments))
    arms.current?.geometry.setPositions(flat([d.arms[0][1], d.arms[0][0], d.arms[1][1]]))
    arc.current?.geometry.setPositions(flat(d.arc))
    anchor.current?.position.set(...d.labelAt)
    if (label.current) label.current.textContent = t('outcome.degrees', { value: degrees.format(d.angleDeg) })
  })
  if (!references) return null
  const line = { depthTest: false, transparent: true, renderOrder: OVERLAY_ORDER }
  return (
    <group name="height-overlay">
      <mesh geometry={intact} material={ghost} renderOrder={OVERLAY_ORDER - 1} />
      <Line
        points={references.normal.segments}
        segments
        color={HEALTHY_COLOR}
        lineWidth={2}
        dashed
        dashSize={1.5}
        gapSize={1}
        {...line}
      />
      <Line
        points={references.fractured.segments}
        segments
        color={FRACTURED_COLOR}
        lineWidth={2}
        dashed
        dashSize={1.5}
        gapSize={1}
        {...line}
      />
      <Line
        ref={now}
        points={references.fractured.segments}
        segments
        color={NOW_COLOR}
        lineWidth={3}
        {...line}
      />
      <Line
        ref={arms}
        points={[
          references.fractured.arms[0][1],
          references.fractured.arms[0][0],
          references.fractured.arms[1][1],
        ]}
        color={NOW_COLOR}
        lineWidth={1.5}
        {...line}
      />
      <Line ref={arc} points={references.fractured.arc} color={NOW_COLOR} lineWidth={2} {...line} />
      <group ref={anchor}>
        <SceneHtml center className="overlay-label" zIndexRange={[12, 11]}>
          <span ref={label} />
        </SceneHtml>
      </group>
    </group>
  )
}
