/**
 * Cement flow through the trabecular cell grid: a pressure-driven, invasion-percolation-like
 * front. The front always advances into its cheapest neighbour, where "cheap" is the path
 * resistance from the needle (cell size / permeability, summed along the filled path) plus a
 * random entry threshold whose weight grows as the cement thins (fingering). Open exits and the
 * front share the injected flow like parallel conductances, so once cement reaches a vein or a
 * defect, more of each further millilitre leaves the body. What enters a vein first fills its
 * passage through the cortex (`ExitPort.passageMl`): only the rest lies outside the bone, and a
 * leak begins when the passage is full. Volume is conserved exactly: injected = inside (filled
 * cells + the partly filled one + the exits' passages) + leaked.
 */
import type { Bone } from './bone.ts'
import { CALIBRATION as C } from './calibration.ts'
import type { CellGrid } from './cellGrid.ts'
import { type CementViscosity, relativeViscosity } from './cement.ts'
import type { ExitPort, Exits, LeakRoute } from './exits.ts'
import { minHeap } from './minHeap.ts'

export interface CementFlowInput {
  grid: CellGrid
  bone: Bone
  exits: Exits
  /** Cells at the needle tip(s) where cement enters. */
  sourceCells: readonly number[]
  volumeMl: number
  rateMlPerMin: number
  /** Procedure time when injection starts, s. */
  startS: number
  /** Cement age when injection starts, min after mixing. */
  injectionStartMin: number
  viscosity: CementViscosity
}

/** Cement leaving the body through one exit. */
export interface LeakEvent {
  route: LeakRoute
  /** Procedure time when cement first lay outside the bone there (the exit's passage full), s. */
  startS: number
  volumeMl: number
  positionMm: [number, number, number]
}

export interface CementFlow {
  /** Per grid cell: procedure time it filled, s; −1 if it never did. */
  fillTimeS: Float32Array
  injectedMl: number
  insideMl: number
  leakedMl: number
  leaks: LeakEvent[]
  /** Injection pressure at the syringe over time (about one sample a second). */
  pressureTimeS: Float32Array
  pressureMPa: Float32Array
  peakPressureMPa: number
  /** Procedure time when injection stopped, s. */
  endS: number
}

const SAMPLE_S = 1

/** Inject `volumeMl` at `rateMlPerMin` into the grid; deterministic (all randomness is in `bone`/`exits`). */
export function cementFlow(input: CementFlowInput): CementFlow {
  const { grid, bone, exits } = input
  const [nx, ny] = grid.dims
  const h = grid.cellMm
  const cellMm3 = h * h * h
  const strides = [1, -1, nx, -nx, nx * ny, -nx * ny]
  const n = grid.inside.length
  const cost = new Float64Array(n).fill(Number.POSITIVE_INFINITY)
  const fillTimeS = new Float32Array(n).fill(-1)
  const heap = minHeap(4096)
  const viscosityAt = (tS: number) =>
    relativeViscosity(input.viscosity, input.injectionStartMin + (tS - input.startS) / 60)
  const pushNeighbours = (index: number, tS: number) => {
    const fingering = C.fingering * viscosityAt(tS) ** -C.fingeringViscosityExponent
    for (let s = 0; s < 6; s++) {
      const m = index + (strides[s] as number)
      if (m < 0 || m >= n || !grid.inside[m] || fillTimeS[m] !== -1) continue
      // Wrap-around along x cannot reach an inside cell: every row ends in an outside or boundary cell.
      const k = (bone.permeability[m] as number) * (s === 2 || s === 3 ? bone.verticalAnisotropy : 1)
      const c = (cost[index] as number) + h / k
      if (c >= (cost[m] as number)) continue
      cost[m] = c
      heap.push(m, c + fingering * h * (bone.threshold[m] as number))
    }
  }
  for (const s of input.sourceCells) {
    cost[s] = 0
    heap.push(s, 0)
  }
  const q = (input.rateMlPerMin * 1000) / 60 // mm³/s
  const plannedMm3 = input.volumeMl * 1000
  const untilS = input.startS + (C.injectableUntilMin - input.injectionStartMin) * 60
  const ports = exits.ports
  // Per port: the leak it feeds (−1 until cement is outside), the path resistance where the front
  // met it (infinite while closed), the cement that has entered it and what its passage holds.
  const portLeak = new Int32Array(ports.length).fill(-1)
  const portCost = new Float64Array(ports.length).fill(Number.POSITIVE_INFINITY)
  const enteredMm3 = new Float64Array(ports.length)
  const passageMm3 = Float64Array.from(ports, (port) => port.passageMl * 1000)
  const leaks: LeakEvent[] = []
  const times: number[] = []
  const pressures: number[] = []
  let t = input.startS
  let injected = 0
  let filledMm3 = 0
  let pending = 0
  let current = nextCell()
  let nextSample = t
  let peak = 0
  function nextCell(): number {
    for (;;) {
      const c = heap.pop()
      if (c === -1 || fillTimeS[c] === -1) return c
    }
  }
  while (injected < plannedMm3 && t < untilS) {
    const mu = viscosityAt(t)
    const exitFactor = mu ** -C.exitViscosityExponent
    const gFront = current === -1 ? 0 : 1 / (h + (cost[current] as number))
    let g = gFront
    // A closed port has infinite path cost, so it takes nothing.
    for (let p = 0; p < ports.length; p++) g += portConductance(p, exitFactor)
    if (g === 0) break // the body is full and nothing drains: the syringe stalls
    const pressure = C.pressureScaleMPa * mu * input.rateMlPerMin * (C.needleResistance + 1 / g)
    if (pressure > peak) peak = pressure
    if (t >= nextSample) {
      times.push(t)
      pressures.push(pressure)
      nextSample += SAMPLE_S
    }
    const qFront = (q * gFront) / g
    const poreMm3 = current === -1 ? 0 : cellMm3 * (bone.porosity[current] as number)
    const dtFill = qFront > 0 ? (poreMm3 - pending) / qFront : Number.POSITIVE_INFINITY
    const dtEnd = (plannedMm3 - injected) / q
    const dt = Math.max(0, Math.min(dtFill, dtEnd, untilS - t, SAMPLE_S))
    t += dt
    injected += q * dt
    pending += qFront * dt
    for (let p = 0; p < ports.length; p++) {
      const before = enteredMm3[p] as number
      const added = ((q * portConductance(p, exitFactor)) / g) * dt
      enteredMm3[p] = before + added
      const passage = passageMm3[p] as number
      // The passage is full within this step: the leak begins when it filled.
      if (portLeak[p] === -1 && added > 0 && before + added > passage)
        beginLeak(p, t - dt + (dt * Math.max(0, passage - before)) / added)
    }
    if (dt === dtFill && current !== -1) {
      fillTimeS[current] = t
      filledMm3 += poreMm3
      pending -= poreMm3
      const port = exits.portOfCell[current] as number
      if (port !== -1 && portCost[port] === Number.POSITIVE_INFINITY) portCost[port] = cost[current] as number
      pushNeighbours(current, t)
      current = nextCell()
    }
  }
  function portConductance(p: number, exitFactor: number): number {
    return ((ports[p] as ExitPort).conductance * exitFactor) / (h + (portCost[p] as number))
  }
  function beginLeak(port: number, tS: number) {
    portLeak[port] = leaks.length
    const { route, positionMm } = ports[port] as ExitPort
    leaks.push({ route, startS: tS, volumeMl: 0, positionMm: [...positionMm] })
  }
  times.push(t)
  pressures.push(0)
  let leaked = 0
  let held = 0
  for (let p = 0; p < ports.length; p++) {
    const entered = enteredMm3[p] as number
    const outside = Math.max(0, entered - (passageMm3[p] as number))
    const leak = leaks[portLeak[p] as number]
    if (leak) leak.volumeMl = outside / 1000
    leaked += outside
    held += entered - outside
  }
  return {
    fillTimeS,
    injectedMl: injected / 1000,
    insideMl: (filledMm3 + pending + held) / 1000,
    leakedMl: leaked / 1000,
    leaks,
    pressureTimeS: Float32Array.from(times),
    pressureMPa: Float32Array.from(pressures),
    peakPressureMPa: peak,
    endS: t,
  }
}
