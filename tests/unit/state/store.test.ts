import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import { createAppStore } from '../../../src/state/store.ts'

describe('app store', () => {
  it('starts from the default scenario, labels on, no notices', () => {
    const store = createAppStore()
    expect(store.getState().scenario).toEqual(DEFAULT_SCENARIO)
    expect(store.getState().view.labels).toBe(true)
    expect(store.getState().notices).toEqual([])
  })

  it('applies a valid change from any source without notices', () => {
    const store = createAppStore()
    store.getState().actions.applyScenario({ level: 'T8', grade: 3 }, 'panel')
    expect(store.getState().scenario).toMatchObject({ level: 'T8', grade: 3, heightLossPct: 50 })
    expect(store.getState().notices).toEqual([])
  })

  it('clamps or refuses bad values and says so, keeping what was valid', () => {
    const store = createAppStore()
    store.getState().actions.applyScenario({ level: 'L7', heightLossPct: -5, shape: 'crush' }, 'url')
    const { scenario, notices } = store.getState()
    expect(scenario.level).toBe(DEFAULT_SCENARIO.level)
    expect(scenario.heightLossPct).toBe(0)
    expect(scenario.shape).toBe('crush')
    expect(notices.map((n) => n.source)).toEqual(['url', 'url'])
    expect(notices[0]?.message).toContain('L7')
  })

  it('keeps only the latest few notices, and dismisses one by id', () => {
    const store = createAppStore()
    for (let i = 0; i < 6; i++) store.getState().actions.applyScenario({ level: `X${i}` }, 'api')
    const { notices } = store.getState()
    expect(notices).toHaveLength(4)
    expect(notices.at(-1)?.message).toContain('X5')
    store.getState().actions.dismissNotice(notices[0]?.id as number)
    expect(store.getState().notices).toHaveLength(3)
  })

  it('leaves the scenario object untouched when nothing changes a value', () => {
    const store = createAppStore()
    const before = store.getState().scenario
    store.getState().actions.setView({ labels: false })
    expect(store.getState().scenario).toBe(before)
    expect(store.getState().view.labels).toBe(false)
  })

  it('names a key as its source did, when told (a URL says loss, not heightLossPct)', () => {
    const store = createAppStore()
    store.getState().actions.applyScenario({ heightLossPct: 75 }, 'url', { heightLossPct: 'loss' })
    expect(store.getState().notices[0]?.message).toBe('loss: 75 is outside 0–60 % — clamped to 60')
  })
})
