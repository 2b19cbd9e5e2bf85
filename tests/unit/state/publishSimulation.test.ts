import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../../src/sim/scenario.ts'
import { simulate } from '../../../src/sim/simulate.ts'
import { publishSimulation, SIMULATED_EVENT } from '../../../src/state/publishSimulation.ts'
import { createAppStore } from '../../../src/state/store.ts'

function setUp() {
  const store = createAppStore()
  const root = { dataset: {} } as HTMLElement
  const target = new EventTarget()
  const events: { detail: unknown; statusThen: string | undefined }[] = []
  target.addEventListener(SIMULATED_EVENT, (e) =>
    events.push({ detail: (e as CustomEvent).detail, statusThen: root.dataset.simulation }),
  )
  const stop = publishSimulation(store, root, target)
  return { store, root, events, stop }
}

describe('publishing the simulation', () => {
  it('mirrors the status on the root element', () => {
    const { store, root } = setUp()
    expect(root.dataset.simulation).toBe('idle')
    store.getState().actions.simulationStarted()
    expect(root.dataset.simulation).toBe('running')
    store.getState().actions.simulationFailed('simulation: expected a result, got an error')
    expect(root.dataset.simulation).toBe('error')
  })

  it('sends one event per result, with the scenario and outcome as plain JSON, after setting ready', () => {
    const { store, events } = setUp()
    const { scenario } = parseScenario({ level: 'L2', procedure: 'vertebroplasty' })
    const result = simulate(scenario)
    store.getState().actions.simulationStarted()
    store.getState().actions.simulationFinished(result)
    store.getState().actions.setView({ labels: false })
    expect(events).toHaveLength(1)
    expect(events[0]?.statusThen).toBe('ready')
    const detail = events[0]?.detail
    expect(detail).toEqual({ scenario, outcome: result.outcome })
    expect(JSON.parse(JSON.stringify(detail)), 'nothing but JSON').toEqual(detail)
    expect((detail as { outcome: unknown }).outcome, 'a copy, not the store’s object').not.toBe(
      result.outcome,
    )
  })

  it('stops when disposed', () => {
    const { store, root, stop } = setUp()
    stop()
    store.getState().actions.simulationStarted()
    expect(root.dataset.simulation).toBe('idle')
  })
})
