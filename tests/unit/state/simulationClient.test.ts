import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildCementField } from '../../../src/geometry/cementField.ts'
import { cementFieldData } from '../../../src/geometry/cementFieldData.ts'
import { simulate } from '../../../src/sim/simulate.ts'
import {
  SIMULATION_DEBOUNCE_MS,
  type SimulationReply,
  type SimulationRequest,
  type SimulationWorker,
  startSimulation,
} from '../../../src/state/simulationClient.ts'
import { createAppStore } from '../../../src/state/store.ts'

/** A stand-in for the worker: records what it is sent; the test decides when it answers. */
class FakeWorker implements SimulationWorker {
  posted: SimulationRequest[] = []
  replies: SimulationReply[] = []
  terminated = false
  onmessage: SimulationWorker['onmessage'] = null
  onerror: SimulationWorker['onerror'] = null

  postMessage(message: SimulationRequest) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  /** Answers the `index`-th request as the real worker would (by running the simulation). */
  reply(index = this.posted.length - 1) {
    const { id, scenario, companion } = this.posted[index] as SimulationRequest
    const other = scenario.procedure === 'kyphoplasty' ? 'vertebroplasty' : 'kyphoplasty'
    const result = simulate(scenario)
    const other_ = companion ? simulate({ ...scenario, procedure: other }) : null
    const data: SimulationReply = {
      kind: 'simulate',
      id,
      result,
      companion: other_,
      fields: { result: cementFieldData(result), companion: other_ && cementFieldData(other_) },
      problems: [],
    }
    this.replies.push(data)
    this.onmessage?.({ data } as MessageEvent<SimulationReply>)
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent)
  }
}

function setUp() {
  const store = createAppStore()
  const workers: FakeWorker[] = []
  const stop = startSimulation(store, () => {
    workers.push(new FakeWorker())
    return workers.at(-1) as FakeWorker
  })
  return { store, workers, stop, worker: () => workers.at(-1) as FakeWorker }
}

const QUICK_MS = SIMULATION_DEBOUNCE_MS / 3

describe('simulation client', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('hands the scene each result’s cement field as the worker built it (no second build on the main thread)', () => {
    const { store, worker } = setUp()
    worker().reply()
    store.getState().actions.setView({ mode: 'compare' })
    worker().reply()
    const reply = worker().replies.at(-1) as SimulationReply
    const { result, companion } = store.getState().simulation
    expect(companion, 'compare mode asks for the other procedure').not.toBeNull()
    for (const [built, sent] of [
      [result, reply.fields.result],
      [companion, reply.fields.companion],
    ] as const) {
      const field = buildCementField(built as NonNullable<typeof built>)
      expect(field.texture.image.data, 'the texture holds the worker’s bytes').toBe(sent?.texels)
      field.texture.dispose()
    }
  })

  it('runs the starting scenario once, at once, and stores its result', () => {
    const { store, worker, workers } = setUp()
    expect(worker().posted).toEqual([
      { kind: 'simulate', id: 1, scenario: store.getState().scenario, companion: false },
    ])
    expect(store.getState().simulation.status).toBe('running')
    worker().reply()
    const { status, result, error } = store.getState().simulation
    expect(status).toBe('ready')
    expect(error).toBeNull()
    expect(result?.scenario).toEqual(store.getState().scenario)
    expect(result?.outcome.injectedMl).toBeGreaterThan(0)
    vi.advanceTimersByTime(10 * SIMULATION_DEBOUNCE_MS)
    expect(worker().posted, 'nothing more to run').toHaveLength(1)
    expect(workers, 'one worker').toHaveLength(1)
  })

  it('collapses rapid changes into one run of the last scenario, once they rest', () => {
    const { store, worker } = setUp()
    worker().reply()
    for (const grade of [1, 2, 3, 1, 3]) {
      store.getState().actions.applyScenario({ grade }, 'panel')
      vi.advanceTimersByTime(QUICK_MS)
    }
    expect(store.getState().simulation.status, 'running as soon as the scenario changes').toBe('running')
    expect(worker().posted, 'nothing posted while the slider moves').toHaveLength(1)
    vi.advanceTimersByTime(SIMULATION_DEBOUNCE_MS)
    expect(worker().posted).toHaveLength(2)
    expect(worker().posted[1]?.scenario.grade).toBe(3)
    worker().reply()
    expect(store.getState().simulation.status).toBe('ready')
    expect(store.getState().simulation.result?.scenario.grade).toBe(3)
  })

  it('ignores a reply for an older scenario and then runs the newest', () => {
    const { store, worker } = setUp()
    store.getState().actions.applyScenario({ level: 'T8' }, 'panel')
    vi.advanceTimersByTime(SIMULATION_DEBOUNCE_MS)
    expect(worker().posted, 'waits for the run in the worker').toHaveLength(1)
    worker().reply(0)
    expect(store.getState().simulation, 'the stale result is not stored').toMatchObject({
      status: 'running',
      result: null,
    })
    expect(worker().posted.map((m) => m.scenario.level)).toEqual(['L1', 'T8'])
    worker().reply(1)
    expect(store.getState().simulation.status).toBe('ready')
    expect(store.getState().simulation.result?.scenario.level).toBe('T8')
  })

  it('ignores a reply that arrives while a newer change waits for the debounce', () => {
    const { store, worker } = setUp()
    store.getState().actions.applyScenario({ level: 'T8' }, 'panel')
    worker().reply(0)
    expect(store.getState().simulation.result).toBeNull()
    expect(worker().posted, 'the debounce posts, not the reply').toHaveLength(1)
    vi.advanceTimersByTime(SIMULATION_DEBOUNCE_MS)
    expect(worker().posted.at(-1)?.scenario.level).toBe('T8')
  })

  it('turns a worker error into an error status with a message, and recovers on the next change', () => {
    const { store, worker, workers } = setUp()
    const first = worker()
    expect(() => first.fail('Uncaught Error: run: boom')).not.toThrow()
    const { status, error } = store.getState().simulation
    expect(status).toBe('error')
    expect(error).toMatch(/^simulation: expected a result from the worker, got an error \(.*boom\) — /)
    expect(first.terminated, 'a broken worker is let go').toBe(true)
    store.getState().actions.applyScenario({ grade: 3 }, 'panel')
    vi.advanceTimersByTime(SIMULATION_DEBOUNCE_MS)
    expect(workers, 'a fresh worker for the next run').toHaveLength(2)
    worker().reply()
    expect(store.getState().simulation).toMatchObject({ status: 'ready', error: null })
  })

  it('says so when the worker script does not load (a plain error event)', () => {
    const { store, worker } = setUp()
    worker().onerror?.({ preventDefault() {} } as ErrorEvent)
    expect(store.getState().simulation.error).toContain('did not load')
  })

  it('simulates the other procedure too in compare mode, as soon as it is switched on', () => {
    const { store, worker } = setUp()
    worker().reply()
    expect(store.getState().simulation.companion).toBeNull()
    store.getState().actions.setView({ mode: 'compare' })
    expect(worker().posted.at(-1)).toMatchObject({ companion: true })
    worker().reply()
    const { result, companion } = store.getState().simulation
    expect(result?.scenario.procedure).toBe('kyphoplasty')
    expect(companion?.scenario.procedure).toBe('vertebroplasty')
  })

  it('stops on dispose: terminates the worker, posts nothing more, ignores late replies', () => {
    const { store, worker, stop } = setUp()
    stop()
    expect(worker().terminated).toBe(true)
    store.getState().actions.applyScenario({ grade: 3 }, 'panel')
    vi.advanceTimersByTime(10 * SIMULATION_DEBOUNCE_MS)
    expect(worker().posted).toHaveLength(1)
    worker().reply(0)
    expect(store.getState().simulation.result).toBeNull()
  })
})
