import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { estimateRisk } from '../../../src/sim/risk.ts'
import { RISK_DEBOUNCE_MS, type RiskWorker, startRiskEstimates } from '../../../src/state/riskClient.ts'
import { createAppStore } from '../../../src/state/store.ts'

type Posted = Parameters<RiskWorker['postMessage']>[0]

/** Answers with a real (small) estimate when the test says so. */
class FakeRiskWorker implements RiskWorker {
  posted: Posted[] = []
  onmessage: RiskWorker['onmessage'] = null
  onerror: RiskWorker['onerror'] = null
  postMessage(message: Posted) {
    this.posted.push(message)
  }
  terminate() {}
  reply(index = this.posted.length - 1) {
    const { id, scenario } = this.posted[index] as Posted
    const risk = estimateRisk(scenario, 2)
    this.onmessage?.({ data: { kind: 'risk', id, risk, exits: [] } } as unknown as MessageEvent)
  }
}

function setUp() {
  const store = createAppStore()
  const worker = new FakeRiskWorker()
  const stop = startRiskEstimates(store, () => worker)
  return { store, worker, stop }
}

describe('risk estimates', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs nothing until a view shows the risk', () => {
    const { store, worker } = setUp()
    store.getState().actions.applyScenario({ grade: 3 }, 'panel')
    vi.advanceTimersByTime(10 * RISK_DEBOUNCE_MS)
    expect(worker.posted).toEqual([])
    expect(store.getState().risk.status).toBe('idle')
  })

  it('estimates at once when the risk overlay opens, and again after each change', () => {
    const { store, worker } = setUp()
    store.getState().actions.setView({ overlays: ['risk'] })
    expect(worker.posted).toHaveLength(1)
    expect(store.getState().risk.status).toBe('running')
    worker.reply()
    expect(store.getState().risk).toMatchObject({ status: 'ready', scenario: store.getState().scenario })
    store.getState().actions.applyScenario({ cementViscosity: 'low' }, 'panel')
    expect(store.getState().risk.status).toBe('running')
    vi.advanceTimersByTime(RISK_DEBOUNCE_MS)
    expect(worker.posted.at(-1)?.scenario.cementViscosity).toBe('low')
    worker.reply()
    expect(store.getState().risk.scenario?.cementViscosity).toBe('low')
  })

  it('estimates both procedures in compare mode', () => {
    const { store, worker } = setUp()
    store.getState().actions.setView({ mode: 'compare' })
    worker.reply()
    expect(worker.posted.map((m) => m.scenario.procedure)).toEqual(['kyphoplasty', 'vertebroplasty'])
    worker.reply()
    const { risk, companion, status } = store.getState().risk
    expect(status).toBe('ready')
    expect(risk?.seeds).toBe(2)
    expect(companion).not.toBeNull()
  })
})
