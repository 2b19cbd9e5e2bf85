/**
 * Anatomy labels on the fractured vertebra (educator overlay `anatomy`): the vertebral body, endplate,
 * pedicle, lamina, spinous and transverse processes, spinal canal, disc and basivertebral vein, each
 * a dot on the part with its name, in the vertebra's frame so they follow it (and the patient's turn).
 */

import { useMemo } from 'react'
import { LANDMARKS, landmarks } from '../../anatomy/landmarks.ts'
import { t } from '../../i18n/t.ts'
import { useAppStore } from '../../state/useAppStore.ts'
import { useCase } from '../CaseContext.tsx'
import { SceneHtml } from '../SceneHtml.tsx'

/**
 * Where each name sits beside its dot (px): the posterior parts cluster in a side view, so their
 * names fan out behind the vertebra, the body's in front of it.
 */
const PLACEMENT: Record<(typeof LANDMARKS)[number], string> = {
  body: 'translate(8px, -50%)',
  endplate: 'translate(8px, -110%)',
  disc: 'translate(8px, -160%)',
  basivertebral: 'translate(8px, 40%)',
  canal: 'translate(calc(-100% - 8px), 30%)',
  pedicle: 'translate(calc(-100% - 8px), -130%)',
  transverse: 'translate(calc(-100% - 8px), -240%)',
  lamina: 'translate(calc(-100% - 8px), 140%)',
  spinous: 'translate(calc(-100% - 8px), -50%)',
}

export function AnatomyLabels() {
  const { level } = useCase().scenario
  const points = useMemo(() => landmarks(level), [level])
  // The names are DOM (drei Html) in the page's language: said again when it changes.
  useAppStore((s) => s.language.shown)
  return (
    <group name="anatomy-labels">
      {LANDMARKS.map((name) => (
        <group key={name} position={points[name]}>
          <mesh renderOrder={23}>
            <sphereGeometry args={[1.1, 12, 8]} />
            <meshBasicMaterial color="#ffffff" depthTest={false} transparent />
          </mesh>
          <SceneHtml className="anatomy-label" zIndexRange={[12, 11]} style={{ transform: PLACEMENT[name] }}>
            {t(`anatomy.${name}`)}
          </SceneHtml>
        </group>
      ))}
    </group>
  )
}
