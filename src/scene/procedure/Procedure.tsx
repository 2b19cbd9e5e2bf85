/**
 * The procedure, drawn in the fractured vertebra's frame from the simulated result at the
 * playhead: the back and its cuts, each needle's instruments, kyphoplasty's balloons, the cement
 * and any leaks. Nothing is
 * drawn until a result for the body on screen exists (a scenario change is simulated in a worker).
 */
import { useMemo } from 'react'
import { levelDimensions } from '../../anatomy/levels.ts'
import { needleAxis } from '../../geometry/needleFrame.ts'
import { needleGauge } from '../../playback/needleGauge.ts'
import { CALIBRATION } from '../../sim/calibration.ts'
import { useAppStore } from '../../state/useAppStore.ts'
import { useCase } from '../CaseContext.tsx'
import { useProcedureTime } from '../PlaybackFrame.tsx'
import { useRenderQuality } from '../RenderQualityContext.tsx'
import { BackOutline } from './BackOutline.tsx'
import { Balloon } from './Balloon.tsx'
import { CementVolume } from './CementVolume.tsx'
import { Leaks } from './Leaks.tsx'
import { NeedleSet } from './NeedleSet.tsx'
import { skinCrossing, useBackOutline } from './useBackOutline.ts'

export function Procedure() {
  const { scenario, result } = useCase()
  const procedureTimeS = useProcedureTime()
  // Software renderers cast the cement's rays at half resolution, on a budget (CementVolume).
  const software = useRenderQuality()?.software ?? true
  // The fluoroscopy view draws no 3D picture: the cement casts no rays for one.
  const drawn3d = useAppStore((s) => s.view.mode !== 'fluoro')
  const outline = useBackOutline(scenario.level, scenario)
  const needles = useMemo(
    () =>
      (result?.needles ?? []).map((n) => {
        const axis = needleAxis(n.entryMm, n.tipMm)
        const crossing = skinCrossing(outline.skin, axis)
        return { axis, lengthMm: n.lengthMm, crossing }
      }),
    [result, outline],
  )
  if (!result) return null
  const gauge = needleGauge(scenario.level)
  const fallbackSkinMm = levelDimensions(scenario.level).bodyDepthMm * 2
  return (
    <group name="procedure">
      <BackOutline outline={outline} crossings={needles.flatMap((n) => (n.crossing ? [n.crossing] : []))} />
      {needles.map((n, i) => (
        <NeedleSet
          // biome-ignore lint/suspicious/noArrayIndexKey: needles are in a fixed order (left, right)
          key={i}
          result={result}
          axis={n.axis}
          lengthMm={n.lengthMm}
          skinDistanceMm={n.crossing?.distanceMm ?? fallbackSkinMm}
          outerDiameterMm={gauge.outerDiameterMm}
        />
      ))}
      <CementVolume
        result={result}
        procedureTimeS={procedureTimeS}
        castRays={drawn3d}
        {...(software ? {} : { resolution: 1, maxRays: Number.POSITIVE_INFINITY })}
      />
      {/* Leaks as an X-ray would show them: traces too small to see are left out. */}
      <Leaks result={result} procedureTimeS={procedureTimeS} minVolumeMl={CALIBRATION.seenLeakMl} />
      {result.balloonCentresMm.map((centre, i) => {
        const axis = needles[i]?.axis
        // biome-ignore lint/suspicious/noArrayIndexKey: one balloon per needle, in needle order
        return axis ? <Balloon key={i} result={result} axis={axis} centreMm={centre} /> : null
      })}
    </group>
  )
}
