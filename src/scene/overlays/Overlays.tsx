/** The overlays drawn in the fractured vertebra's frame, each when the view asks for it. */
import { useAppStore } from '../../state/useAppStore.ts'
import { HeightOverlay } from './HeightOverlay.tsx'
import { RiskOverlay } from './RiskOverlay.tsx'

export function Overlays() {
  const overlays = useAppStore((s) => s.view.overlays)
  return (
    <>
      {overlays.includes('height') && <HeightOverlay />}
      {overlays.includes('risk') && <RiskOverlay />}
    </>
  )
}
