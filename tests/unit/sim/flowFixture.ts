/** A simple analytic body for flow tests: a 40 × 20 × 30 mm box (x, y, z), no anatomy needed. */
import { bone } from '../../../src/sim/bone.ts'
import { type CellGrid, cellCentre, cellGrid, nearestInsideCell } from '../../../src/sim/cellGrid.ts'
import type { CementViscosity } from '../../../src/sim/cement.ts'
import { type CementFlow, cementFlow } from '../../../src/sim/cementFlow.ts'
import { type CorticalBreach, exits } from '../../../src/sim/exits.ts'
import { random } from '../../../src/sim/random.ts'
import { veins } from '../../../src/sim/veins.ts'

const HALF = [20, 10, 15] as const

export const boxGrid: CellGrid = cellGrid({
  bounds: { min: [-21, -11, -16], max: [21, 11, 16] },
  distance: (x, y, z) => Math.max(Math.abs(x) - HALF[0], Math.abs(y) - HALF[1], Math.abs(z) - HALF[2]),
})

export interface BoxFlowOptions {
  seed?: number
  volumeMl?: number
  viscosity?: CementViscosity
  breach?: CorticalBreach
  cleft?: boolean
  /** Radius of a spherical cavity around the source, mm (0: none). */
  cavityMm?: number
  tipMm?: readonly [number, number, number]
  /** Every narrow exit's passage, mL, in place of CALIBRATION.exitPassageMl (defects keep 0). */
  passageMl?: number
}

/** Inject into the box from a tip in its anterior third. */
export function boxFlow(o: BoxFlowOptions = {}): CementFlow {
  const rng = random(o.seed ?? 1)
  const tip = o.tipMm ?? [0, 0, 5]
  let cavity: Uint8Array | undefined
  if (o.cavityMm) {
    cavity = new Uint8Array(boxGrid.inside.length)
    for (let i = 0; i < cavity.length; i++) {
      const c = cellCentre(boxGrid, i)
      if (
        boxGrid.inside[i] &&
        !boxGrid.boundary[i] &&
        Math.hypot(c[0] - tip[0], c[1] - tip[1], c[2] - tip[2]) <= o.cavityMm
      )
        cavity[i] = 1
    }
  }
  const breach = o.breach ?? 'none'
  const patient = veins(rng)
  const cleft = o.cleft ?? false
  const b = bone(boxGrid, { tScore: -3, cleft, breach, veins: patient, ...(cavity ? { cavity } : {}) }, rng)
  const ports = exits(boxGrid, breach, cleft, patient)
  const passage = o.passageMl
  if (passage !== undefined)
    ports.ports = ports.ports.map((p) => (p.passageMl > 0 ? { ...p, passageMl: passage } : p))
  return cementFlow({
    grid: boxGrid,
    bone: b,
    exits: ports,
    sourceCells: [nearestInsideCell(boxGrid, tip)],
    volumeMl: o.volumeMl ?? 4,
    rateMlPerMin: 2,
    startS: 100,
    injectionStartMin: 5,
    viscosity: o.viscosity ?? 'medium',
  })
}
