/**
 * Paints the leak-risk map onto the fractured vertebra's `riskColor` attribute when the risk overlay
 * is on and this case's estimate has arrived. The map's cells are in the body the simulation used
 * (the fracture as the procedure left it), so the intact vertices are warped to that shape first.
 * Returns whether the map is painted.
 */
import { useEffect, useState } from 'react'
import type { BufferAttribute, BufferGeometry } from 'three'
import { warpPoint } from '../../anatomy/fracture.ts'
import { levelDimensions } from '../../anatomy/levels.ts'
import { lossForHeights } from '../../playback/frameAt.ts'
import { riskColors } from '../../playback/riskColors.ts'
import { useAppStore } from '../../state/useAppStore.ts'
import { useCase } from '../CaseContext.tsx'

export function useRiskPaint(geometry: BufferGeometry, intact: BufferGeometry): boolean {
  const { side, scenario, result } = useCase()
  const on = useAppStore((s) => s.view.overlays.includes('risk'))
  const risk = useAppStore((s) => (side === 'main' ? s.risk.risk : s.risk.companion))
  const estimatedFor = useAppStore((s) => s.risk.scenario)
  const appScenario = useAppStore((s) => s.scenario)
  const current = on && risk !== null && result !== null && estimatedFor === appScenario
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!current || !risk || !result) {
      setPainted(false)
      return
    }
    const dims = levelDimensions(scenario.level)
    const fracture = {
      shape: scenario.shape,
      heightLossPct: lossForHeights(scenario, result, result.outcome.heightsMm.final),
    }
    const source = intact.getAttribute('position').array as Float32Array
    const warped = new Float32Array(source.length)
    const p = [0, 0, 0]
    for (let i = 0; i < source.length; i += 3) {
      p[0] = source[i] as number
      p[1] = source[i + 1] as number
      p[2] = source[i + 2] as number
      warpPoint(dims, fracture, p, p)
      warped.set(p, i)
    }
    const colours = riskColors(warped, result.grid, risk.riskMap.cells, risk.riskMap.pReach)
    const attribute = geometry.getAttribute('riskColor') as BufferAttribute
    ;(attribute.array as Float32Array).set(colours)
    attribute.needsUpdate = true
    setPainted(true)
  }, [current, risk, result, scenario, geometry, intact])
  return painted
}
