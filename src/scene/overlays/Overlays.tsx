/** The overlays drawn in the fractured vertebra's frame, each when the view asks for it. */
import { useAppStore } from '../../state/useAppStore.ts'
import { AnatomyLabels } from './AnatomyLabels.tsx'
import { CutAway } from './CutAway.tsx'
import { HeightOverlay } from './HeightOverlay.tsx'
import { RiskOverlay } from './RiskOverlay.tsx'

export function Overlays() {
  const overlays = useAppStore((s) => s.view.overlays)
  const mode = useAppStore((s) => s.view.mode)
  // The X-ray view draws no 3D picture: labels placed on it would float over the radiograph.
  if (mode === 'fluoro') return null
  return (
    <>
      {mode === 'cutaway' && <CutAway />}
      {overlays.includes('height') && <HeightOverlay />}
      {overlays.includes('risk') && <RiskOverlay />}
      {overlays.includes('anatomy') && <AnatomyLabels />}
    </>
  )
}
