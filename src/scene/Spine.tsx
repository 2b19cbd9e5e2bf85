/**
 * The column T1–sacrum with its discs. The fractured level's height loss changes during playback
 * (the collapse, the balloon's lift), and with it the column above tilts: each frame the loss has
 * changed, the layout is recomputed (a few dozen trigonometric calls) and written into the parts'
 * transforms and the discs' vertices in place. `children` are drawn in the fractured vertebra's
 * frame (mm; +x the patient's left, +y cranial, +z anterior): the procedure's instruments and cement.
 */
import { useFrame } from '@react-three/fiber'
import { type ReactNode, Suspense, useRef } from 'react'
import type { Group } from 'three'
import { type ColumnPart, layoutColumn, type SagittalPose } from '../anatomy/column.ts'
import { LEVELS } from '../anatomy/levels.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { useCase, useCaseChapter } from './CaseContext.tsx'
import { Discs, type DiscsHandle } from './Discs.tsx'
import { FracturedVertebra } from './FracturedVertebra.tsx'
import { LevelLabel } from './LevelLabel.tsx'
import { FRAME_PRIORITY, usePlaybackFrame } from './PlaybackFrame.tsx'
import { RibStubs } from './RibStubs.tsx'
import { Sacrum } from './Sacrum.tsx'
import { useGhostColumn } from './useGhostColumn.ts'
import { Vertebra } from './Vertebra.tsx'

/** Height loss steps the column's layout follows, %: 0.2 % of a 25 mm body is 0.05 mm. */
const LAYOUT_STEP_PCT = 0.2

function place(group: Group, pose: SagittalPose) {
  group.position.set(0, pose.yMm, pose.zMm)
  group.rotation.set(pose.angleRad, 0, 0)
}

interface SpineProps {
  children?: ReactNode
  /** Draw the stubs of the ribs at T1–T12 (default off: they crowd a close-up). */
  showRibs?: boolean
}

export function Spine({ children, showRibs = false }: SpineProps) {
  const { level: fractureLevel, shape } = useCase().scenario
  // Labels sit on the 3D picture: the fluoroscopy view has none.
  const labels = useAppStore((s) => s.view.labels && s.view.mode !== 'fluoro')
  // Past the fracture chapter the story is close to one bone: only it and its neighbours are named.
  const wide = useCaseChapter() === 'fracture'
  const named = (level: (typeof LEVELS)[number]) =>
    wide || Math.abs(LEVELS.indexOf(level) - LEVELS.indexOf(fractureLevel)) <= 1
  const frame = usePlaybackFrame()
  const parts = useRef(new Map<ColumnPart, Group>())
  const discs = useRef<DiscsHandle>(null)
  const shown = useRef({ lossPct: Number.NaN, key: '' })
  useGhostColumn()
  useFrame(() => {
    // The column follows the loss in steps of LAYOUT_STEP_PCT (the vertebra's own morph is exact):
    // a re-layout moves 17 discs, and during an injection the loss creeps every frame.
    const lossPct = Math.round(frame.current.lossPct / LAYOUT_STEP_PCT) * LAYOUT_STEP_PCT
    const key = `${fractureLevel}:${shape}:${parts.current.size}`
    if (lossPct === shown.current.lossPct && key === shown.current.key) return
    shown.current = { lossPct, key }
    const fracture = { shape, heightLossPct: lossPct }
    const poses = layoutColumn({ level: fractureLevel, fracture })
    for (const [part, group] of parts.current) place(group, poses[part])
    discs.current?.update(poses, fractureLevel, fracture)
  }, FRAME_PRIORITY.layout)
  const register = (part: ColumnPart) => (group: Group | null) => {
    if (group) parts.current.set(part, group)
    else parts.current.delete(part)
  }
  return (
    <group name="spine">
      <group ref={register('S')}>
        <Sacrum />
      </group>
      {LEVELS.map((level) => (
        <group key={level} ref={register(level)} name={`level-${level}`}>
          {level === fractureLevel ? (
            <FracturedVertebra level={level} shape={shape}>
              {children}
            </FracturedVertebra>
          ) : (
            <Vertebra level={level} />
          )}
          {showRibs && level.startsWith('T') && (
            // Loaded on first use, each level on its own, so the column never waits for them.
            <Suspense fallback={null}>
              <RibStubs level={level} />
            </Suspense>
          )}
          {labels && named(level) && <LevelLabel level={level} fractured={level === fractureLevel} />}
        </group>
      ))}
      <Discs ref={discs} />
    </group>
  )
}
